# Erros da API REST: `{"error": "..."}`.
# Uma mensagem com variáveis tem um atributo `.bare`: o texto sem elas.

param-missing = Parâmetro ausente ou com valor vazio ou inválido: { $param }
    .bare = Parâmetro ausente ou com valor vazio ou inválido
api-authentication-required = Esta API requer um usuário autenticado
not-permitted = Esta ação não é permitida
login-disabled = Sua conta está desativada no momento
login-unconfirmed = Sua conta não tem um endereço de e-mail confirmado
login-pending-approval = Sua conta está aguardando aprovação
record-not-found = Registro não encontrado
validation-failed = Falha na validação: { $errors }
    .bare = Falha na validação
duplicate-record = Registro duplicado
user-required = Este método requer um usuário autenticado
rate-limited = Muitas requisições
remote-fetch-failed = Não foi possível obter os dados remotos
remote-ssl-failed = Não foi possível verificar o certificado SSL remoto
temporary-failure = Ocorreu um problema temporário ao processar sua requisição, tente novamente

invalid-date = A data informada é inválida
record-invalid = Registro inválido
client-credentials-required = Este método requer autenticação com as credenciais do cliente
scope-forbidden = Esta ação está fora dos escopos autorizados
token-invalid = O token de acesso é inválido
token-expired = O token de acesso expirou
token-revoked = O token de acesso foi revogado
not-authorized = Não autorizado
pagination-invalid = Os valores de paginação `offset` e `limit` devem ser positivos
confirmation-wrong-app = Este método só está disponível para o aplicativo com o qual o usuário se cadastrou originalmente
confirmation-not-pending = Este método só está disponível enquanto o e-mail estiver aguardando confirmação
update-conflict = Conflito durante a atualização, tente novamente
media-type-unverified = Não foi possível verificar o tipo de arquivo da mídia enviada
media-thumbnail-failed = Erro ao processar a miniatura da mídia enviada
media-in-use = O anexo de mídia está sendo usado por uma publicação no momento
search-pagination-unauthenticated = A paginação de resultados de busca não é suportada sem autenticação
search-resolve-unauthenticated = Buscas que obtêm recursos remotos não são suportadas sem autenticação
csrf-unverified = Não foi possível verificar a autenticidade do token CSRF.
self-follow = Não é permitido seguir a própria conta
invite-invalid = Este convite não é válido
reply-target-missing = A publicação à qual você está tentando responder parece não existir.
quote-target-missing = A publicação que você está tentando citar parece não existir.
translation-quota-exceeded = A cota de uso do serviço de tradução para todo o servidor foi excedida.
translation-rate-limited = O serviço de tradução recebeu requisições demais recentemente.
domain-block-exists = Você já impôs limites mais rígidos a { $name }.
    .bare = Você já impôs limites mais rígidos a este domínio.
unexpected-mentions = A publicação seria enviada a contas inesperadas
unknown-parameter-value =
    { $kind ->
        [filter] Filtro desconhecido: { $value }
        [origin] Origem desconhecida: { $value }
        [status] Status desconhecido: { $value }
        [order] Ordenação desconhecida: { $value }
       *[other] Valor desconhecido: { $value }
    }
    .bare = Valor de parâmetro desconhecido
validation-error = Erro de validação
