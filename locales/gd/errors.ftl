# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Tha am paramadair a dhìth no tha an luach falamh no mì-dhligheach: { $param }
    .bare = Tha am paramadair a dhìth no tha an luach falamh no mì-dhligheach
api-authentication-required = Feumaidh an API seo cleachdaiche a chaidh a dhearbhadh
not-permitted = Chan eil an gnìomh seo ceadaichte
login-disabled = Tha do chlàradh a-steach à comas an-dràsta
login-unconfirmed = Chan eil seòladh puist-d dearbhte aig do chlàradh a-steach
login-pending-approval = Tha do chlàradh a-steach a’ feitheamh air aontachadh an-dràsta
record-not-found = Cha deach an clàr a lorg
validation-failed = Dh’fhàillig an dearbhadh: { $errors }
    .bare = Dh’fhàillig an dearbhadh
duplicate-record = Clàr dùblaichte
user-required = Feumaidh an dòigh seo cleachdaiche a chaidh a dhearbhadh
rate-limited = Cus iarrtasan
remote-fetch-failed = Cha b’ urrainnear an dàta cèin fhaighinn
remote-ssl-failed = Cha b’ urrainnear an teisteanas SSL cèin a dhearbhadh
temporary-failure = Bha duilgheadas sealach ann le frithealadh an iarrtais agad, feuch ris a-rithist

invalid-date = Chaidh ceann-là mì-dhligheach a thoirt seachad
record-invalid = Tha an clàr mì-dhligheach
client-credentials-required = Feumaidh an dòigh seo dearbhadh le teisteas a’ chliant
scope-forbidden = Tha an gnìomh seo taobh a-muigh nan sgòpaichean a chaidh ùghdarrachadh
token-invalid = Tha an tòcan inntrigidh mì-dhligheach
token-expired = Dh’fhalbh an ùine air an tòcan inntrigidh
token-revoked = Chaidh an tòcan inntrigidh a chùl-ghairm
not-authorized = Chan eil ùghdarras agad
pagination-invalid = Feumaidh luachan an duilleachaidh airson `offset` agus `limit` a bhith nan àireamhan dearbhach
confirmation-wrong-app = Chan eil an dòigh seo ri fhaighinn ach dhan aplacaid leis an do chlàraich an cleachdaiche an toiseach
confirmation-not-pending = Chan eil an dòigh seo ri fhaighinn ach fhad ’s a tha am post-d a’ feitheamh air dearbhadh
update-conflict = Bha còmhstri ann rè an ùrachaidh, feuch ris a-rithist
media-type-unverified = Cha b’ urrainnear seòrsa faidhle a’ mheadhain a chaidh a luchdadh suas a dhearbhadh
media-thumbnail-failed = Mearachd le làimhseachadh dealbhag a’ mheadhain a chaidh a luchdadh suas
media-in-use = Tha an ceanglachan meadhain ’ga chleachdadh ann am post an-dràsta
search-pagination-unauthenticated = Chan eil taic ri duilleachadh nan lorg gun dearbhadh
search-resolve-unauthenticated = Chan eil taic ri lorg a dh’fhuasglas goireasan cèin gun dearbhadh
csrf-unverified = Cha b’ urrainnear fìreantachd an tòcain CSRF a dhearbhadh.
self-follow = Chan fhaod thu an cunntas agad fhèin a leantainn
invite-invalid = Chan eil an cuireadh seo dligheach
reply-target-missing = Tha coltas nach eil am post ris a bheil thu airson freagairt ann.
quote-target-missing = Tha coltas nach eil am post a tha thu airson a luaidh ann.
translation-quota-exceeded = Chaidh thairis air cuota cleachdaidh na seirbheise eadar-theangachaidh air feadh an fhrithealaiche.
translation-rate-limited = Chaidh cus iarrtasan a chur gu seirbheis an eadar-theangachaidh o chionn goirid.
domain-block-exists = Chuir thu cuingeachaidhean nas teinne air { $name } mu thràth.
    .bare = Chuir thu cuingeachaidhean nas teinne air an àrainn seo mu thràth.
unexpected-mentions = Rachadh am post a chur gu cunntasan ris nach robh dùil
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Criathrag neo-aithnichte: { $value }
        [origin] Tùs neo-aithnichte: { $value }
        [status] Staid neo-aithnichte: { $value }
        [order] Òrdugh neo-aithnichte: { $value }
       *[other] Luach neo-aithnichte: { $value }
    }
    .bare = Luach paramadair neo-aithnichte
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Mearachd dearbhaidh
