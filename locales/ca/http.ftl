# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Sol·licitud incorrecta
http-401 = No autoritzat
http-403 = Prohibit
http-404 = No s'ha trobat
http-406 = No acceptable
http-409 = Conflicte
http-410 = Ja no està disponible
http-413 = Contingut massa gran
http-422 = Contingut no processable
http-429 = Massa sol·licituds
http-500 = Error intern del servidor
http-502 = Passarel·la incorrecta
http-503 = Servei no disponible
http-504 = Temps d'espera de la passarel·la esgotat
http-4xx = Error del client
http-5xx = Error del servidor
