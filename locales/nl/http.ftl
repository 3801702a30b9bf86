# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Ongeldig verzoek
http-401 = Niet geautoriseerd
http-403 = Verboden
http-404 = Niet gevonden
http-406 = Niet acceptabel
http-409 = Conflict
http-410 = Niet langer beschikbaar
http-413 = Inhoud te groot
http-422 = Onverwerkbare inhoud
http-429 = Te veel verzoeken
http-500 = Interne serverfout
http-502 = Ongeldige gateway
http-503 = Dienst niet beschikbaar
http-504 = Gateway-time-out
http-4xx = Clientfout
http-5xx = Serverfout
