# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Ein parameter manglar, eller verdien er tom eller ugyldig: { $param }
    .bare = Ein parameter manglar, eller verdien er tom eller ugyldig
api-authentication-required = Dette API-et krev ein innlogga brukar
not-permitted = Denne handlinga er ikkje tillaten
login-disabled = Innlogginga di er deaktivert for tida
login-unconfirmed = Innlogginga di manglar ei stadfesta e-postadresse
login-pending-approval = Innlogginga di ventar på godkjenning
record-not-found = Fann ikkje oppføringa
validation-failed = Valideringa feila: { $errors }
    .bare = Valideringa feila
duplicate-record = Oppføringa finst frå før
user-required = Denne metoden krev ein innlogga brukar
rate-limited = For mange førespurnader
remote-fetch-failed = Kunne ikkje hente eksterne data
remote-ssl-failed = Kunne ikkje verifisere SSL-sertifikatet til den eksterne tenaren
temporary-failure = Det oppstod eit mellombels problem med å handsame førespurnaden din. Prøv igjen

invalid-date = Ugyldig dato
record-invalid = Ugyldig oppføring
client-credentials-required = Denne metoden krev autentisering med klientlegitimasjon
scope-forbidden = Denne handlinga er utanfor dei autoriserte skopa
token-invalid = Tilgangsbeviset er ugyldig
token-expired = Tilgangsbeviset har gått ut
token-revoked = Tilgangsbeviset er trekt tilbake
not-authorized = Ikkje autorisert
pagination-invalid = Sideinndelingsverdiane `offset` og `limit` må vere positive
confirmation-wrong-app = Denne metoden er berre tilgjengeleg for appen som brukaren opphavleg registrerte seg med
confirmation-not-pending = Denne metoden er berre tilgjengeleg medan e-postadressa ventar på stadfesting
update-conflict = Konflikt under oppdateringa. Prøv igjen
media-type-unverified = Kunne ikkje verifisere filtypen til den opplasta mediefila
media-thumbnail-failed = Feil ved handsaming av miniatyrbiletet til den opplasta mediefila
media-in-use = Mediavedlegget er i bruk i eit innlegg
search-pagination-unauthenticated = Sideinndeling av søk er ikkje støtta utan innlogging
search-resolve-unauthenticated = Søk som hentar inn eksterne ressursar, er ikkje støtta utan innlogging
csrf-unverified = Kan ikkje verifisere at CSRF-tokenet er ekte.
self-follow = Det er ikkje lov å fylgje din eigen konto
invite-invalid = Denne invitasjonen er ikkje gyldig
reply-target-missing = Innlegget du prøver å svare på, ser ikkje ut til å finnast.
quote-target-missing = Innlegget du prøver å sitere, ser ikkje ut til å finnast.
translation-quota-exceeded = Brukskvoten til omsetjingstenesta for heile tenaren er overskriden.
translation-rate-limited = Omsetjingstenesta har fått for mange førespurnader i det siste.
domain-block-exists = Du har alt innført strengare avgrensingar for { $name }.
    .bare = Du har alt innført strengare avgrensingar for dette domenet.
unexpected-mentions = Innlegget ville bli sendt til uventa kontoar
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Ukjent filter: { $value }
        [origin] Ukjent opphav: { $value }
        [status] Ukjent status: { $value }
        [order] Ukjent sortering: { $value }
       *[other] Ukjent verdi: { $value }
    }
    .bare = Ukjent parameterverdi
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Valideringsfeil
