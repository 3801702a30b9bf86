# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Tá paraiméadar ar iarraidh, nó tá a luach folamh nó neamhbhailí: { $param }
    .bare = Tá paraiméadar ar iarraidh, nó tá a luach folamh nó neamhbhailí
api-authentication-required = Tá úsáideoir fíordheimhnithe de dhíth ar an API seo
not-permitted = Ní cheadaítear an gníomh seo
login-disabled = Tá logáil isteach díchumasaithe do do chuntas faoi láthair
login-unconfirmed = Níl seoladh ríomhphoist deimhnithe ag do chuntas
login-pending-approval = Tá do chuntas ag fanacht le ceadú faoi láthair
record-not-found = Níor aimsíodh an taifead
validation-failed = Theip ar an mbailíochtú: { $errors }
    .bare = Theip ar an mbailíochtú
duplicate-record = Taifead dúblach
user-required = Tá úsáideoir fíordheimhnithe de dhíth ar an modh seo
rate-limited = An iomarca iarratas
remote-fetch-failed = Níorbh fhéidir na sonraí cianda a fháil
remote-ssl-failed = Níorbh fhéidir an teastas SSL cianda a fhíorú
temporary-failure = Tharla fadhb shealadach agus d’iarratas á phróiseáil; bain triail eile as

invalid-date = Soláthraíodh dáta neamhbhailí
record-invalid = Taifead neamhbhailí
client-credentials-required = Tá fíordheimhniú le dintiúir chliaint de dhíth ar an modh seo
scope-forbidden = Tá an gníomh seo lasmuigh de na scóipeanna údaraithe
token-invalid = Tá an comhartha rochtana neamhbhailí
token-expired = Tá an comhartha rochtana imithe in éag
token-revoked = Cúlghaireadh an comhartha rochtana
not-authorized = Níl tú údaraithe
pagination-invalid = Ní mór do na luachanna leathanaithe `offset` agus `limit` a bheith dearfach
confirmation-wrong-app = Níl an modh seo ar fáil ach don fheidhmchlár lenar chláraigh an t-úsáideoir ar dtús
confirmation-not-pending = Níl an modh seo ar fáil ach fad atá an seoladh ríomhphoist ag fanacht le deimhniú
update-conflict = Coinbhleacht le linn an nuashonraithe; bain triail eile as
media-type-unverified = Níorbh fhéidir cineál comhaid na meán a uaslódáladh a fhíorú
media-thumbnail-failed = Tharla earráid agus mionsamhail na meán a uaslódáladh á próiseáil
media-in-use = Tá an ceangaltán meán in úsáid ag post faoi láthair
search-pagination-unauthenticated = Ní thacaítear le leathanú na n-iarratas cuardaigh gan fíordheimhniú
search-resolve-unauthenticated = Ní thacaítear le hiarratais chuardaigh a réitíonn acmhainní cianda gan fíordheimhniú
csrf-unverified = Ní féidir barántúlacht an chomhartha CSRF a fhíorú.
self-follow = Ní cheadaítear do chuntas féin a leanúint
invite-invalid = Níl an cuireadh seo bailí
reply-target-missing = Is cosúil nach ann don phost a bhfuil tú ag iarraidh freagra a thabhairt air.
quote-target-missing = Is cosúil nach ann don phost atá tú ag iarraidh a lua.
translation-quota-exceeded = Sáraíodh an cuóta úsáide atá ag an bhfreastalaí ar fad don tseirbhís aistriúcháin.
translation-rate-limited = Seoladh an iomarca iarratas chuig an tseirbhís aistriúcháin le déanaí.
domain-block-exists = Chuir tú teorainneacha níos déine ar { $name } cheana féin.
    .bare = Chuir tú teorainneacha níos déine ar an bhfearann seo cheana féin.
unexpected-mentions = Sheolfaí an post chuig cuntais nach rabhthas ag súil leo
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Scagaire anaithnid: { $value }
        [origin] Bunús anaithnid: { $value }
        [status] Stádas anaithnid: { $value }
        [order] Ord anaithnid: { $value }
       *[other] Luach anaithnid: { $value }
    }
    .bare = Luach paraiméadair anaithnid
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Earráid bhailíochtaithe
