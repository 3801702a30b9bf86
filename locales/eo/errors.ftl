# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parametro mankas, aŭ ĝia valoro estas malplena aŭ nevalida: { $param }
    .bare = Parametro mankas, aŭ ĝia valoro estas malplena aŭ nevalida
api-authentication-required = Ĉi tiu API postulas aŭtentigitan uzanton
not-permitted = Ĉi tiu ago ne estas permesata
login-disabled = Via ensaluto estas nuntempe malebligita
login-unconfirmed = Al via ensaluto mankas konfirmita retpoŝta adreso
login-pending-approval = Via ensaluto nuntempe atendas aprobon
record-not-found = Rikordo ne trovita
validation-failed = Validigo malsukcesis: { $errors }
    .bare = Validigo malsukcesis
duplicate-record = La rikordo jam ekzistas
user-required = Ĉi tiu metodo postulas aŭtentigitan uzanton
rate-limited = Tro da petoj
remote-fetch-failed = Ne eblis akiri la forajn datumojn
remote-ssl-failed = Ne eblis kontroli la foran SSL-atestilon
temporary-failure = Okazis provizora problemo dum la traktado de via peto; bonvolu reprovi

invalid-date = La donita dato estas nevalida
record-invalid = Nevalida rikordo
client-credentials-required = Ĉi tiu metodo postulas aŭtentigon per klientaj akreditaĵoj
scope-forbidden = Ĉi tiu ago estas ekster la rajtigitaj ampleksoj
token-invalid = La alira ĵetono estas nevalida
token-expired = La alira ĵetono eksvalidiĝis
token-revoked = La alira ĵetono estis revokita
not-authorized = Ne rajtigita
pagination-invalid = La paĝigaj valoroj por `offset` kaj `limit` devas esti pozitivaj
confirmation-wrong-app = Ĉi tiu metodo disponeblas nur al la aplikaĵo, per kiu la uzanto origine registriĝis
confirmation-not-pending = Ĉi tiu metodo disponeblas nur dum la retpoŝta adreso atendas konfirmon
update-conflict = Konflikto dum la ĝisdatigo; bonvolu reprovi
media-type-unverified = Ne eblis kontroli la dosiertipon de la alŝutita aŭdovidaĵo
media-thumbnail-failed = Eraro dum la traktado de la miniaturo de la alŝutita aŭdovidaĵo
media-in-use = La aŭdovidaĵo estas nuntempe uzata en afiŝo
search-pagination-unauthenticated = Paĝigo de serĉoj ne estas subtenata sen aŭtentigo
search-resolve-unauthenticated = Serĉoj, kiuj akiras forajn rimedojn, ne estas subtenataj sen aŭtentigo
csrf-unverified = Ne eblas kontroli la aŭtentecon de la CSRF-ĵetono.
self-follow = Sekvi vian propran konton ne estas permesate
invite-invalid = Ĉi tiu invito ne estas valida
reply-target-missing = La afiŝo, al kiu vi provas respondi, ŝajne ne ekzistas.
quote-target-missing = La afiŝo, kiun vi provas citi, ŝajne ne ekzistas.
translation-quota-exceeded = La uzkvoto de la traduka servo por la tuta servilo estas superita.
translation-rate-limited = Lastatempe estis tro da petoj al la traduka servo.
domain-block-exists = Vi jam aplikis pli striktajn limigojn al { $name }.
    .bare = Vi jam aplikis pli striktajn limigojn al ĉi tiu domajno.
unexpected-mentions = La afiŝo estus sendita al neatenditaj kontoj
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Nekonata filtrilo: { $value }
        [origin] Nekonata deveno: { $value }
        [status] Nekonata stato: { $value }
        [order] Nekonata ordigo: { $value }
       *[other] Nekonata valoro: { $value }
    }
    .bare = Nekonata parametra valoro
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Validiga eraro
