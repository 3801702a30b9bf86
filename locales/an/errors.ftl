# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Falta lo parametro u la suya valor ye vueda u no valida: { $param }
    .bare = Falta lo parametro u la suya valor ye vueda u no valida
api-authentication-required = Esta API requiere un usuario autenticau
not-permitted = Esta acción no ye permitida
login-disabled = La tuya cuenta ye deshabilitada actualment
login-unconfirmed = La tuya cuenta no tiene garra adreza de correu electronico confirmada
login-pending-approval = La tuya cuenta ye pendient d'aprebación
record-not-found = Rechistro no trobau
validation-failed = Ha fallau la validación: { $errors }
    .bare = Ha fallau la validación
duplicate-record = Rechistro duplicau
user-required = Este metodo requiere un usuario autenticau
rate-limited = Masiadas solicitutz
remote-fetch-failed = No s'han puesto obtener los datos remotos
remote-ssl-failed = No s'ha puesto verificar lo certificau SSL remoto
temporary-failure = I habió un problema temporal en atender la tuya solicitut, intenta-lo de nuevo

invalid-date = S'ha proporcionau una calendata no valida
record-invalid = Rechistro no valido
client-credentials-required = Este metodo requiere autenticación con credencials de client
scope-forbidden = Esta acción queda difuera d'os ambitos autorizaus
token-invalid = Lo token d'acceso no ye valido
token-expired = Lo token d'acceso ha caducau
token-revoked = Lo token d'acceso ha estau revocau
not-authorized = No autorizau
pagination-invalid = Las valors de paginación `offset` y `limit` han d'estar positivas
confirmation-wrong-app = Este metodo nomás ye disponible pa l'aplicación con a quala l'usuario se rechistró orichinalment
confirmation-not-pending = Este metodo nomás ye disponible mientres lo correu electronico ye pendient de confirmación
update-conflict = Conflicto en l'actualización, intenta-lo de nuevo
media-type-unverified = No s'ha puesto verificar lo tipo de fichero d'o conteniu multimedia puyau
media-thumbnail-failed = Error en procesar la miniatura d'o conteniu multimedia puyau
media-in-use = L'adchunto multimedia ye actualment en uso en una publicación
search-pagination-unauthenticated = No s'admite la paginación d'as busquedas sin autenticación
search-resolve-unauthenticated = Sin autenticación no s'admiten las busquedas que resuelven recursos remotos
csrf-unverified = No se puede verificar l'autenticidat d'o token CSRF.
self-follow = No ye permitiu seguir la tuya propia cuenta
invite-invalid = Esta invitación no ye valida
reply-target-missing = La publicación a la quala intentas responder no pareixe existir.
quote-target-missing = La publicación que intentas citar no pareixe existir.
translation-quota-exceeded = S'ha superau la quota d'uso d'o servicio de traducción pa tot lo servidor.
translation-rate-limited = I ha habiu masiadas solicitutz a lo servicio de traducción recientment.
domain-block-exists = Ya has aplicau limites mas estrictos a { $name }.
    .bare = Ya has aplicau limites mas estrictos a este dominio.
unexpected-mentions = La publicación se ninviaría a cuentas no previstas
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Filtro desconoixiu: { $value }
        [origin] Orichen desconoixiu: { $value }
        [status] Estau desconoixiu: { $value }
        [order] Criterio d'ordenación desconoixiu: { $value }
       *[other] Valor desconoixida: { $value }
    }
    .bare = Valor de parametro desconoixida
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Error de validación
