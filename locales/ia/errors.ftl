# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Un parametro manca o su valor es vacue o invalide: { $param }
    .bare = Un parametro manca o su valor es vacue o invalide
api-authentication-required = Iste API require un usator authenticate
not-permitted = Iste action non es permittite
login-disabled = Tu accesso es actualmente disactivate
login-unconfirmed = Tu accesso non ha ancora un adresse de e-mail confirmate
login-pending-approval = Tu accesso attende actualmente approbation
record-not-found = Registro non trovate
validation-failed = Le validation ha fallite: { $errors }
    .bare = Le validation ha fallite
duplicate-record = Registro duplicate
user-required = Iste methodo require un usator authenticate
rate-limited = Troppo de requestas
remote-fetch-failed = Le datos remote non ha potite esser obtenite
remote-ssl-failed = Le certificato SSL remote non ha potite esser verificate
temporary-failure = Il habeva un problema temporari durante le tractamento de tu requesta. Per favor, tenta de novo

invalid-date = Le data fornite es invalide
record-invalid = Registro invalide
client-credentials-required = Iste methodo require authentication per credentiales de cliente
scope-forbidden = Iste action es foras del ambitos autorisate
token-invalid = Le token de accesso es invalide
token-expired = Le token de accesso ha expirate
token-revoked = Le token de accesso ha essite revocate
not-authorized = Non autorisate
pagination-invalid = Le valores de pagination pro `offset` e `limit` debe esser positive
confirmation-wrong-app = Iste methodo es disponibile solmente pro le application con le qual le usator se ha originalmente inscribite
confirmation-not-pending = Iste methodo es disponibile solmente durante que le adresse de e-mail attende confirmation
update-conflict = Conflicto durante le actualisation. Per favor, tenta de novo
media-type-unverified = Le typo de file del multimedia incargate non ha potite esser verificate
media-thumbnail-failed = Error durante le tractamento del miniatura del multimedia incargate
media-in-use = Le annexo multimedial es actualmente usate per un message
search-pagination-unauthenticated = Le pagination del recercas non es supportate sin authentication
search-resolve-unauthenticated = Le recercas que resolve ressources remote non es supportate sin authentication
csrf-unverified = Impossibile verificar le authenticitate del token CSRF.
self-follow = Non es permittite sequer tu proprie conto
invite-invalid = Iste invitation non es valide
reply-target-missing = Le message al qual tu tenta responder non pare exister.
quote-target-missing = Le message que tu tenta citar non pare exister.
translation-quota-exceeded = Le quota de uso del servicio de traduction pro tote le servitor ha essite excedite.
translation-rate-limited = Il ha habite troppo de requestas al servicio de traduction recentemente.
domain-block-exists = Tu ha jam imponite limites plus stricte a { $name }.
    .bare = Tu ha jam imponite limites plus stricte a iste dominio.
unexpected-mentions = Le message esserea inviate a contos inexpectate
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Filtro incognite: { $value }
        [origin] Origine incognite: { $value }
        [status] Stato incognite: { $value }
        [order] Ordine incognite: { $value }
       *[other] Valor incognite: { $value }
    }
    .bare = Valor de parametro incognite
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Error de validation
