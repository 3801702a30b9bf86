# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Het verzoek mist een vereiste parameter, bevat een niet-ondersteunde parameterwaarde of is op een andere manier onjuist opgemaakt.
invalid-request-missing-param = Vereiste parameter ontbreekt: { $value }.
    .bare = Er ontbreekt een vereiste parameter.
invalid-request-not-authorized = Het verzoek moet geautoriseerd zijn. Een vereiste parameter voor het autoriseren van het verzoek ontbreekt of is ongeldig.
invalid-client = Clientauthenticatie mislukt: de client is onbekend, er is geen clientauthenticatie meegestuurd of de authenticatiemethode wordt niet ondersteund.
invalid-grant = De opgegeven autorisatietoekenning is ongeldig, verlopen of ingetrokken, komt niet overeen met de redirect-URI die in het autorisatieverzoek is gebruikt, of is aan een andere client verstrekt.
unauthorized-client = De client is niet geautoriseerd om dit verzoek met deze methode uit te voeren.
unsupported-grant-type = De autorisatieserver ondersteunt dit type autorisatietoekenning niet.
invalid-scope = De gevraagde scope is ongeldig, onbekend of onjuist opgemaakt.
access-denied = De eigenaar van de bron of de autorisatieserver heeft het verzoek geweigerd.
unsupported-response-type = De autorisatieserver ondersteunt dit responstype niet.
invalid-redirect-uri = De meegestuurde redirect-URI is ongeldig.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] De autorisatieserver ondersteunt PKCE niet, omdat er geen geaccepteerde waarden voor code_challenge_method zijn.
        [one] De code_challenge_method moet { $methods } zijn.
       *[other] De code_challenge_method moet een van de volgende waarden zijn: { $methods }.
    }
    .bare = De autorisatieserver ondersteunt deze code_challenge_method niet.
server-error = De autorisatieserver stuitte op een onverwachte situatie waardoor het verzoek niet kon worden afgehandeld.
temporarily-unavailable = De autorisatieserver kan het verzoek momenteel niet verwerken door tijdelijke overbelasting of onderhoud van de server.
revoke-unauthorized = Je bent niet bevoegd om dit token in te trekken
insufficient-scope = Voor toegang tot deze bron is de scope “{ $scopes }” vereist.
    .bare = Voor toegang tot deze bron is een ruimere scope vereist.
