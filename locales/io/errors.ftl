# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parametro mankas, o lua valoro esas vakua o nevalida: { $param }
    .bare = Parametro mankas, o lua valoro esas vakua o nevalida
api-authentication-required = Ca API postulas autentikigita uzanto
not-permitted = Ca ago ne permisesas
login-disabled = Vua eniro esas nune desaktivigita
login-unconfirmed = A vua eniro mankas konfirmita retpost-adreso
login-pending-approval = Vua eniro nune vartas aprobo
record-not-found = Registrajo ne trovesis
validation-failed = Validigo faliis: { $errors }
    .bare = Validigo faliis
duplicate-record = Duopla registrajo
user-required = Ca metodo postulas autentikigita uzanto
rate-limited = Tro multa demandi
remote-fetch-failed = Fora datumi ne povis obtenesar
remote-ssl-failed = Fora SSL-certifikato ne povis verifikesar
temporary-failure = Eventis tempala problemo dum la traktado di vua demando, voluntez probar itere

invalid-date = Nevalida dato donesis
record-invalid = Nevalida registrajo
client-credentials-required = Ca metodo postulas autentikigo per klientala kredenciali
scope-forbidden = Ca ago esas exter la autorizita skopi
token-invalid = La aceso-jetono esas nevalida
token-expired = La aceso-jetono expiris
token-revoked = La aceso-jetono revokesis
not-authorized = Ne autorizita
pagination-invalid = Paginigo-valori por `offset` e `limit` mustas esar pozitiva
confirmation-wrong-app = Ca metodo esas disponebla nur por la aplikajo per qua la uzanto origine registragis su
confirmation-not-pending = Ca metodo esas disponebla nur dum ke la retpost-adreso vartas konfirmo
update-conflict = Konflikto dum aktualigo, voluntez probar itere
media-type-unverified = La dosiertipo di la adkargita medio ne povis verifikesar
media-thumbnail-failed = Eroro dum traktado di la miniaturo di la adkargita medio
media-in-use = La medio-atachajo nune uzesas da posto
search-pagination-unauthenticated = Paginigo di serchi ne suportesas sen autentikigo
search-resolve-unauthenticated = Serchi qui rezolvas fora risursi ne suportesas sen autentikigo
csrf-unverified = La autenteso di la CSRF-jetono ne povas verifikesar.
self-follow = Sequar vua propra konto ne permisesas
invite-invalid = Ca invito ne esas valida
reply-target-missing = La posto a qua vu probas respondar semblas ne existar.
quote-target-missing = La posto quan vu probas citar semblas ne existar.
translation-quota-exceeded = La uzo-kuoto di la traduko-servo por la tota servilo esas superita.
translation-rate-limited = Recente esis tro multa demandi a la traduko-servo.
domain-block-exists = Vu ja impozis plu strikta limiti a { $name }.
    .bare = Vu ja impozis plu strikta limiti a ca domeno.
unexpected-mentions = La posto sendesus a neexpektita konti
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Nekonocata filtrilo: { $value }
        [origin] Nekonocata origino: { $value }
        [status] Nekonocata stando: { $value }
        [order] Nekonocata ordino: { $value }
       *[other] Nekonocata valoro: { $value }
    }
    .bare = Nekonocata parametro-valoro
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Validigo-eroro
