# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Mankout a ra an arventenn, pe n'he deus talvoud ebet, pe n'eo ket reizh he zalvoud : { $param }
    .bare = Mankout a ra an arventenn, pe n'he deus talvoud ebet, pe n'eo ket reizh he zalvoud
api-authentication-required = Ret eo bezañ dilesaet evit implijout an API-mañ
not-permitted = N'eo ket aotreet an obererezh-mañ
login-disabled = Diweredekaet eo ho kont evit ar mare
login-unconfirmed = N'eo ket bet kadarnaet chomlec'h postel ho kont
login-pending-approval = Emañ ho kont o c'hortoz bezañ aprouet
record-not-found = N'eo ket bet kavet an enrolladenn
validation-failed = C'hwitet eo ar gwiriadur : { $errors }
    .bare = C'hwitet eo ar gwiriadur
duplicate-record = An enrolladenn-mañ a zo anezhi endeo
user-required = Ret eo bezañ dilesaet evit implijout an hentenn-mañ
rate-limited = Re a rekedoù
remote-fetch-failed = N'eus ket bet gallet kerc'hat ar roadennoù a-bell
remote-ssl-failed = N'eus ket bet gallet gwiriañ an testeni SSL a-bell
temporary-failure = Ur gudenn badennek a zo bet pa edo ar servijer o plediñ gant ho reked, klaskit en-dro, mar plij

invalid-date = Direizh eo an deiziad roet
record-invalid = Direizh eo an enrolladenn
client-credentials-required = Ret eo dilesa gant titouroù kennaskañ an arval evit implijout an hentenn-mañ
scope-forbidden = E-maez an tachennoù aotre roet emañ an obererezh-mañ
token-invalid = Direizh eo ar jedouer moned
token-expired = Deuet eo ar jedouer moned d'e dermen
token-revoked = Nullet eo bet ar jedouer moned
not-authorized = N'eo ket aotreet
pagination-invalid = Ret eo da dalvoudoù pajennañ `offset` ha `limit` bezañ pozitivel
confirmation-wrong-app = N'eo hegerz an hentenn-mañ nemet evit an arload en deus an implijer en em enskrivet gantañ er penn kentañ
confirmation-not-pending = N'eo hegerz an hentenn-mañ nemet e-keit ha ma vez ar chomlec'h postel o c'hortoz bezañ kadarnaet
update-conflict = Tabut e-pad an hizivadenn, klaskit en-dro, mar plij
media-type-unverified = N'eus ket bet gallet gwiriañ rizh restr ar media pellgarget
media-thumbnail-failed = Fazi en ur blediñ gant melvenn ar media pellgarget
media-in-use = Implijet eo ar restr media stag gant un embannadur evit ar mare
search-pagination-unauthenticated = N'eo ket skoret pajennañ an enklaskoù hep dilesa
search-resolve-unauthenticated = N'eo ket skoret hep dilesa an enklaskoù a ziskoulm danvezioù a-bell
csrf-unverified = N'haller ket gwiriañ hag-eñ eo gwirion ar jedouer CSRF.
self-follow = N'eo ket aotreet heuliañ ho kont hoc'h-unan
invite-invalid = N'eo ket talvoudek ar bedadenn-mañ
reply-target-missing = War a seblant n'eus ket eus an embannadur emaoc'h o klask respont dezhañ.
quote-target-missing = War a seblant n'eus ket eus an embannadur emaoc'h o klask ober un arroud anezhañ.
translation-quota-exceeded = Tremenet eo bet feurbarzh implijout ar gwazerezh troidigezh evit ar servijer a-bezh.
translation-rate-limited = Re a rekedoù a zo bet kaset d'ar gwazerezh troidigezh nevez zo.
domain-block-exists = Lakaet ho peus bevennoù strishoc'h war { $name } endeo.
    .bare = Lakaet ho peus bevennoù strishoc'h war an domani-mañ endeo.
unexpected-mentions = Kaset e vefe an embannadur da gontoù dic'hortoz
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Dianav eo ar sil : { $value }
        [origin] Dianav eo an orin : { $value }
        [status] Dianav eo ar statud : { $value }
        [order] Dianav eo an urzh renkañ : { $value }
       *[other] Dianav eo an talvoud : { $value }
    }
    .bare = Dianav eo talvoud an arventenn
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Fazi gwiriadur
