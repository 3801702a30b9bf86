# Respostas sem mensagem: a frase usual de cada código de status HTTP.

http-400 = Requisição inválida
http-401 = Não autorizado
http-403 = Proibido
http-404 = Não encontrado
http-406 = Não aceitável
http-409 = Conflito
http-410 = Não está mais disponível
http-413 = Conteúdo muito grande
http-422 = Conteúdo não processável
http-429 = Muitas requisições
http-500 = Erro interno do servidor
http-502 = Gateway inválido
http-503 = Serviço indisponível
http-504 = Tempo limite do gateway esgotado
http-4xx = Erro do cliente
http-5xx = Erro do servidor
