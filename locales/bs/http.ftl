# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Neispravan zahtjev
http-401 = Neovlašten pristup
http-403 = Zabranjeno
http-404 = Nije pronađeno
http-406 = Neprihvatljivo
http-409 = Sukob
http-410 = Više nije dostupno
http-413 = Sadržaj je prevelik
http-422 = Sadržaj nije moguće obraditi
http-429 = Previše zahtjeva
http-500 = Interna greška servera
http-502 = Neispravan mrežni prolaz
http-503 = Usluga nije dostupna
http-504 = Isteklo je vrijeme čekanja mrežnog prolaza
http-4xx = Greška klijenta
http-5xx = Greška servera
