# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parameter ûntbrekt of de wearde is leech of ûnjildich: { $param }
    .bare = Parameter ûntbrekt of de wearde is leech of ûnjildich
api-authentication-required = Dizze API fereasket in oanmelde brûker
not-permitted = Dizze aksje is net tastien
login-disabled = Dyn account is op dit stuit útskeakele
login-unconfirmed = Dyn account hat gjin befêstige e-mailadres
login-pending-approval = Dyn account wachtet op dit stuit op goedkarring
record-not-found = Gegevens net fûn
validation-failed = Falidaasje mislearre: { $errors }
    .bare = Falidaasje mislearre
duplicate-record = Dûbele gegevens
user-required = Dizze metoade fereasket in oanmelde brûker
rate-limited = Tefolle oanfragen
remote-fetch-failed = Eksterne gegevens koene net ophelle wurde
remote-ssl-failed = It eksterne SSL-sertifikaat koe net ferifiearre wurde
temporary-failure = Der wie in tydlik probleem by it ferwurkjen fan dyn oanfraach, probearje it opnij

invalid-date = Ûnjildige datum opjûn
record-invalid = Ûnjildige gegevens
client-credentials-required = Dizze metoade fereasket autentikaasje mei clientgegevens
scope-forbidden = Dizze aksje falt bûten de autorisearre scopes
token-invalid = It tagongstoken is ûnjildich
token-expired = It tagongstoken is ferrûn
token-revoked = It tagongstoken is ynlutsen
not-authorized = Net autorisearre
pagination-invalid = Pagineringswearden foar `offset` en `limit` moatte posityf wêze
confirmation-wrong-app = Dizze metoade is allinnich beskikber foar de app wêrmei’t de brûker him oarspronklik registrearre hat
confirmation-not-pending = Dizze metoade is allinnich beskikber wylst it e-mailadres noch op befêstiging wachtet
update-conflict = Konflikt by it bywurkjen, probearje it opnij
media-type-unverified = It bestânstype fan de opladen media koe net ferifiearre wurde
media-thumbnail-failed = Flater by it ferwurkjen fan de miniatuerôfbylding foar de opladen media
media-in-use = De mediabylage wurdt op dit stuit brûkt troch in berjocht
search-pagination-unauthenticated = Paginearjen fan sykopdrachten wurdt sûnder autentikaasje net stipe
search-resolve-unauthenticated = Sykopdrachten dy’t eksterne boarnen opfreegje, wurde sûnder autentikaasje net stipe
csrf-unverified = De echtheid fan it CSRF-token kin net ferifiearre wurde.
self-follow = It is net tastien om dyn eigen account te folgjen
invite-invalid = Dizze útnûging is net jildich
reply-target-missing = It berjocht dêr’tsto op reagearje wolst, liket net te bestean.
quote-target-missing = It berjocht datsto sitearje wolst, liket net te bestean.
translation-quota-exceeded = De gebrûkslimyt foar de oersettingstsjinst op dizze server is oerskreden.
translation-rate-limited = Der binne koartlyn tefolle oanfragen nei de oersettingstsjinst dien.
domain-block-exists = Do hast al strangere beheiningen ynsteld foar { $name }.
    .bare = Do hast al strangere beheiningen ynsteld foar dit domein.
unexpected-mentions = It berjocht soe nei ûnferwachte accounts ferstjoerd wurde
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Ûnbekend filter: { $value }
        [origin] Ûnbekende oarsprong: { $value }
        [status] Ûnbekende status: { $value }
        [order] Ûnbekende folchoarder: { $value }
       *[other] Ûnbekende wearde: { $value }
    }
    .bare = Ûnbekende parameterwearde
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Falidaasjeflater
