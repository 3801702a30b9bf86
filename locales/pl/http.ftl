# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Nieprawidłowe żądanie
http-401 = Brak autoryzacji
http-403 = Dostęp zabroniony
http-404 = Nie znaleziono
http-406 = Nieakceptowalne
http-409 = Konflikt
http-410 = Zasób usunięty
http-413 = Zbyt duża zawartość
http-422 = Nieprzetwarzalna zawartość
http-429 = Zbyt wiele żądań
http-500 = Wewnętrzny błąd serwera
http-502 = Błąd bramy
http-503 = Usługa niedostępna
http-504 = Przekroczono czas oczekiwania bramy
http-4xx = Błąd klienta
http-5xx = Błąd serwera
