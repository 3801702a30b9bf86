# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Nederīgs pieprasījums
http-401 = Nav autorizēts
http-403 = Piekļuve liegta
http-404 = Nav atrasts
http-406 = Nav pieņemams
http-409 = Konflikts
http-410 = Vairs nav pieejams
http-413 = Saturs ir pārāk liels
http-422 = Saturu nevar apstrādāt
http-429 = Pārāk daudz pieprasījumu
http-500 = Iekšēja servera kļūda
http-502 = Vārtejas kļūda
http-503 = Pakalpojums nav pieejams
http-504 = Vārtejas noildze
http-4xx = Klienta kļūda
http-5xx = Servera kļūda
