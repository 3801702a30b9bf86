# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Ínvalid petition
http-401 = Ne autorisat
http-403 = Interdictet
http-404 = Ne trovat
http-406 = Ne acceptabil
http-409 = Conflicte
http-410 = Ne plu disponibil
http-413 = Contenete tro grand
http-422 = Contenete ne tractabil
http-429 = Tro mult petitiones
http-500 = Erra intern del servitor
http-502 = Li servitor intermediari ha recivet un ínvalid response
http-503 = Servicie índisponibil
http-504 = Li servitor intermediari ne ha recivet un response a témpor
http-4xx = Erra del client
http-5xx = Erra del servitor
