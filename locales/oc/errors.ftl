# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Lo paramètre es mancant o sa valor es voida o invalida : { $param }
    .bare = Lo paramètre es mancant o sa valor es voida o invalida
api-authentication-required = Aquesta API demanda un utilizaire autentificat
not-permitted = Aquesta accion es pas permesa
login-disabled = Vòstra connexion es desactivada pel moment
login-unconfirmed = A vòstra connexion li manca una adreça electronica confirmada
login-pending-approval = Vòstra connexion es en espèra d’aprovacion
record-not-found = Element introbable
validation-failed = La validacion a fracassat : { $errors }
    .bare = La validacion a fracassat
duplicate-record = Element en doble
user-required = Aqueste metòde demanda un utilizaire autentificat
rate-limited = Tròp de requèstas
remote-fetch-failed = Las donadas distantas an pas pogut èsser recuperadas
remote-ssl-failed = Lo certificat SSL distant a pas pogut èsser verificat
temporary-failure = I a agut un problèma temporari en tractant vòstra requèsta, tornatz ensajar

invalid-date = La data fornida es invalida
record-invalid = Element invalid
client-credentials-required = Aqueste metòde demanda una autentificacion amb los identificants del client
scope-forbidden = Aquesta accion es fòra de las portadas autorizadas
token-invalid = Lo geton d’accès es invalid
token-expired = Lo geton d’accès a expirat
token-revoked = Lo geton d’accès es estat revocat
not-authorized = Pas autorizat
pagination-invalid = Las valors de paginacion `offset` e `limit` devon èsser positivas
confirmation-wrong-app = Aqueste metòde es disponible sonque per l’aplicacion amb la quala l’utilizaire s’es inscrich al començament
confirmation-not-pending = Aqueste metòde es disponible sonque mentre que l’adreça electronica es en espèra de confirmacion
update-conflict = Conflicte pendent la mesa a jorn, tornatz ensajar
media-type-unverified = Lo tipe de fichièr del mèdia mandat a pas pogut èsser verificat
media-thumbnail-failed = Error pendent lo tractament de la miniatura del mèdia mandat
media-in-use = Lo mèdia jonch es ja utilizat per una publicacion
search-pagination-unauthenticated = La paginacion de las recèrcas es pas presa en carga sens autentificacion
search-resolve-unauthenticated = Las recèrcas que resolvon de ressorsas distantas son pas presas en carga sens autentificacion
csrf-unverified = Impossible de verificar l’autenticitat del geton CSRF.
self-follow = Es pas permés de seguir vòstre pròpri compte
invite-invalid = Aqueste convit es pas valid
reply-target-missing = La publicacion a la quala ensajatz de respondre sembla pas existir.
quote-target-missing = La publicacion qu’ensajatz de citar sembla pas existir.
translation-quota-exceeded = La quòta d’utilizacion del servici de traduccion per tot lo servidor es estada depassada.
translation-rate-limited = I a agut tròp de requèstas al servici de traduccion dempuèi pauc.
domain-block-exists = Avètz ja impausat de limits mai estrictes a { $name }.
    .bare = Avètz ja impausat de limits mai estrictes a aqueste domeni.
unexpected-mentions = La publicacion seriá mandada a de comptes imprevists
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Filtre desconegut : { $value }
        [origin] Origina desconeguda : { $value }
        [status] Estatut desconegut : { $value }
        [order] Òrdre desconegut : { $value }
       *[other] Valor desconeguda : { $value }
    }
    .bare = Valor de paramètre desconeguda
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Error de validacion
