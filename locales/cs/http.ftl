# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Chybný požadavek
http-401 = Neautorizovaný přístup
http-403 = Přístup zakázán
http-404 = Nenalezeno
http-406 = Nepřijatelné
http-409 = Konflikt
http-410 = Již není k dispozici
http-413 = Příliš velký obsah
http-422 = Nezpracovatelný obsah
http-429 = Příliš mnoho požadavků
http-500 = Interní chyba serveru
http-502 = Chybná brána
http-503 = Služba není dostupná
http-504 = Vypršel časový limit brány
http-4xx = Chyba klienta
http-5xx = Chyba serveru
