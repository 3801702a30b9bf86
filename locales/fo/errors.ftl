# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parameturin manglar, ella virðið er tómt ella ógildugt: { $param }
    .bare = Parameturin manglar, ella virðið er tómt ella ógildugt
api-authentication-required = Hetta API'ið krevur ein innritaðan brúkara
not-permitted = Hendan atgerðin er ikki loyvd
login-disabled = Innritanin hjá tær er óvirkin í løtuni
login-unconfirmed = Innritanin hjá tær manglar eina váttaða teldupostadressu
login-pending-approval = Innritanin hjá tær bíðar í løtuni eftir góðkenning
record-not-found = Umbidna skrásetingin fanst ikki
validation-failed = Eftirkanningin miseydnaðist: { $errors }
    .bare = Eftirkanningin miseydnaðist
duplicate-record = Hendan skrásetingin finst longu
user-required = Hesin mátin krevur ein innritaðan brúkara
rate-limited = Ov nógvar umbønir
remote-fetch-failed = Tað bar ikki til at heinta dátur frá hinum ambætaranum
remote-ssl-failed = Tað bar ikki til at eftirkanna SSL-prógvið hjá hinum ambætaranum
temporary-failure = Ein bráðfeingis trupulleiki kom fyri, meðan umbønin hjá tær varð viðgjørd, vinarliga royn aftur

invalid-date = Dagfestingin, sum varð givin, er ógildug
record-invalid = Skrásetingin er ógildug
client-credentials-required = Hesin mátin krevur, at viðskiftarin váttar seg við sínum egnu samleikaupplýsingum
scope-forbidden = Hendan atgerðin er uttanfyri heimilaða vavið
token-invalid = Atgongdartekinið er ógildugt
token-expired = Atgongdartekinið er útgingið
token-revoked = Atgongdartekinið varð tikið aftur
not-authorized = Ikki heimilað
pagination-invalid = Virðini `offset` og `limit` til síðubýti mugu vera positiv
confirmation-wrong-app = Hesin mátin er bert tøkur fyri appina, sum brúkarin upprunaliga skrásetti seg við
confirmation-not-pending = Hesin mátin er bert tøkur, meðan teldupostadressan bíðar eftir váttan
update-conflict = Ósamsvar kom fyri undir dagføringini, vinarliga royn aftur
media-type-unverified = Tað bar ikki til at eftirkanna fílusniðið á upplagda miðlinum
media-thumbnail-failed = Feilur í viðgerðini av smámyndini hjá upplagda miðlinum
media-in-use = Miðlaviðfestið verður í løtuni brúkt í einum posti
search-pagination-unauthenticated = Síðubýti í leitiúrslitum er ikki stuðlað uttan innritan
search-resolve-unauthenticated = Leitingar, sum finna fram til tilfar á øðrum ambætarum, eru ikki stuðlaðar uttan innritan
csrf-unverified = Tað ber ikki til at eftirkanna, um CSRF-tekinið er ekta.
self-follow = Tað er ikki loyvt at fylgja tíni egnu kontu
invite-invalid = Hendan innbjóðingin er ikki gildug
reply-target-missing = Posturin, sum tú roynir at svara, tykist ikki at vera til.
quote-target-missing = Posturin, sum tú roynir at sitera, tykist ikki at vera til.
translation-quota-exceeded = Farið er upp um samlaða nýtslumarkið hjá ambætaranum fyri umsetingartænastuna.
translation-rate-limited = Umsetingartænastan hevur nýliga fingið ov nógvar umbønir.
domain-block-exists = Tú hevur longu sett strangari avmarkingar á { $name }.
    .bare = Tú hevur longu sett strangari avmarkingar á hetta økisnavnið.
unexpected-mentions = Posturin hevði verið sendur til óvæntaðar kontur
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Ókent filtur: { $value }
        [origin] Ókendur uppruni: { $value }
        [status] Ókend støða: { $value }
        [order] Ókend røð: { $value }
       *[other] Ókent virði: { $value }
    }
    .bare = Ókent parameturvirði
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Ógildug umbøn
