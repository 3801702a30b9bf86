# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Kërkesë e gabuar
http-401 = Pa autorizim
http-403 = Hyrje e ndaluar
http-404 = S’u gjet
http-406 = E papranueshme
http-409 = Konflikt
http-410 = Nuk ekziston më
http-413 = Përmbajtje tepër e madhe
http-422 = Përmbajtje e papërpunueshme
http-429 = Tepër kërkesa
http-500 = Gabim i brendshëm shërbyesi
http-502 = Gabim në portën e kalimit
http-503 = Shërbimi s’është i disponueshëm
http-504 = Mbaroi koha e pritjes në portën e kalimit
http-4xx = Gabim klienti
http-5xx = Gabim shërbyesi
