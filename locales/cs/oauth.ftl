# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Požadavek postrádá povinný parametr, obsahuje nepodporovanou hodnotu parametru nebo má jinak chybný formát.
invalid-request-missing-param = Chybí povinný parametr: { $value }.
    .bare = Chybí povinný parametr.
invalid-request-not-authorized = Požadavek musí být autorizován. Povinný parametr pro autorizaci požadavku chybí nebo je neplatný.
invalid-client = Ověření klienta selhalo kvůli neznámému klientovi, chybějícímu ověření klienta nebo nepodporované metodě ověření.
invalid-grant = Poskytnutý autorizační grant je neplatný, vypršela jeho platnost, byl odvolán, neodpovídá URI přesměrování použitému v autorizačním požadavku nebo byl vydán jinému klientovi.
unauthorized-client = Klient nemá oprávnění provést tento požadavek touto metodou.
unsupported-grant-type = Autorizační server tento typ autorizačního grantu nepodporuje.
invalid-scope = Požadovaný rozsah oprávnění je neplatný, neznámý nebo má chybný formát.
access-denied = Vlastník prostředku nebo autorizační server požadavek zamítl.
unsupported-response-type = Autorizační server tento typ odpovědi nepodporuje.
invalid-redirect-uri = Uvedené URI přesměrování není platné.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Autorizační server nepodporuje PKCE, protože nepřijímá žádné hodnoty code_challenge_method.
        [1] Hodnota code_challenge_method musí být { $methods }.
        [one] Hodnota code_challenge_method musí být jednou z hodnot { $methods }.
        [few] Hodnota code_challenge_method musí být jednou z hodnot { $methods }.
        [many] Hodnota code_challenge_method musí být jednou z hodnot { $methods }.
       *[other] Hodnota code_challenge_method musí být jednou z hodnot { $methods }.
    }
    .bare = Autorizační server nepodporuje zadanou hodnotu code_challenge_method.
server-error = Autorizační server narazil na neočekávanou situaci, která mu zabránila požadavek vyřídit.
temporarily-unavailable = Autorizační server momentálně nemůže požadavek zpracovat kvůli dočasnému přetížení nebo údržbě serveru.
revoke-unauthorized = Nemáte oprávnění odvolat tento token
insufficient-scope = Přístup k tomuto prostředku vyžaduje rozsah oprávnění „{ $scopes }“.
    .bare = Přístup k tomuto prostředku vyžaduje širší rozsah oprávnění.
