# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Cerere incorectă
http-401 = Neautorizat
http-403 = Acces interzis
http-404 = Resursa nu a fost găsită
http-406 = Neacceptabil
http-409 = Conflict
http-410 = Resursa nu mai este disponibilă
http-413 = Conținut prea mare
http-422 = Conținut neprocesabil
http-429 = Prea multe cereri
http-500 = Eroare internă a serverului
http-502 = Gateway invalid
http-503 = Serviciu indisponibil
http-504 = Gateway-ul nu a răspuns la timp
http-4xx = Eroare de client
http-5xx = Eroare de server
