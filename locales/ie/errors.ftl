# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Un parametre manca, o su valore es vacui o ínvalid: { $param }
    .bare = Un parametre manca, o su valore es vacui o ínvalid
api-authentication-required = Ti-ci API besona un usator autentificat
not-permitted = Ti-ci action ne es permisset
login-disabled = Li intration in tui conto es actualmen desactivisat
login-unconfirmed = Tui conto ne have un confirmat adresse de e-posta
login-pending-approval = Tui conto actualmen atende aprobation
record-not-found = Registre ne trovat
validation-failed = Validation fallit: { $errors }
    .bare = Validation fallit
duplicate-record = Registre duplicat
user-required = Ti-ci metode besona un usator autentificat
rate-limited = Tro mult petitiones
remote-fetch-failed = Li data external ne posset esser obtenet
remote-ssl-failed = Li certificate SSL del servitor external ne posset esser verificat
temporary-failure = Un temporari problema ha impedit li tractation de tui petition, ples provar denov

invalid-date = Li date providet es ínvalid
record-invalid = Registre ínvalid
client-credentials-required = Ti-ci metode besona autentification per credentiales de client
scope-forbidden = Ti-ci action es éxter li scopes autorisat
token-invalid = Li accesse-clave es ínvalid
token-expired = Li accesse-clave ha expirat
token-revoked = Li accesse-clave ha esset revocat
not-authorized = Ne autorisat
pagination-invalid = Li valores de pagination por `offset` e `limit` deve esser positiv
confirmation-wrong-app = Ti-ci metode es disponibil solmen por li aplication per quel li usator originalmen ha registrat se
confirmation-not-pending = Ti-ci metode es disponibil solmen durante que li e-posta atende confirmation
update-conflict = Conflicte durant li actualisation, ples provar denov
media-type-unverified = Li tip de file del medie cargat ne posset esser verificat
media-thumbnail-failed = Erra durant li tractation del miniatura del medie cargat
media-in-use = Ti-ci medie-atachament es actualmen usat in un posta
search-pagination-unauthenticated = Pagination de resultates de sercha ne es subtenet sin autentification
search-resolve-unauthenticated = Serchas queles resolve external ressurses ne es subtenet sin autentification
csrf-unverified = Ne posse verificar li autenticitá del clave CSRF.
self-follow = Sequer tui propri conto ne es permisset
invite-invalid = Ti-ci invitation ne es valid
reply-target-missing = Li posta a quel tu prova responder sembla ne exister.
quote-target-missing = Li posta quel tu prova citar sembla ne exister.
translation-quota-exceeded = Li quota de usation del servicie de traduction por li tot servitor ha esset transpassat.
translation-rate-limited = Li servicie de traduction ha recivet tro mult petitiones recentmen.
domain-block-exists = Tu ja ha imposit plu strict límites a { $name }.
    .bare = Tu ja ha imposit plu strict límites a ti-ci dominia.
unexpected-mentions = Li posta vell esser misset a ínexpectat contos
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Ínconosset filtre: { $value }
        [origin] Ínconosset orígine: { $value }
        [status] Ínconosset statu: { $value }
        [order] Ínconosset órdine: { $value }
       *[other] Ínconosset valore: { $value }
    }
    .bare = Ínconosset valore de parametre
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Erra de validation
