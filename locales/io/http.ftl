# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Mala demando
http-401 = Ne autorizita
http-403 = Interdiktita
http-404 = Ne trovita
http-406 = Ne aceptebla
http-409 = Konflikto
http-410 = Ne plus disponebla
http-413 = Kontenajo tro granda
http-422 = Netraktebla kontenajo
http-429 = Tro multa demandi
http-500 = Interna servil-eroro
http-502 = Mala pordego
http-503 = Servo nedisponebla
http-504 = Tempolimito di pordego
http-4xx = Kliento-eroro
http-5xx = Servil-eroro
