# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Malĝusta peto
http-401 = Ne aŭtentigita
http-403 = Malpermesita
http-404 = Ne trovita
http-406 = Ne akceptebla
http-409 = Konflikto
http-410 = Ne plu disponebla
http-413 = Enhavo tro granda
http-422 = Netraktebla enhavo
http-429 = Tro da petoj
http-500 = Interna servila eraro
http-502 = Malĝusta kluzo
http-503 = Servo ne disponebla
http-504 = Tempolimo de kluzo
http-4xx = Klienta eraro
http-5xx = Servila eraro
