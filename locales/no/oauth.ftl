# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Forespørselen mangler en påkrevd parameter, inneholder en parameterverdi som ikke støttes, eller er feilformatert på annen måte.
invalid-request-missing-param = En påkrevd parameter mangler: { $value }.
    .bare = En påkrevd parameter mangler.
invalid-request-not-authorized = Forespørselen må være autorisert. En påkrevd parameter for å autorisere forespørselen mangler eller er ugyldig.
invalid-client = Klientautentiseringen mislyktes fordi klienten er ukjent, klientautentisering mangler eller autentiseringsmetoden ikke støttes.
invalid-grant = Den oppgitte autorisasjonstillatelsen er ugyldig, utløpt eller tilbakekalt, samsvarer ikke med omdirigerings-URI-en som ble brukt i autorisasjonsforespørselen, eller ble utstedt til en annen klient.
unauthorized-client = Klienten er ikke autorisert til å utføre denne forespørselen med denne metoden.
unsupported-grant-type = Autorisasjonsserveren støtter ikke denne typen autorisasjonstillatelse.
invalid-scope = Det forespurte tilgangsomfanget er ugyldig, ukjent eller feilformatert.
access-denied = Ressurseieren eller autorisasjonsserveren avslo forespørselen.
unsupported-response-type = Autorisasjonsserveren støtter ikke denne svartypen.
invalid-redirect-uri = Den oppgitte omdirigerings-URI-en er ugyldig.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Autorisasjonsserveren støtter ikke PKCE, siden den ikke godtar noen verdier for code_challenge_method.
        [one] Verdien for code_challenge_method må være { $methods }.
       *[other] Verdien for code_challenge_method må være én av { $methods }.
    }
    .bare = Autorisasjonsserveren støtter ikke den angitte verdien for code_challenge_method.
server-error = Autorisasjonsserveren støtte på en uventet feil som hindret den i å fullføre forespørselen.
temporarily-unavailable = Autorisasjonsserveren kan for øyeblikket ikke håndtere forespørselen på grunn av midlertidig overbelastning eller vedlikehold av serveren.
revoke-unauthorized = Du er ikke autorisert til å tilbakekalle dette tokenet
insufficient-scope = Tilgang til denne ressursen krever tilgangsomfanget «{ $scopes }».
    .bare = Tilgang til denne ressursen krever et bredere tilgangsomfang.
