# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Virheellinen pyyntö
http-401 = Ei valtuutettu
http-403 = Pääsy kielletty
http-404 = Ei löytynyt
http-406 = Ei hyväksyttävissä
http-409 = Ristiriita
http-410 = Ei enää saatavilla
http-413 = Sisältö on liian suuri
http-422 = Sisältöä ei voida käsitellä
http-429 = Liian monta pyyntöä
http-500 = Palvelimen sisäinen virhe
http-502 = Virheellinen yhdyskäytävä
http-503 = Palvelu ei ole käytettävissä
http-504 = Yhdyskäytävän aikakatkaisu
http-4xx = Asiakasvirhe
http-5xx = Palvelinvirhe
