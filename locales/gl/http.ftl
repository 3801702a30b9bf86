# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Solicitude incorrecta
http-401 = Non autorizado
http-403 = Prohibido
http-404 = Non atopado
http-406 = Non aceptable
http-409 = Conflito
http-410 = Xa non está dispoñible
http-413 = Contido demasiado grande
http-422 = Contido non procesable
http-429 = Demasiadas solicitudes
http-500 = Erro interno do servidor
http-502 = Pasarela incorrecta
http-503 = Servizo non dispoñible
http-504 = Esgotouse o tempo de espera da pasarela
http-4xx = Erro do cliente
http-5xx = Erro do servidor
