# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Færibreytu vantar eða gildi hennar er tómt eða ógilt: { $param }
    .bare = Færibreytu vantar eða gildi hennar er tómt eða ógilt
api-authentication-required = Þetta API krefst þess að notandi sé auðkenndur
not-permitted = Þessi aðgerð er ekki leyfð
login-disabled = Innskráningin þín er óvirk sem stendur
login-unconfirmed = Innskráninguna þína vantar staðfest tölvupóstfang
login-pending-approval = Innskráningin þín bíður nú samþykkis
record-not-found = Gagnafærsla fannst ekki
validation-failed = Sannprófun mistókst: { $errors }
    .bare = Sannprófun mistókst
duplicate-record = Tvítekin gagnafærsla
user-required = Þessi aðferð krefst þess að notandi sé auðkenndur
rate-limited = Of margar beiðnir
remote-fetch-failed = Ekki tókst að sækja fjartengd gögn
remote-ssl-failed = Ekki tókst að sannreyna fjartengt SSL-skilríki
temporary-failure = Tímabundið vandamál kom upp við afgreiðslu beiðninnar þinnar, reyndu aftur

invalid-date = Uppgefin dagsetning er ógild
record-invalid = Ógild gagnafærsla
client-credentials-required = Þessi aðferð krefst auðkenningar með skilríkjum biðlara
scope-forbidden = Þessi aðgerð er utan heimilaðra gildissviða
token-invalid = Aðgangsteiknið er ógilt
token-expired = Aðgangsteiknið er útrunnið
token-revoked = Aðgangsteiknið var afturkallað
not-authorized = Ekki heimilað
pagination-invalid = Síðuskiptingargildin `offset` og `limit` verða að vera jákvæð
confirmation-wrong-app = Þessi aðferð er einungis í boði fyrir forritið sem notandinn nýskráði sig upphaflega með
confirmation-not-pending = Þessi aðferð er einungis í boði á meðan tölvupóstfangið bíður staðfestingar
update-conflict = Árekstur við uppfærslu, reyndu aftur
media-type-unverified = Ekki tókst að sannreyna skráartegund innsends myndefnis
media-thumbnail-failed = Villa við vinnslu smámyndar fyrir innsent myndefni
media-in-use = Myndefnisviðhengið er nú notað í færslu
search-pagination-unauthenticated = Síðuskipting leitarfyrirspurna er ekki studd án auðkenningar
search-resolve-unauthenticated = Leitarfyrirspurnir sem fletta upp fjartengdum tilföngum eru ekki studdar án auðkenningar
csrf-unverified = Ekki tókst að sannreyna að CSRF-teiknið sé ósvikið.
self-follow = Ekki er leyft að fylgjast með eigin aðgangi
invite-invalid = Þetta boð er ekki gilt
reply-target-missing = Færslan sem þú ert að reyna að svara virðist ekki vera til.
quote-target-missing = Færslan sem þú ert að reyna að vitna í virðist ekki vera til.
translation-quota-exceeded = Farið hefur verið fram úr notkunarkvóta þýðingaþjónustunnar fyrir allan netþjóninn.
translation-rate-limited = Of margar beiðnir hafa verið sendar til þýðingaþjónustunnar nýlega.
domain-block-exists = Þú hefur þegar sett strangari takmarkanir á { $name }.
    .bare = Þú hefur þegar sett strangari takmarkanir á þetta lén.
unexpected-mentions = Færslan yrði send til aðganga sem ekki var gert ráð fyrir
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Óþekkt sía: { $value }
        [origin] Óþekktur uppruni: { $value }
        [status] Óþekkt staða: { $value }
        [order] Óþekkt röðun: { $value }
       *[other] Óþekkt gildi: { $value }
    }
    .bare = Óþekkt gildi færibreytu
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Villa við sannprófun
