# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Požiadavka neobsahuje povinný parameter, obsahuje nepodporovanú hodnotu parametra alebo je inak chybne zostavená.
invalid-request-missing-param = Chýba povinný parameter: { $value }.
    .bare = Chýba povinný parameter.
invalid-request-not-authorized = Požiadavka musí byť autorizovaná. Povinný parameter na autorizáciu požiadavky chýba alebo je neplatný.
invalid-client = Overenie klienta zlyhalo, pretože klient je neznámy, overenie klienta chýba alebo metóda overenia nie je podporovaná.
invalid-grant = Poskytnuté autorizačné oprávnenie je neplatné, jeho platnosť vypršala, bolo odvolané, nezhoduje sa s presmerovacou URI použitou v autorizačnej požiadavke alebo bolo vydané inému klientovi.
unauthorized-client = Klient nemá oprávnenie vykonať túto požiadavku touto metódou.
unsupported-grant-type = Autorizačný server nepodporuje tento typ autorizačného oprávnenia.
invalid-scope = Požadovaný rozsah je neplatný, neznámy alebo chybne zostavený.
access-denied = Vlastník zdroja alebo autorizačný server požiadavku zamietol.
unsupported-response-type = Autorizačný server nepodporuje tento typ odpovede.
invalid-redirect-uri = Zadaná presmerovacia URI nie je platná.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Autorizačný server nepodporuje PKCE, pretože nemá povolené žiadne hodnoty code_challenge_method.
        [one] Parameter code_challenge_method musí mať hodnotu { $methods }.
        [few] Parameter code_challenge_method musí mať jednu z hodnôt { $methods }.
        [many] Parameter code_challenge_method musí mať jednu z hodnôt { $methods }.
       *[other] Parameter code_challenge_method musí mať jednu z hodnôt { $methods }.
    }
    .bare = Autorizačný server nepodporuje zadanú hodnotu code_challenge_method.
server-error = Autorizačný server narazil na neočakávanú situáciu, ktorá mu zabránila požiadavku vybaviť.
temporarily-unavailable = Autorizačný server momentálne nemôže požiadavku spracovať pre dočasné preťaženie alebo údržbu servera.
revoke-unauthorized = Nemáš oprávnenie odvolať tento token
insufficient-scope = Prístup k tomuto zdroju vyžaduje rozsah „{ $scopes }“.
    .bare = Prístup k tomuto zdroju vyžaduje širší rozsah.
