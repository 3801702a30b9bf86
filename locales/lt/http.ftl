# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Netinkama užklausa
http-401 = Neautorizuota
http-403 = Uždrausta
http-404 = Nerasta
http-406 = Nepriimtina
http-409 = Konfliktas
http-410 = Nebepasiekiama
http-413 = Per didelis turinys
http-422 = Neapdorojamas turinys
http-429 = Per daug užklausų
http-500 = Vidinė serverio klaida
http-502 = Netinkamas tinklų sietuvas
http-503 = Paslauga nepasiekiama
http-504 = Baigėsi tinklų sietuvo laukimo laikas
http-4xx = Kliento klaida
http-5xx = Serverio klaida
