# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = ’n Parameter ontbreek, of die waarde daarvan is leeg of ongeldig: { $param }
    .bare = ’n Parameter ontbreek, of die waarde daarvan is leeg of ongeldig
api-authentication-required = Hierdie API vereis ’n gewaarmerkte gebruiker
not-permitted = Hierdie handeling word nie toegelaat nie
login-disabled = Aanmelding is tans vir jou rekening gedeaktiveer
login-unconfirmed = Jou rekening het nog geen bevestigde e-posadres nie
login-pending-approval = Jou rekening wag tans op goedkeuring
record-not-found = Rekord nie gevind nie
validation-failed = Validering het misluk: { $errors }
    .bare = Validering het misluk
duplicate-record = Duplikaatrekord
user-required = Hierdie metode vereis ’n gewaarmerkte gebruiker
rate-limited = Te veel versoeke
remote-fetch-failed = Afgeleë data kon nie opgehaal word nie
remote-ssl-failed = Die afgeleë SSL-sertifikaat kon nie geverifieer word nie
temporary-failure = Daar was ’n tydelike probleem met die hantering van jou versoek; probeer asseblief weer

invalid-date = ’n Ongeldige datum is verskaf
record-invalid = Ongeldige rekord
client-credentials-required = Hierdie metode vereis waarmerking met kliëntbewyse
scope-forbidden = Hierdie handeling val buite die gemagtigde omvange
token-invalid = Die toegangstoken is ongeldig
token-expired = Die toegangstoken het verval
token-revoked = Die toegangstoken is herroep
not-authorized = Nie gemagtig nie
pagination-invalid = Pagineringswaardes vir `offset` en `limit` moet positief wees
confirmation-wrong-app = Hierdie metode is slegs beskikbaar vir die toepassing waarmee die gebruiker oorspronklik geregistreer het
confirmation-not-pending = Hierdie metode is slegs beskikbaar terwyl die e-posadres nog op bevestiging wag
update-conflict = Konflik tydens bywerking; probeer asseblief weer
media-type-unverified = Die lêertipe van die opgelaaide media kon nie geverifieer word nie
media-thumbnail-failed = Fout tydens die verwerking van die duimnaelskets vir die opgelaaide media
media-in-use = Die media-aanhegsel word tans deur ’n plasing gebruik
search-pagination-unauthenticated = Paginering van soekresultate word nie sonder waarmerking ondersteun nie
search-resolve-unauthenticated = Soektogte wat afgeleë hulpbronne opspoor, word nie sonder waarmerking ondersteun nie
csrf-unverified = Kan nie die egtheid van die CSRF-token verifieer nie.
self-follow = Jy mag nie jou eie rekening volg nie
invite-invalid = Hierdie uitnodiging is ongeldig
reply-target-missing = Dit lyk nie of die plasing waarop jy probeer antwoord, bestaan nie.
quote-target-missing = Dit lyk nie of die plasing wat jy probeer aanhaal, bestaan nie.
translation-quota-exceeded = Die bedienerwye gebruikskwota vir die vertaaldiens is oorskry.
translation-rate-limited = Daar was onlangs te veel versoeke aan die vertaaldiens.
domain-block-exists = Jy het reeds strenger beperkings op { $name } geplaas.
    .bare = Jy het reeds strenger beperkings op hierdie domein geplaas.
unexpected-mentions = Die plasing sou na onverwagte rekeninge gestuur word
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Onbekende filter: { $value }
        [origin] Onbekende oorsprong: { $value }
        [status] Onbekende status: { $value }
        [order] Onbekende volgorde: { $value }
       *[other] Onbekende waarde: { $value }
    }
    .bare = Onbekende parameterwaarde
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Valideringsfout
