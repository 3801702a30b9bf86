# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Eskaera okerra
http-401 = Baimenik gabe
http-403 = Debekatuta
http-404 = Ez da aurkitu
http-406 = Ez da onargarria
http-409 = Gatazka
http-410 = Jada ez dago erabilgarri
http-413 = Edukia handiegia da
http-422 = Ezin da edukia prozesatu
http-429 = Eskaera gehiegi
http-500 = Zerbitzariaren barne-errorea
http-502 = Atebide okerra
http-503 = Zerbitzua ez dago erabilgarri
http-504 = Atebidearen denbora-muga gainditu da
http-4xx = Bezeroaren errorea
http-5xx = Zerbitzariaren errorea
