# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Su paràmetru ammancat o su valore suo est bòidu o non vàlidu: { $param }
    .bare = Su paràmetru ammancat o su valore suo est bòidu o non vàlidu
api-authentication-required = Custa API rechedet un'utente autenticadu
not-permitted = Custa atzione no est permìtida
login-disabled = S'atzessu tuo in custu momentu est disativadu
login-unconfirmed = A s'atzessu tuo ammancat un'indiritzu de posta eletrònica cunfirmadu
login-pending-approval = S'atzessu tuo in custu momentu est abetende s'aprovatzione
record-not-found = Elementu no agatadu
validation-failed = Sa validatzione est faddida: { $errors }
    .bare = Sa validatzione est faddida
duplicate-record = Elementu duplicadu
user-required = Custu mètodu rechedet un'utente autenticadu
rate-limited = Tropu rechestas
remote-fetch-failed = No est istadu possìbile otènnere is datos remotos
remote-ssl-failed = No est istadu possìbile verificare su tzertificadu SSL remotu
temporary-failure = Ddoe est istadu unu problema temporàneu elaborende sa rechesta tua, torra a proare

invalid-date = Sa data frunida no est vàlida
record-invalid = Elementu non vàlidu
client-credentials-required = Custu mètodu rechedet un'autenticatzione cun is credentziales de su cliente
scope-forbidden = Custa atzione est foras de is àmbitos autorizados
token-invalid = Su getone de atzessu no est vàlidu
token-expired = Su getone de atzessu est iscadidu
token-revoked = Su getone de atzessu est istadu revocadu
not-authorized = No autorizadu
pagination-invalid = Is valores de paginatzione pro `offset` e `limit` depent èssere positivos
confirmation-wrong-app = Custu mètodu est a disponimentu isceti pro s'aplicatzione cun sa chi s'utente s'est registradu a su cumintzu
confirmation-not-pending = Custu mètodu est a disponimentu isceti cando s'indiritzu de posta eletrònica est abetende sa cunfirmatzione
update-conflict = Cunflitu in s'atualizatzione, torra a proare
media-type-unverified = No est istadu possìbile verificare su tipu de archìviu de s'elementu multimediale carrigadu
media-thumbnail-failed = Faddina in s'elaboratzione de sa miniadura de s'elementu multimediale carrigadu
media-in-use = S'elementu multimediale in custu momentu est impreadu in una publicatzione
search-pagination-unauthenticated = Sa paginatzione de is chircas no est suportada sena autenticatzione
search-resolve-unauthenticated = Is chircas chi risolvent resursas remotas non sunt suportadas sena autenticatzione
csrf-unverified = No est possìbile verificare s'autenticidade de su getone CSRF.
self-follow = No est permìtidu sighire su contu tuo etotu
invite-invalid = Custu invitu no est vàlidu
reply-target-missing = Sa publicatzione a sa chi ses chirchende de rispòndere non paret chi esistat.
quote-target-missing = Sa publicatzione chi ses chirchende de tzitare non paret chi esistat.
translation-quota-exceeded = Sa cuota de impreu de su servìtziu de tradutzione pro totu su serbidore est istada barigada.
translation-rate-limited = Ddoe sunt istadas tropu rechestas a su servìtziu de tradutzione in custos ùrtimos tempos.
domain-block-exists = As giai impostu lìmites prus severos a { $name }.
    .bare = As giai impostu lìmites prus severos a custu domìniu.
unexpected-mentions = Sa publicatzione diat èssere imbiada a contos non previstos
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Filtru disconnotu: { $value }
        [origin] Orìgine disconnota: { $value }
        [status] Istadu disconnotu: { $value }
        [order] Òrdine disconnotu: { $value }
       *[other] Valore disconnotu: { $value }
    }
    .bare = Valore de paràmetru disconnotu
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Faddina de validatzione
