# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Solicitú incorreuta
http-401 = Ensin autorización
http-403 = Prohibíu
http-404 = Nun s'atopó
http-406 = Nun ye aceptable
http-409 = Conflictu
http-410 = Yá nun ta disponible
http-413 = Conteníu demasiáu grande
http-422 = Conteníu que nun se pue procesar
http-429 = Demasiaes solicitúes
http-500 = Error internu del sirvidor
http-502 = Pasarela incorreuta
http-503 = Serviciu nun disponible
http-504 = Tiempu d'espera de la pasarela escosáu
http-4xx = Error del veceru
http-5xx = Error del sirvidor
