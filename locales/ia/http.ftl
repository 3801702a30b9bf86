# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Requesta erronee
http-401 = Non autorisate
http-403 = Prohibite
http-404 = Non trovate
http-406 = Non acceptabile
http-409 = Conflicto
http-410 = Non plus disponibile
http-413 = Contento troppo grande
http-422 = Contento non processabile
http-429 = Troppo de requestas
http-500 = Error interne del servitor
http-502 = Porta de accesso erronee
http-503 = Servicio non disponibile
http-504 = Tempore de responsa del porta de accesso expirate
http-4xx = Error del cliente
http-5xx = Error del servitor
