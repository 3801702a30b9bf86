# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Falta o parámetro ou o seu valor está baleiro ou non é válido: { $param }
    .bare = Falta un parámetro ou o seu valor está baleiro ou non é válido
api-authentication-required = Esta API require unha usuaria autenticada
not-permitted = Non se permite esta acción
login-disabled = O acceso á túa conta está desactivado neste momento
login-unconfirmed = A túa conta aínda non ten un enderezo de correo electrónico confirmado
login-pending-approval = A túa conta aínda está pendente de aprobación
record-not-found = Non se atopou o rexistro
validation-failed = Fallou a validación: { $errors }
    .bare = Fallou a validación
duplicate-record = Rexistro duplicado
user-required = Este método require unha usuaria autenticada
rate-limited = Demasiadas solicitudes
remote-fetch-failed = Non se puideron obter os datos remotos
remote-ssl-failed = Non se puido verificar o certificado SSL remoto
temporary-failure = Houbo un problema temporal ao atender a túa solicitude; téntao de novo

invalid-date = A data indicada non é válida
record-invalid = O rexistro non é válido
client-credentials-required = Este método require autenticación con credenciais de cliente
scope-forbidden = Esta acción está fóra dos ámbitos autorizados
token-invalid = O testemuño de acceso non é válido
token-expired = O testemuño de acceso caducou
token-revoked = O testemuño de acceso foi revogado
not-authorized = Non autorizado
pagination-invalid = Os valores de paxinación `offset` e `limit` deben ser positivos
confirmation-wrong-app = Este método só está dispoñible para a aplicación coa que a usuaria se rexistrou orixinalmente
confirmation-not-pending = Este método só está dispoñible mentres o correo electrónico estea pendente de confirmación
update-conflict = Produciuse un conflito durante a actualización; téntao de novo
media-type-unverified = Non se puido verificar o tipo do ficheiro multimedia subido
media-thumbnail-failed = Erro ao procesar a miniatura do ficheiro multimedia subido
media-in-use = O anexo multimedia xa se está a usar nunha publicación
search-pagination-unauthenticated = A paxinación das buscas non está dispoñible sen autenticación
search-resolve-unauthenticated = As buscas que resolven recursos remotos non están dispoñibles sen autenticación
csrf-unverified = Non se pode verificar a autenticidade do testemuño CSRF.
self-follow = Non se permite seguir a túa propia conta
invite-invalid = Este convite non é válido
reply-target-missing = Semella que a publicación á que tentas responder non existe.
quote-target-missing = Semella que a publicación que tentas citar non existe.
translation-quota-exceeded = Superouse a cota de uso do servizo de tradución para todo o servidor.
translation-rate-limited = Recentemente houbo demasiadas solicitudes ao servizo de tradución.
domain-block-exists = Xa impuxeches límites máis estritos a { $name }.
    .bare = Xa impuxeches límites máis estritos a este dominio.
unexpected-mentions = A publicación enviaríase a contas non agardadas
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Filtro descoñecido: { $value }
        [origin] Orixe descoñecida: { $value }
        [status] Estado descoñecido: { $value }
        [order] Orde descoñecida: { $value }
       *[other] Valor descoñecido: { $value }
    }
    .bare = Valor de parámetro descoñecido
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Erro de validación
