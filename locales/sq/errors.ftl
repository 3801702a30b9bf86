# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parametri mungon ose ka vlerë të zbrazët apo të pavlefshme: { $param }
    .bare = Një parametër mungon ose ka vlerë të zbrazët apo të pavlefshme
api-authentication-required = Ky API kërkon një përdorues të mirëfilltësuar
not-permitted = Ky veprim nuk lejohet
login-disabled = Hyrja në llogarinë tuaj aktualisht është e çaktivizuar
login-unconfirmed = Llogarisë suaj i mungon një adresë email e ripohuar
login-pending-approval = Llogaria juaj aktualisht është në pritje të miratimit
record-not-found = Objekti s’u gjet
validation-failed = Vleftësimi dështoi: { $errors }
    .bare = Vleftësimi dështoi
duplicate-record = Objekti ekziston tashmë
user-required = Kjo metodë kërkon një përdorues të mirëfilltësuar
rate-limited = Tepër kërkesa
remote-fetch-failed = Të dhënat e largëta s’u morën dot
remote-ssl-failed = Certifikata SSL e largët s’u verifikua dot
temporary-failure = Pati një problem të përkohshëm gjatë trajtimit të kërkesës suaj, ju lutemi, riprovoni

invalid-date = Data e dhënë është e pavlefshme
record-invalid = Objekt i pavlefshëm
client-credentials-required = Kjo metodë kërkon mirëfilltësim me kredenciale klienti
scope-forbidden = Ky veprim është jashtë fushëveprimeve të autorizuara
token-invalid = Token-i i hyrjes është i pavlefshëm
token-expired = Token-i i hyrjes ka skaduar
token-revoked = Token-i i hyrjes është shfuqizuar
not-authorized = Pa autorizim
pagination-invalid = Vlerat e ndarjes në faqe për `offset` dhe `limit` duhet të jenë pozitive
confirmation-wrong-app = Kjo metodë mund të përdoret vetëm nga aplikacioni përmes të cilit u regjistrua fillimisht përdoruesi
confirmation-not-pending = Kjo metodë mund të përdoret vetëm sa kohë që adresa email pret ripohimin
update-conflict = Konflikt gjatë përditësimit, ju lutemi, riprovoni
media-type-unverified = Lloji i kartelës së medias së ngarkuar s’u verifikua dot
media-thumbnail-failed = Gabim gjatë përpunimit të miniaturës për median e ngarkuar
media-in-use = Bashkëngjitja media aktualisht përdoret nga një postim
search-pagination-unauthenticated = Ndarja në faqe e përfundimeve të kërkimit nuk mbulohet pa mirëfilltësim
search-resolve-unauthenticated = Kërkimet që sjellin burime të largëta nuk mbulohen pa mirëfilltësim
csrf-unverified = S’verifikohet dot vërtetësia e token-it CSRF.
self-follow = Nuk lejohet të ndiqni llogarinë tuaj
invite-invalid = Kjo ftesë s’është e vlefshme
reply-target-missing = Postimi të cilit po përpiqeni t’i përgjigjeni duket se s’ekziston.
quote-target-missing = Postimi që po përpiqeni të citoni duket se s’ekziston.
translation-quota-exceeded = Kuota e përdorimit të shërbimit të përkthimit për krejt shërbyesin është tejkaluar.
translation-rate-limited = Kohët e fundit janë bërë tepër kërkesa te shërbimi i përkthimit.
domain-block-exists = Keni vendosur tashmë kufizime më të rrepta për { $name }.
    .bare = Keni vendosur tashmë kufizime më të rrepta për këtë përkatësi.
unexpected-mentions = Postimi do t’u dërgohej llogarive të papritura
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Filtër i panjohur: { $value }
        [origin] Origjinë e panjohur: { $value }
        [status] Gjendje e panjohur: { $value }
        [order] Renditje e panjohur: { $value }
       *[other] Vlerë e panjohur: { $value }
    }
    .bare = Vlerë parametri e panjohur
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Gabim vleftësimi
