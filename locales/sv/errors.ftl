# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parametern saknas eller har ett tomt eller ogiltigt värde: { $param }
    .bare = En parameter saknas eller har ett tomt eller ogiltigt värde
api-authentication-required = Detta API kräver en autentiserad användare
not-permitted = Den här åtgärden är inte tillåten
login-disabled = Inloggning är för närvarande inaktiverad för ditt konto
login-unconfirmed = Ditt konto saknar en bekräftad e-postadress
login-pending-approval = Ditt konto väntar för närvarande på godkännande
record-not-found = Posten hittades inte
validation-failed = Valideringen misslyckades: { $errors }
    .bare = Valideringen misslyckades
duplicate-record = Posten finns redan
user-required = Den här metoden kräver en autentiserad användare
rate-limited = För många förfrågningar
remote-fetch-failed = Data från fjärrservern kunde inte hämtas
remote-ssl-failed = Fjärrserverns SSL-certifikat kunde inte verifieras
temporary-failure = Ett tillfälligt problem uppstod när din begäran skulle hanteras, försök igen

invalid-date = Ogiltigt datum angivet
record-invalid = Ogiltig post
client-credentials-required = Den här metoden kräver autentisering med klientuppgifter
scope-forbidden = Den här åtgärden ligger utanför de auktoriserade omfattningarna
token-invalid = Åtkomsttoken är ogiltig
token-expired = Åtkomsttoken har gått ut
token-revoked = Åtkomsttoken har återkallats
not-authorized = Inte behörig
pagination-invalid = Pagineringsvärdena för `offset` och `limit` måste vara positiva
confirmation-wrong-app = Den här metoden är bara tillgänglig för appen som användaren ursprungligen registrerade sig med
confirmation-not-pending = Den här metoden är bara tillgänglig medan e-postadressen väntar på bekräftelse
update-conflict = Konflikt vid uppdatering, försök igen
media-type-unverified = Filtypen för den uppladdade mediefilen kunde inte verifieras
media-thumbnail-failed = Ett fel uppstod när miniatyrbilden för den uppladdade mediefilen bearbetades
media-in-use = Mediebilagan används för närvarande av ett inlägg
search-pagination-unauthenticated = Paginering av sökfrågor stöds inte utan autentisering
search-resolve-unauthenticated = Sökfrågor som slår upp fjärresurser stöds inte utan autentisering
csrf-unverified = CSRF-tokens äkthet kan inte verifieras.
self-follow = Det är inte tillåtet att följa ditt eget konto
invite-invalid = Den här inbjudan är inte giltig
reply-target-missing = Inlägget du försöker svara på verkar inte finnas.
quote-target-missing = Inlägget du försöker citera verkar inte finnas.
translation-quota-exceeded = Serverns gemensamma användningskvot för översättningstjänsten har överskridits.
translation-rate-limited = Det har nyligen gjorts för många förfrågningar till översättningstjänsten.
domain-block-exists = Du har redan infört strängare begränsningar för { $name }.
    .bare = Du har redan infört strängare begränsningar för den här domänen.
unexpected-mentions = Inlägget skulle skickas till oväntade konton
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Okänt filter: { $value }
        [origin] Okänt ursprung: { $value }
        [status] Okänd status: { $value }
        [order] Okänd sorteringsordning: { $value }
       *[other] Okänt värde: { $value }
    }
    .bare = Okänt parametervärde
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Valideringsfel
