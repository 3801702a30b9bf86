# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Pedido inválido
http-410 = Já não está disponível
http-413 = Conteúdo demasiado grande
http-429 = Demasiados pedidos
