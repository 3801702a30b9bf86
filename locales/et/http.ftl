# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Vigane päring
http-401 = Autentimata
http-403 = Keelatud
http-404 = Ei leitud
http-406 = Vastuvõetamatu
http-409 = Konflikt
http-410 = Pole enam saadaval
http-413 = Sisu on liiga suur
http-422 = Sisu ei saa töödelda
http-429 = Liiga palju päringuid
http-500 = Serveri sisemine viga
http-502 = Vigane lüüs
http-503 = Teenus pole saadaval
http-504 = Lüüsi ajalõpp
http-4xx = Kliendi viga
http-5xx = Serveri viga
