# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Falta'l parámetru o'l valor ta baleru o nun ye válidu: { $param }
    .bare = Falta'l parámetru o'l valor ta baleru o nun ye válidu
api-authentication-required = Esta API rique un usuariu autenticáu
not-permitted = Esta aición nun ta permitida
login-disabled = L'aniciu de sesión ta desactiváu nesti momentu
login-unconfirmed = L'aniciu de sesión nun tien una direición de corréu electrónicu confirmada
login-pending-approval = L'aniciu de sesión ta pendiente d'aprobación
record-not-found = Nun s'atopó'l rexistru
validation-failed = Falló la validación: { $errors }
    .bare = Falló la validación
duplicate-record = Rexistru duplicáu
user-required = Esti métodu rique un usuariu autenticáu
rate-limited = Demasiaes solicitúes
remote-fetch-failed = Nun se pudieron obtener los datos remotos
remote-ssl-failed = Nun se pudo verificar el certificáu SSL remotu
temporary-failure = Hebo un problema temporal al procesar la to solicitú, téntalo de nueves

invalid-date = La data apurrida nun ye válida
record-invalid = El rexistru nun ye válidu
client-credentials-required = Esti métodu rique l'autenticación con credenciales del veceru
scope-forbidden = Esta aición ta fuera de los ámbitos autorizaos
token-invalid = El token d'accesu nun ye válidu
token-expired = El token d'accesu caducó
token-revoked = El token d'accesu revocóse
not-authorized = Ensin autorización
pagination-invalid = Los valores de paxinación `offset` y `limit` han ser positivos
confirmation-wrong-app = Esti métodu namás ta disponible pa l'aplicación cola que l'usuariu se rexistró orixinalmente
confirmation-not-pending = Esti métodu namás ta disponible mentanto la direición de corréu electrónicu tea pendiente de confirmación
update-conflict = Hebo un conflictu durante l'anovamientu, téntalo de nueves
media-type-unverified = Nun se pudo verificar la triba de ficheru del conteníu multimedia xubíu
media-thumbnail-failed = Hebo un error al procesar la miniatura del conteníu multimedia xubíu
media-in-use = Una publicación ta usando l'axuntu multimedia nesti momentu
search-pagination-unauthenticated = La paxinación de les consultes de busca nun s'admite ensin autenticación
search-resolve-unauthenticated = Les consultes de busca que resuelven recursos remotos nun s'admiten ensin autenticación
csrf-unverified = Nun se pue verificar l'autenticidá del token CSRF.
self-follow = Nun se permite siguir la to propia cuenta
invite-invalid = Esta invitación nun ye válida
reply-target-missing = Paez que nun esiste la publicación a la que tentes de responder.
quote-target-missing = Paez que nun esiste la publicación que tentes de citar.
translation-quota-exceeded = Superóse la cuota d'usu de tol sirvidor pal serviciu de traducción.
translation-rate-limited = Apocayá fixéronse demasiaes solicitúes al serviciu de traducción.
domain-block-exists = Yá-y aplicasti llendes más estrictes a { $name }.
    .bare = Yá-y aplicasti llendes más estrictes a esti dominiu.
unexpected-mentions = La publicación unviaríase a cuentes inesperaes
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Peñera desconocida: { $value }
        [origin] Orixe desconocíu: { $value }
        [status] Estáu desconocíu: { $value }
        [order] Orde desconocíu: { $value }
       *[other] Valor desconocíu: { $value }
    }
    .bare = Valor de parámetru desconocíu
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Error de validación
