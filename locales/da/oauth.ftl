# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Anmodningen mangler en påkrævet parameter, indeholder en parameterværdi, der ikke understøttes, eller er på anden måde forkert udformet.
invalid-request-missing-param = Påkrævet parameter mangler: { $value }.
    .bare = En påkrævet parameter mangler.
invalid-request-not-authorized = Anmodningen skal autoriseres. En påkrævet parameter til autorisation af anmodningen mangler eller er ugyldig.
invalid-client = Klientautentificeringen mislykkedes, fordi klienten er ukendt, ingen klientautentificering var medsendt, eller autentificeringsmetoden ikke understøttes.
invalid-grant = Den angivne autorisationstilladelse er ugyldig, udløbet eller tilbagekaldt, svarer ikke til den omdirigerings-URI, der blev brugt i autorisationsanmodningen, eller er udstedt til en anden klient.
unauthorized-client = Klienten er ikke autoriseret til at udføre denne anmodning med denne metode.
unsupported-grant-type = Autorisationsserveren understøtter ikke denne type autorisationstilladelse.
invalid-scope = Det anmodede omfang er ugyldigt, ukendt eller har et forkert format.
access-denied = Ressourceejeren eller autorisationsserveren har afvist anmodningen.
unsupported-response-type = Autorisationsserveren understøtter ikke denne svartype.
invalid-redirect-uri = Den medsendte omdirigerings-URI er ikke gyldig.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Autorisationsserveren understøtter ikke PKCE, da der ikke er nogen accepterede værdier for code_challenge_method.
        [one] Værdien af code_challenge_method skal være { $methods }.
       *[other] Værdien af code_challenge_method skal være én af følgende: { $methods }.
    }
    .bare = Autorisationsserveren understøtter ikke den angivne code_challenge_method.
server-error = Autorisationsserveren stødte på en uventet tilstand, som forhindrede den i at gennemføre anmodningen.
temporarily-unavailable = Autorisationsserveren kan i øjeblikket ikke håndtere anmodningen på grund af midlertidig overbelastning eller vedligeholdelse af serveren.
revoke-unauthorized = Du har ikke tilladelse til at tilbagekalde dette token
insufficient-scope = Adgang til denne ressource kræver omfanget »{ $scopes }«.
    .bare = Adgang til denne ressource kræver et bredere omfang.
