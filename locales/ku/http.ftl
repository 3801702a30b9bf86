# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Daxwaza nederbasdar
http-401 = Bêdestûr
http-403 = Qedexe
http-404 = Nehate dîtin
http-406 = Nayê pejirandin
http-409 = Nakokî
http-410 = Êdî ne berdest e
http-413 = Naverok pir mezin e
http-422 = Naverok nayê pêvajokirin
http-429 = Pir zêde daxwaz
http-500 = Çewtiya navxweyî ya rajekarê
http-502 = Çewtiya dergehê
http-503 = Karûbar ne berdest e
http-504 = Dema bersiva dergehê qediya
http-4xx = Çewtiya rajegir
http-5xx = Çewtiya rajekarê
