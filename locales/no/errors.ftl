# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parameteren mangler, eller verdien er tom eller ugyldig: { $param }
    .bare = En parameter mangler, eller verdien er tom eller ugyldig
api-authentication-required = Dette API-et krever en innlogget bruker
not-permitted = Denne handlingen er ikke tillatt
login-disabled = Innlogging er for øyeblikket deaktivert for kontoen din
login-unconfirmed = Kontoen din mangler en bekreftet e-postadresse
login-pending-approval = Kontoen din venter for øyeblikket på godkjenning
record-not-found = Oppføringen ble ikke funnet
validation-failed = Valideringen mislyktes: { $errors }
    .bare = Valideringen mislyktes
duplicate-record = Oppføringen finnes allerede
user-required = Denne metoden krever en innlogget bruker
rate-limited = For mange forespørsler
remote-fetch-failed = Kunne ikke hente eksterne data
remote-ssl-failed = Kunne ikke verifisere det eksterne SSL-sertifikatet
temporary-failure = Det oppstod et midlertidig problem under behandlingen av forespørselen din – prøv igjen

invalid-date = Den oppgitte datoen er ugyldig
record-invalid = Ugyldig oppføring
client-credentials-required = Denne metoden krever autentisering med klientlegitimasjon
scope-forbidden = Denne handlingen ligger utenfor det autoriserte tilgangsomfanget
token-invalid = Tilgangstokenet er ugyldig
token-expired = Tilgangstokenet har utløpt
token-revoked = Tilgangstokenet er tilbakekalt
not-authorized = Ikke autorisert
pagination-invalid = Pagineringsverdiene for `offset` og `limit` må være positive
confirmation-wrong-app = Denne metoden er bare tilgjengelig for appen brukeren opprinnelig registrerte seg med
confirmation-not-pending = Denne metoden er bare tilgjengelig mens e-postadressen venter på bekreftelse
update-conflict = Det oppstod en konflikt under oppdateringen – prøv igjen
media-type-unverified = Kunne ikke verifisere filtypen til det opplastede mediet
media-thumbnail-failed = Feil under behandling av miniatyrbildet til det opplastede mediet
media-in-use = Medievedlegget brukes allerede i et innlegg
search-pagination-unauthenticated = Paginering av søkeresultater støttes ikke uten innlogging
search-resolve-unauthenticated = Søk som slår opp eksterne ressurser, støttes ikke uten innlogging
csrf-unverified = Kan ikke verifisere ektheten til CSRF-tokenet.
self-follow = Det er ikke tillatt å følge din egen konto
invite-invalid = Denne invitasjonen er ikke gyldig
reply-target-missing = Innlegget du prøver å svare på, ser ikke ut til å finnes.
quote-target-missing = Innlegget du prøver å sitere, ser ikke ut til å finnes.
translation-quota-exceeded = Serverens felles brukskvote for oversettelsestjenesten er overskredet.
translation-rate-limited = Det har vært for mange forespørsler til oversettelsestjenesten i det siste.
domain-block-exists = Du har allerede innført strengere begrensninger for { $name }.
    .bare = Du har allerede innført strengere begrensninger for dette domenet.
unexpected-mentions = Innlegget ville blitt sendt til uventede kontoer
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Ukjent filter: { $value }
        [origin] Ukjent opprinnelse: { $value }
        [status] Ukjent status: { $value }
        [order] Ukjent rekkefølge: { $value }
       *[other] Ukjent verdi: { $value }
    }
    .bare = Ukjent parameterverdi
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Valideringsfeil
