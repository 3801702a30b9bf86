# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parameter ontbreekt of de waarde is leeg of ongeldig: { $param }
    .bare = Een parameter ontbreekt of de waarde ervan is leeg of ongeldig
api-authentication-required = Voor deze API moet je ingelogd zijn
not-permitted = Deze actie is niet toegestaan
login-disabled = Inloggen is voor je account momenteel uitgeschakeld
login-unconfirmed = Je account heeft nog geen bevestigd e-mailadres
login-pending-approval = Je account wacht momenteel op goedkeuring
record-not-found = Record niet gevonden
validation-failed = Validatie mislukt: { $errors }
    .bare = Validatie mislukt
duplicate-record = Dubbel record
user-required = Voor deze methode moet je ingelogd zijn
rate-limited = Te veel verzoeken
remote-fetch-failed = Externe gegevens konden niet worden opgehaald
remote-ssl-failed = Het SSL-certificaat van de externe server kon niet worden geverifieerd
temporary-failure = Er is een tijdelijk probleem opgetreden bij het verwerken van je verzoek, probeer het opnieuw

invalid-date = Ongeldige datum opgegeven
record-invalid = Ongeldig record
client-credentials-required = Voor deze methode is authenticatie met clientgegevens vereist
scope-forbidden = Deze actie valt buiten de geautoriseerde scopes
token-invalid = Het toegangstoken is ongeldig
token-expired = Het toegangstoken is verlopen
token-revoked = Het toegangstoken is ingetrokken
not-authorized = Niet geautoriseerd
pagination-invalid = Pagineringswaarden voor `offset` en `limit` moeten positief zijn
confirmation-wrong-app = Deze methode is alleen beschikbaar voor de app waarmee de gebruiker zich oorspronkelijk heeft geregistreerd
confirmation-not-pending = Deze methode is alleen beschikbaar zolang het e-mailadres op bevestiging wacht
update-conflict = Conflict tijdens het bijwerken, probeer het opnieuw
media-type-unverified = Het bestandstype van de geüploade media kon niet worden geverifieerd
media-thumbnail-failed = Fout bij het verwerken van de miniatuur van de geüploade media
media-in-use = De mediabijlage wordt momenteel door een bericht gebruikt
search-pagination-unauthenticated = Paginering van zoekresultaten wordt zonder authenticatie niet ondersteund
search-resolve-unauthenticated = Zoekopdrachten die externe bronnen opvragen, worden zonder authenticatie niet ondersteund
csrf-unverified = Kan de echtheid van het CSRF-token niet verifiëren.
self-follow = Het is niet toegestaan je eigen account te volgen
invite-invalid = Deze uitnodiging is ongeldig
reply-target-missing = Het bericht waarop je probeert te reageren, lijkt niet te bestaan.
quote-target-missing = Het bericht dat je probeert te citeren, lijkt niet te bestaan.
translation-quota-exceeded = Het serverbrede gebruiksquotum voor de vertaaldienst is overschreden.
translation-rate-limited = Er zijn de laatste tijd te veel verzoeken naar de vertaaldienst gestuurd.
domain-block-exists = Je hebt al strengere beperkingen ingesteld voor { $name }.
    .bare = Je hebt al strengere beperkingen ingesteld voor dit domein.
unexpected-mentions = Het bericht zou naar onverwachte accounts worden verstuurd
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Onbekend filter: { $value }
        [origin] Onbekende herkomst: { $value }
        [status] Onbekende status: { $value }
        [order] Onbekende volgorde: { $value }
       *[other] Onbekende waarde: { $value }
    }
    .bare = Onbekende parameterwaarde
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Validatiefout
