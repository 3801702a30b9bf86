# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Solicitut incorrecta
http-401 = No autorizau
http-403 = Prohibiu
http-404 = No trobau
http-406 = No acceptable
http-409 = Conflicto
http-410 = Ya no ye disponible
http-413 = Conteniu masiau gran
http-422 = Conteniu no procesable
http-429 = Masiadas solicitutz
http-500 = Error interna d'o servidor
http-502 = Pasarela incorrecta
http-503 = Servicio no disponible
http-504 = Tiempo d'aspera d'a pasarela esgotau
http-4xx = Error d'o client
http-5xx = Error d'o servidor
