# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parametre kêm e, an jî nirxa wê vala yan nederbasdar e: { $param }
    .bare = Parametre kêm e, an jî nirxa wê vala yan nederbasdar e
api-authentication-required = Ev API bikarhênerekî rastandî dixwaze
not-permitted = Ev çalakî ne destûrdayî ye
login-disabled = Têketina te niha neçalak e
login-unconfirmed = Ji bo têketina te navnîşaneke e-nameyê ya piştrastkirî tune ye
login-pending-approval = Têketina te niha li benda pejirandinê ye
record-not-found = Tomar nehate dîtin
validation-failed = Kontrola daneyan bi ser neket: { $errors }
    .bare = Kontrola daneyan bi ser neket
duplicate-record = Tomar dubare ye
user-required = Ev rêbaz bikarhênerekî rastandî dixwaze
rate-limited = Daxwaz pir zêde ne
remote-fetch-failed = Daneyên ji dûr ve nehatin wergirtin
remote-ssl-failed = Sertîfîkaya SSL ya rajekara dûr nehate piştrastkirin
temporary-failure = Di bersivdana daxwaza te de pirsgirêkeke demkî çêbû, ji kerema xwe dîsa biceribîne

invalid-date = Dîroka hatî dayîn ne derbasdar e
record-invalid = Tomar ne derbasdar e
client-credentials-required = Ev rêbaz rastandina bi bawernameyên rajegir dixwaze
scope-forbidden = Ev çalakî li derveyî berfirehiyên destûrdayî ye
token-invalid = Nîşana gihîştinê ne derbasdar e
token-expired = Dema nîşana gihîştinê derbas bûye
token-revoked = Nîşana gihîştinê hatiye betalkirin
not-authorized = Destûr tune ye
pagination-invalid = Nirxên rûpelkirinê yên `offset` û `limit` divê erênî bin
confirmation-wrong-app = Ev rêbaz tenê ji bo wê sepanê berdest e ku bikarhêner di destpêkê de pê tomar bûye
confirmation-not-pending = Ev rêbaz tenê dema ku e-name li benda piştrastkirinê be berdest e
update-conflict = Di dema nûkirinê de nakokî çêbû, ji kerema xwe dîsa biceribîne
media-type-unverified = Cureyê pelê medyaya barkirî nehate piştrastkirin
media-thumbnail-failed = Di pêvajokirina wêneyê biçûk ê medyaya barkirî de çewtî çêbû
media-in-use = Ev pêveka medyayê niha di şandiyekê de tê bikaranîn
search-pagination-unauthenticated = Bêyî rastandinê, rûpelkirina encamên lêgerînê nayê piştgirîkirin
search-resolve-unauthenticated = Bêyî rastandinê, lêgerînên ku çavkaniyên li rajekarên din dibînin nayên piştgirîkirin
csrf-unverified = Resenbûna nîşana CSRF nayê piştrastkirin.
self-follow = Şopandina ajimêrê xwe ne destûrdayî ye
invite-invalid = Ev vexwendin ne derbasdar e
reply-target-missing = Wisa xuya dike ku şandiya ku tu dixwazî bersiva wê bidî tune ye.
quote-target-missing = Wisa xuya dike ku şandiya ku tu dixwazî neqil bikî tune ye.
translation-quota-exceeded = Kotaya bikaranînê ya tevahiya rajekarê ji bo karûbarê wergerê hatiye derbaskirin.
translation-rate-limited = Di demên dawî de pir zêde daxwaz ji karûbarê wergerê re hatine şandin.
domain-block-exists = Te berê sînorên hişktir li ser { $name } danîne.
    .bare = Te berê sînorên hişktir li ser vê navperê danîne.
unexpected-mentions = Şandî dê ji ajimêrên nepêşbînîkirî re bihata şandin
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Parzûna nenas: { $value }
        [origin] Jêdera nenas: { $value }
        [status] Rewşa nenas: { $value }
        [order] Rêzkirina nenas: { $value }
       *[other] Nirxa nenas: { $value }
    }
    .bare = Nirxa parametreyê nenas e
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Daxwaz ne derbasdar e
