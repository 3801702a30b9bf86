# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Chybná požiadavka
http-401 = Neautorizovaný prístup
http-403 = Prístup zakázaný
http-404 = Nenájdené
http-406 = Neprijateľné
http-409 = Konflikt
http-410 = Už nie je dostupné
http-413 = Obsah je príliš veľký
http-422 = Nespracovateľný obsah
http-429 = Príliš veľa požiadaviek
http-500 = Interná chyba servera
http-502 = Chybná brána
http-503 = Služba je nedostupná
http-504 = Časový limit brány vypršal
http-4xx = Chyba klienta
http-5xx = Chyba servera
