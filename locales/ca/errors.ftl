# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Falta el paràmetre o té un valor buit o no vàlid: { $param }
    .bare = Falta un paràmetre o té un valor buit o no vàlid
api-authentication-required = Aquesta API requereix un usuari autenticat
not-permitted = Aquesta acció no està permesa
login-disabled = El vostre accés està desactivat en aquest moment
login-unconfirmed = El vostre usuari no té cap adreça electrònica confirmada
login-pending-approval = El vostre accés està pendent d'aprovació
record-not-found = No s'ha trobat el registre
validation-failed = La validació ha fallat: { $errors }
    .bare = La validació ha fallat
duplicate-record = Registre duplicat
user-required = Aquest mètode requereix un usuari autenticat
rate-limited = Massa sol·licituds
remote-fetch-failed = No s'han pogut obtenir les dades remotes
remote-ssl-failed = No s'ha pogut verificar el certificat SSL remot
temporary-failure = Hi ha hagut un problema temporal en atendre la vostra sol·licitud, torneu-ho a provar

invalid-date = La data proporcionada no és vàlida
record-invalid = Registre no vàlid
client-credentials-required = Aquest mètode requereix una autenticació amb credencials de client
scope-forbidden = Aquesta acció és fora dels àmbits autoritzats
token-invalid = El testimoni d'accés no és vàlid
token-expired = El testimoni d'accés ha caducat
token-revoked = El testimoni d'accés s'ha revocat
not-authorized = No autoritzat
pagination-invalid = Els valors de paginació `offset` i `limit` han de ser positius
confirmation-wrong-app = Aquest mètode només està disponible per a l'aplicació amb què l'usuari es va registrar originalment
confirmation-not-pending = Aquest mètode només està disponible mentre l'adreça electrònica estigui pendent de confirmació
update-conflict = Hi ha hagut un conflicte durant l'actualització, torneu-ho a provar
media-type-unverified = No s'ha pogut verificar el tipus de fitxer del contingut multimèdia pujat
media-thumbnail-failed = S'ha produït un error en processar la miniatura del contingut multimèdia pujat
media-in-use = El fitxer multimèdia adjunt ja s'utilitza en una publicació
search-pagination-unauthenticated = No s'admet la paginació de les cerques sense autenticació
search-resolve-unauthenticated = No s'admeten sense autenticació les cerques que resolen recursos remots
csrf-unverified = No es pot verificar l'autenticitat del testimoni CSRF.
self-follow = No es permet seguir el vostre propi compte
invite-invalid = Aquesta invitació no és vàlida
reply-target-missing = Sembla que la publicació a la qual intenteu respondre no existeix.
quote-target-missing = Sembla que la publicació que intenteu citar no existeix.
translation-quota-exceeded = S'ha superat la quota d'ús de tot el servidor per al servei de traducció.
translation-rate-limited = Darrerament s'han fet massa sol·licituds al servei de traducció.
domain-block-exists = Ja heu imposat límits més estrictes a { $name }.
    .bare = Ja heu imposat límits més estrictes a aquest domini.
unexpected-mentions = La publicació s'enviaria a comptes inesperats
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Filtre desconegut: { $value }
        [origin] Origen desconegut: { $value }
        [status] Estat desconegut: { $value }
        [order] Ordre desconegut: { $value }
       *[other] Valor desconegut: { $value }
    }
    .bare = Valor de paràmetre desconegut
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Error de validació
