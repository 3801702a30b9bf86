# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parametri puuttuu tai sen arvo on tyhjä tai virheellinen: { $param }
    .bare = Parametri puuttuu tai sen arvo on tyhjä tai virheellinen
api-authentication-required = Tämä API vaatii kirjautuneen käyttäjän
not-permitted = Tämä toiminto ei ole sallittu
login-disabled = Kirjautuminen tilillesi on tällä hetkellä estetty
login-unconfirmed = Tililtäsi puuttuu vahvistettu sähköpostiosoite
login-pending-approval = Tilisi odottaa tällä hetkellä hyväksyntää
record-not-found = Tietuetta ei löytynyt
validation-failed = Tietojen tarkistus epäonnistui: { $errors }
    .bare = Tietojen tarkistus epäonnistui
duplicate-record = Tietue on jo olemassa
user-required = Tämä metodi vaatii kirjautuneen käyttäjän
rate-limited = Liian monta pyyntöä
remote-fetch-failed = Etätietoja ei voitu hakea
remote-ssl-failed = Etäpalvelimen SSL-varmennetta ei voitu todentaa
temporary-failure = Pyyntösi käsittelyssä ilmeni tilapäinen ongelma, yritä uudelleen

invalid-date = Annettu päivämäärä on virheellinen
record-invalid = Tietue on virheellinen
client-credentials-required = Tämä metodi vaatii todennuksen asiakassovelluksen tunnistetiedoilla
scope-forbidden = Tämä toiminto ei kuulu valtuutettuihin käyttöoikeuksiin
token-invalid = Käyttöoikeustunnus on virheellinen
token-expired = Käyttöoikeustunnus on vanhentunut
token-revoked = Käyttöoikeustunnus on mitätöity
not-authorized = Ei valtuutusta
pagination-invalid = Sivutusarvojen `offset` ja `limit` on oltava positiivisia
confirmation-wrong-app = Tämä metodi on vain sen sovelluksen käytettävissä, jonka kautta käyttäjä alun perin rekisteröityi
confirmation-not-pending = Tämä metodi on käytettävissä vain silloin, kun sähköpostiosoite odottaa vahvistusta
update-conflict = Päivityksen aikana tapahtui ristiriita, yritä uudelleen
media-type-unverified = Ladatun mediatiedoston tyyppiä ei voitu varmistaa
media-thumbnail-failed = Ladatun mediatiedoston pikkukuvan käsittely epäonnistui
media-in-use = Medialiite on jo käytössä julkaisussa
search-pagination-unauthenticated = Hakutulosten sivutusta ei tueta ilman kirjautumista
search-resolve-unauthenticated = Etäresursseja noutavia hakuja ei tueta ilman kirjautumista
csrf-unverified = CSRF-tunnisteen aitoutta ei voida varmistaa.
self-follow = Oman tilin seuraaminen ei ole sallittua
invite-invalid = Tämä kutsu ei ole voimassa
reply-target-missing = Julkaisua, johon yrität vastata, ei näytä olevan olemassa.
quote-target-missing = Julkaisua, jota yrität lainata, ei näytä olevan olemassa.
translation-quota-exceeded = Käännöspalvelun koko palvelinta koskeva käyttökiintiö on ylitetty.
translation-rate-limited = Käännöspalveluun on viime aikoina tehty liian monta pyyntöä.
domain-block-exists = Olet jo asettanut tiukemmat rajoitukset verkkotunnukselle { $name }.
    .bare = Olet jo asettanut tiukemmat rajoitukset tälle verkkotunnukselle.
unexpected-mentions = Julkaisu lähetettäisiin odottamattomille tileille
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Tuntematon suodatin: { $value }
        [origin] Tuntematon alkuperä: { $value }
        [status] Tuntematon tila: { $value }
        [order] Tuntematon järjestys: { $value }
       *[other] Tuntematon arvo: { $value }
    }
    .bare = Tuntematon parametriarvo
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Virheellinen pyyntö
