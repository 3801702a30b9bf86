# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Mae paramedr ar goll, neu mae ei werth yn wag neu'n annilys: { $param }
    .bare = Mae paramedr ar goll, neu mae ei werth yn wag neu'n annilys
api-authentication-required = Mae angen defnyddiwr wedi'i ddilysu ar gyfer yr API hwn
not-permitted = Ni chaniateir y weithred hon
login-disabled = Mae mewngofnodi i'ch cyfrif wedi'i analluogi ar hyn o bryd
login-unconfirmed = Nid oes gan eich cyfrif gyfeiriad e-bost wedi'i gadarnhau
login-pending-approval = Mae eich cyfrif yn aros am gymeradwyaeth ar hyn o bryd
record-not-found = Ni chanfuwyd y cofnod
validation-failed = Methodd y dilysu: { $errors }
    .bare = Methodd y dilysu
duplicate-record = Cofnod dyblyg
user-required = Mae angen defnyddiwr wedi'i ddilysu ar gyfer y dull hwn
rate-limited = Gormod o geisiadau
remote-fetch-failed = Nid oedd modd nôl y data o'r gweinydd pell
remote-ssl-failed = Nid oedd modd gwirio tystysgrif SSL y gweinydd pell
temporary-failure = Cafwyd problem dros dro wrth ymdrin â'ch cais, rhowch gynnig arall arni

invalid-date = Rhoddwyd dyddiad annilys
record-invalid = Cofnod annilys
client-credentials-required = Mae angen dilysu â manylion adnabod y cleient ar gyfer y dull hwn
scope-forbidden = Mae'r weithred hon y tu allan i'r cwmpasau a awdurdodwyd
token-invalid = Mae'r tocyn mynediad yn annilys
token-expired = Mae'r tocyn mynediad wedi dod i ben
token-revoked = Mae'r tocyn mynediad wedi'i ddirymu
not-authorized = Heb awdurdod
pagination-invalid = Rhaid i werthoedd tudalennu `offset` a `limit` fod yn bositif
confirmation-wrong-app = Dim ond i'r rhaglen y cofrestrodd y defnyddiwr drwyddi yn wreiddiol y mae'r dull hwn ar gael
confirmation-not-pending = Dim ond tra bo'r cyfeiriad e-bost yn aros i gael ei gadarnhau y mae'r dull hwn ar gael
update-conflict = Gwrthdaro wrth ddiweddaru, rhowch gynnig arall arni
media-type-unverified = Nid oedd modd gwirio math ffeil y cyfryngau a lwythwyd i fyny
media-thumbnail-failed = Gwall wrth brosesu mân-lun y cyfryngau a lwythwyd i fyny
media-in-use = Mae'r atodiad cyfryngau yn cael ei ddefnyddio gan bostiad ar hyn o bryd
search-pagination-unauthenticated = Nid yw tudalennu ymholiadau chwilio yn cael ei gefnogi heb ddilysu
search-resolve-unauthenticated = Nid yw ymholiadau chwilio sy'n nôl adnoddau o weinyddion pell yn cael eu cefnogi heb ddilysu
csrf-unverified = Methu gwirio dilysrwydd y tocyn CSRF.
self-follow = Ni chaniateir dilyn eich cyfrif eich hun
invite-invalid = Nid yw'r gwahoddiad hwn yn ddilys
reply-target-missing = Mae'n ymddangos nad yw'r postiad rydych chi'n ceisio'i ateb yn bodoli.
quote-target-missing = Mae'n ymddangos nad yw'r postiad rydych chi'n ceisio'i ddyfynnu yn bodoli.
translation-quota-exceeded = Mae'r gweinydd cyfan wedi mynd dros ei gwota defnydd ar gyfer y gwasanaeth cyfieithu.
translation-rate-limited = Bu gormod o geisiadau i'r gwasanaeth cyfieithu yn ddiweddar.
domain-block-exists = Rydych chi eisoes wedi gosod cyfyngiadau llymach ar { $name }.
    .bare = Rydych chi eisoes wedi gosod cyfyngiadau llymach ar y parth hwn.
unexpected-mentions = Byddai'r postiad yn cael ei anfon at gyfrifon annisgwyl
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Hidlydd anhysbys: { $value }
        [origin] Tarddiad anhysbys: { $value }
        [status] Statws anhysbys: { $value }
        [order] Trefn anhysbys: { $value }
       *[other] Gwerth anhysbys: { $value }
    }
    .bare = Gwerth paramedr anhysbys
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Gwall dilysu
