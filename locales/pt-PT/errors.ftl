# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parâmetro em falta ou com valor vazio ou inválido: { $param }
    .bare = Parâmetro em falta ou com valor vazio ou inválido
api-authentication-required = Esta API requer um utilizador autenticado
login-disabled = A tua conta está desativada de momento
login-unconfirmed = A tua conta não tem um endereço de e-mail confirmado
login-pending-approval = A tua conta está a aguardar aprovação
record-not-found = Registo não encontrado
duplicate-record = Registo duplicado
user-required = Este método requer um utilizador autenticado
rate-limited = Demasiados pedidos
temporary-failure = Ocorreu um problema temporário ao processar o teu pedido, tenta novamente

invalid-date = A data indicada é inválida
record-invalid = Registo inválido
scope-forbidden = Esta ação está fora dos âmbitos autorizados
confirmation-wrong-app = Este método só está disponível para a aplicação com a qual o utilizador se registou originalmente
confirmation-not-pending = Este método só está disponível enquanto o e-mail estiver a aguardar confirmação
update-conflict = Conflito durante a atualização, tenta novamente
media-type-unverified = Não foi possível verificar o tipo de ficheiro do conteúdo multimédia enviado
media-thumbnail-failed = Erro ao processar a miniatura do conteúdo multimédia enviado
media-in-use = O anexo multimédia está a ser utilizado por uma publicação neste momento
search-pagination-unauthenticated = A paginação dos resultados de pesquisa não é suportada sem autenticação
search-resolve-unauthenticated = As pesquisas que obtêm recursos remotos não são suportadas sem autenticação
reply-target-missing = A publicação a que estás a tentar responder parece não existir.
quote-target-missing = A publicação que estás a tentar citar parece não existir.
translation-quota-exceeded = A quota de utilização do serviço de tradução para todo o servidor foi excedida.
translation-rate-limited = O serviço de tradução recebeu demasiados pedidos recentemente.
domain-block-exists = Já impuseste limites mais rígidos a { $name }.
    .bare = Já impuseste limites mais rígidos a este domínio.
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Filtro desconhecido: { $value }
        [origin] Origem desconhecida: { $value }
        [status] Estado desconhecido: { $value }
        [order] Ordenação desconhecida: { $value }
       *[other] Valor desconhecido: { $value }
    }
    .bare = Valor de parâmetro desconhecido
