# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Hibás kérés
http-401 = Nem engedélyezett
http-403 = Hozzáférés megtagadva
http-404 = Nem található
http-406 = Nem elfogadható
http-409 = Ütközés
http-410 = Már nem érhető el
http-413 = Túl nagy tartalom
http-422 = Feldolgozhatatlan tartalom
http-429 = Túl sok kérés
http-500 = Belső kiszolgálóhiba
http-502 = Hibás átjáró
http-503 = A szolgáltatás nem érhető el
http-504 = Átjáró időtúllépése
http-4xx = Kliensoldali hiba
http-5xx = Kiszolgálóoldali hiba
