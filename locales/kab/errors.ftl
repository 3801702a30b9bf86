# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Aɣewwaṛ ulac-it, neɣ azal-is d ilem neɣ d arameɣtu: { $param }
    .bare = Aɣewwaṛ ulac-it, neɣ azal-is d ilem neɣ d arameɣtu
api-authentication-required = API-agi yesra amseqdac yettwasestben
not-permitted = Tigawt-agi ur tettusireg ara
login-disabled = Tuqqna ɣer umiḍan-ik·im tensa akka tura
login-unconfirmed = Amiḍan-ik·im ur yesɛi ara tansa imayl yettwasentmen
login-pending-approval = Amiḍan-ik·im yettṛaǧu akka tura ad yettwaqbel
record-not-found = Ur nufi ara akalas
validation-failed = Asenqed yecceḍ: { $errors }
    .bare = Asenqed yecceḍ
duplicate-record = Akalas-agi yella yakan
user-required = Tarrayt-agi tesra amseqdac yettwasestben
rate-limited = Aṭas n yisuturen
remote-fetch-failed = D awezɣi ad d-ttwawin yisefka inmeggagen
remote-ssl-failed = D awezɣi ad yettwasenqed uselkin SSL anmeggag
temporary-failure = Yeḍra-d wugur akudan mi d-nettarra ɣef usuter-ik·im, ma ulac aɣilif ɛreḍ tikelt-nniḍen

invalid-date = Azemz i d-yettunefken d arameɣtu
record-invalid = Akalas d arameɣtu
client-credentials-required = Tarrayt-agi tesra asesteb s yinekcam n umsaɣ
scope-forbidden = Tigawt-agi tella berra n yimnaḍen n unekcum yettusirgen
token-invalid = Ajuṭu n unekcum d arameɣtu
token-expired = Ajuṭu n unekcum iɛedda wakud-is
token-revoked = Ajuṭu n unekcum yettwasefsex
not-authorized = Ur yettusireg ara
pagination-invalid = Azalen n `offset` d `limit` n beṭṭu ɣef yisebtar ur ilaq ara ad ilin ddaw n 0
confirmation-wrong-app = Tarrayt-agi tella kan i usnas ideg yejerred umseqdac tikelt tamezwarut
confirmation-not-pending = Tarrayt-agi tella kan mi ara tili tansa imayl tettṛaǧu asentem
update-conflict = Yeḍra-d umennuɣ lawan n uleqqem, ma ulac aɣilif ɛreḍ tikelt-nniḍen
media-type-unverified = D awezɣi ad yettwasenqed wanaw n ufaylu n umidya i d-yettwasulin
media-thumbnail-failed = Tuccḍa deg usesfer n tugna tamecṭuḥt n umidya i d-yettwasulin
media-in-use = Amedday n umidya yettwaseqdac akka tura deg tsuffeɣt
search-pagination-unauthenticated = Beṭṭu n yigemmaḍ n unadi ɣef yisebtar ur yettwasefrak ara war asesteb
search-resolve-unauthenticated = Inadiyen i d-yettafen iɣbula inmeggagen ur ttwasefraken ara war asesteb
csrf-unverified = D awezɣi ad tettwasenqed tidet n ujuṭu CSRF.
self-follow = Aḍfar n umiḍan-ik·im ur yettusireg ara
invite-invalid = Tinubga-agi d tarameɣtut
reply-target-missing = Yettban-d d akken tasuffeɣt ɣef tettɛaraḍeḍ ad terreḍ ur telli ara.
quote-target-missing = Yettban-d d akken tasuffeɣt i tettɛaraḍeḍ ad d-tebdreḍ ur telli ara.
translation-quota-exceeded = Aseqdec n umeẓlu n tsuqilt, deg uqeddac meṛṛa, yugar talast yettunefken.
translation-rate-limited = Llan aṭas n yisuturen ɣer umeẓlu n tsuqilt melmi kan.
domain-block-exists = Tesbeddeḍ yakan tilisa iqesḥen ugar ɣef { $name }.
    .bare = Tesbeddeḍ yakan tilisa iqesḥen ugar ɣef teɣult-agi.
unexpected-mentions = Ma yella tettwazen tsuffeɣt-a, ad tawweḍ ɣer yimiḍanen ur netturaǧu ara
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Imsizdeg arussin: { $value }
        [origin] Aɣbalu arussin: { $value }
        [status] Addad arussin: { $value }
        [order] Asmizwer arussin: { $value }
       *[other] Azal arussin: { $value }
    }
    .bare = Azal n uɣewwaṛ d arussin
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Tuccḍa n usenqed
