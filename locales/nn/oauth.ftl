# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Førespurnaden manglar ein påkravd parameter, inneheld ein parameterverdi som ikkje er støtta, eller er feilutforma på anna vis.
invalid-request-missing-param = Påkravd parameter manglar: { $value }.
    .bare = Ein påkravd parameter manglar.
invalid-request-not-authorized = Førespurnaden må autoriserast. Ein påkravd parameter for å autorisere førespurnaden manglar eller er ugyldig.
invalid-client = Klientautentiseringa feila: klienten er ukjent, klientautentisering manglar, eller autentiseringsmetoden er ikkje støtta.
invalid-grant = Autorisasjonsløyvet er ugyldig, har gått ut, er trekt tilbake, samsvarar ikkje med omdirigerings-URI-en som vart brukt i autorisasjonsførespurnaden, eller vart utferda til ein annan klient.
unauthorized-client = Klienten har ikkje løyve til å utføre denne førespurnaden med denne metoden.
unsupported-grant-type = Autorisasjonstenaren støttar ikkje denne typen autorisasjonsløyve.
invalid-scope = Det etterspurde skopet er ugyldig, ukjent eller feilutforma.
access-denied = Ressurseigaren eller autorisasjonstenaren avslo førespurnaden.
unsupported-response-type = Autorisasjonstenaren støttar ikkje denne svartypen.
invalid-redirect-uri = Omdirigerings-URI-en i førespurnaden er ikkje gyldig.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Autorisasjonstenaren støttar ikkje PKCE, sidan ingen verdiar for code_challenge_method er godtekne.
        [one] Verdien for code_challenge_method må vere { $methods }.
       *[other] Verdien for code_challenge_method må vere ein av { $methods }.
    }
    .bare = Autorisasjonstenaren støttar ikkje denne verdien for code_challenge_method.
server-error = Autorisasjonstenaren støytte på ein uventa tilstand som gjorde at førespurnaden ikkje kunne fullførast.
temporarily-unavailable = Autorisasjonstenaren kan ikkje handsame førespurnaden no på grunn av mellombels overbelastning eller vedlikehald av tenaren.
revoke-unauthorized = Du har ikkje løyve til å trekkje tilbake dette tilgangsbeviset
insufficient-scope = Tilgang til denne ressursen krev skopet «{ $scopes }».
    .bare = Tilgang til denne ressursen krev eit breiare skop.
