# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parametrs nav norādīts, vai arī tā vērtība ir tukša vai nederīga: { $param }
    .bare = Parametrs nav norādīts, vai arī tā vērtība ir tukša vai nederīga
api-authentication-required = Šim API nepieciešams autentificēts lietotājs
not-permitted = Šī darbība nav atļauta
login-disabled = Pieteikšanās tavā kontā pašlaik ir atspējota
login-unconfirmed = Tavam kontam nav apstiprinātas e-pasta adreses
login-pending-approval = Tavs konts pašlaik gaida apstiprinājumu
record-not-found = Datu ieraksts nav atrasts
validation-failed = Datu pārbaude neizdevās: { $errors }
    .bare = Datu pārbaude neizdevās
duplicate-record = Šāds datu ieraksts jau pastāv
user-required = Šai metodei nepieciešams autentificēts lietotājs
rate-limited = Pārāk daudz pieprasījumu
remote-fetch-failed = Attālos datus neizdevās iegūt
remote-ssl-failed = Attālā servera SSL sertifikātu neizdevās pārbaudīt
temporary-failure = Apstrādājot tavu pieprasījumu, radās īslaicīga problēma; lūdzu, mēģini vēlreiz

invalid-date = Norādīts nederīgs datums
record-invalid = Datu ieraksts nav derīgs
client-credentials-required = Šai metodei nepieciešama autentifikācija ar klienta akreditācijas datiem
scope-forbidden = Šī darbība neietilpst autorizētajās darbības jomās
token-invalid = Piekļuves pilnvara ir nederīga
token-expired = Piekļuves pilnvarai ir beidzies derīguma termiņš
token-revoked = Piekļuves pilnvara ir atsaukta
not-authorized = Pieprasījums nav autorizēts
pagination-invalid = Lapošanas vērtībām `offset` un `limit` jābūt pozitīvām
confirmation-wrong-app = Šī metode ir pieejama tikai tai lietotnei, ar kuru lietotājs sākotnēji reģistrējās
confirmation-not-pending = Šī metode ir pieejama tikai tik ilgi, kamēr e-pasta adrese gaida apstiprinājumu
update-conflict = Atjaunināšanas laikā radās konflikts; lūdzu, mēģini vēlreiz
media-type-unverified = Augšupielādētās multivides datnes tipu neizdevās pārbaudīt
media-thumbnail-failed = Apstrādājot augšupielādētās multivides sīktēlu, radās kļūda
media-in-use = Multivides pielikums pašlaik tiek izmantots kādā ierakstā
search-pagination-unauthenticated = Meklēšanas rezultātu lapošana bez autentifikācijas netiek atbalstīta
search-resolve-unauthenticated = Meklēšanas vaicājumi, kas izgūst attālus resursus, bez autentifikācijas netiek atbalstīti
csrf-unverified = Nevar pārbaudīt CSRF marķiera autentiskumu.
self-follow = Sekot savam kontam nav atļauts
invite-invalid = Šis ielūgums nav derīgs
reply-target-missing = Šķiet, ka ieraksts, uz kuru mēģini atbildēt, neeksistē.
quote-target-missing = Šķiet, ka ieraksts, kuru mēģini citēt, neeksistē.
translation-quota-exceeded = Ir pārsniegta visam serverim noteiktā tulkošanas pakalpojuma lietošanas kvota.
translation-rate-limited = Pēdējā laikā tulkošanas pakalpojumam ir nosūtīts pārāk daudz pieprasījumu.
domain-block-exists = Domēnam { $name } jau ir noteikti stingrāki ierobežojumi.
    .bare = Šim domēnam jau ir noteikti stingrāki ierobežojumi.
unexpected-mentions = Ieraksts tiktu nosūtīts negaidītiem kontiem
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Nezināms filtrs: { $value }
        [origin] Nezināma izcelsme: { $value }
        [status] Nezināms statuss: { $value }
        [order] Nezināma kārtošanas secība: { $value }
       *[other] Nezināma vērtība: { $value }
    }
    .bare = Nezināma parametra vērtība
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Datu pārbaudes kļūda
