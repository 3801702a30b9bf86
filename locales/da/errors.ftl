# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = En parameter mangler, eller dens værdi er tom eller ugyldig: { $param }
    .bare = En parameter mangler, eller dens værdi er tom eller ugyldig
api-authentication-required = Denne API kræver en indlogget bruger
not-permitted = Denne handling er ikke tilladt
login-disabled = Dit login er i øjeblikket deaktiveret
login-unconfirmed = Dit login mangler en bekræftet e-mailadresse
login-pending-approval = Dit login afventer i øjeblikket godkendelse
record-not-found = Posten blev ikke fundet
validation-failed = Valideringen mislykkedes: { $errors }
    .bare = Valideringen mislykkedes
duplicate-record = Posten findes allerede
user-required = Denne metode kræver en indlogget bruger
rate-limited = For mange anmodninger
remote-fetch-failed = Data fra fjernserveren kunne ikke hentes
remote-ssl-failed = Fjernserverens SSL-certifikat kunne ikke verificeres
temporary-failure = Der opstod et midlertidigt problem under behandlingen af din anmodning. Forsøg igen

invalid-date = Den angivne dato er ugyldig
record-invalid = Posten er ugyldig
client-credentials-required = Denne metode kræver autentificering med klientoplysninger (client credentials)
scope-forbidden = Denne handling ligger uden for det autoriserede omfang
token-invalid = Adgangstokenet er ugyldigt
token-expired = Adgangstokenet er udløbet
token-revoked = Adgangstokenet er blevet tilbagekaldt
not-authorized = Ikke autoriseret
pagination-invalid = Pagineringsværdierne for `offset` og `limit` skal være positive
confirmation-wrong-app = Denne metode er kun tilgængelig for den app, brugeren oprindeligt tilmeldte sig med
confirmation-not-pending = Denne metode er kun tilgængelig, mens e-mailadressen afventer bekræftelse
update-conflict = Konflikt under opdateringen. Forsøg igen
media-type-unverified = Filtypen på det uploadede medie kunne ikke verificeres
media-thumbnail-failed = Fejl under behandling af miniaturebilledet til det uploadede medie
media-in-use = Den vedhæftede mediefil bruges i øjeblikket i et indlæg
search-pagination-unauthenticated = Paginering af søgeresultater understøttes ikke, når man ikke er logget ind
search-resolve-unauthenticated = Søgninger, der slår ressourcer op på andre servere, understøttes ikke, når man ikke er logget ind
csrf-unverified = CSRF-tokenets ægthed kan ikke verificeres.
self-follow = Det er ikke tilladt at følge sin egen konto
invite-invalid = Denne invitation er ikke gyldig
reply-target-missing = Det indlæg, du prøver at svare på, ser ikke ud til at eksistere.
quote-target-missing = Det indlæg, du prøver at citere, ser ikke ud til at eksistere.
translation-quota-exceeded = Serverens samlede forbrugskvote for oversættelsestjenesten er opbrugt.
translation-rate-limited = Der har for nylig været for mange anmodninger til oversættelsestjenesten.
domain-block-exists = Du har allerede indført strengere begrænsninger for { $name }.
    .bare = Du har allerede indført strengere begrænsninger for dette domæne.
unexpected-mentions = Indlægget ville blive sendt til uventede konti
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Ukendt filter: { $value }
        [origin] Ukendt oprindelse: { $value }
        [status] Ukendt status: { $value }
        [order] Ukendt rækkefølge: { $value }
       *[other] Ukendt værdi: { $value }
    }
    .bare = Ukendt parameterværdi
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Valideringsfejl
