# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Requèsta incorrècta
http-401 = Pas autorizat
http-403 = Interdich
http-404 = Introbable
http-406 = Pas acceptable
http-409 = Conflicte
http-410 = Pas mai disponible
http-413 = Contengut tròp grand
http-422 = Contengut impossible de tractar
http-429 = Tròp de requèstas
http-500 = Error intèrna del servidor
http-502 = Passarèla incorrècta
http-503 = Servici indisponible
http-504 = Relambi d’espèra de la passarèla depassat
http-4xx = Error del client
http-5xx = Error del servidor
