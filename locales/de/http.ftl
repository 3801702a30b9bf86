# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Ungültige Anfrage
http-401 = Nicht autorisiert
http-403 = Zugriff verweigert
http-404 = Nicht gefunden
http-406 = Nicht akzeptabel
http-409 = Konflikt
http-410 = Nicht mehr verfügbar
http-413 = Inhalt zu groß
http-422 = Nicht verarbeitbarer Inhalt
http-429 = Zu viele Anfragen
http-500 = Interner Serverfehler
http-502 = Fehlerhaftes Gateway
http-503 = Dienst nicht verfügbar
http-504 = Gateway-Zeitüberschreitung
http-4xx = Client-Fehler
http-5xx = Serverfehler
