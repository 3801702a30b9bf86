# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = A kérésből hiányzik egy kötelező paraméter, nem támogatott paraméterértéket tartalmaz, vagy más módon hibás formátumú.
invalid-request-missing-param = Hiányzó kötelező paraméter: { $value }.
    .bare = Hiányzik egy kötelező paraméter.
invalid-request-not-authorized = A kérést engedélyezni kell. A kérés engedélyezéséhez szükséges paraméter hiányzik vagy érvénytelen.
invalid-client = A kliens hitelesítése nem sikerült, mert a kliens ismeretlen, a kérés nem tartalmaz klienshitelesítést, vagy a hitelesítési módszer nem támogatott.
invalid-grant = A megadott engedélyezési jogosultság érvénytelen, lejárt vagy visszavont, nem egyezik az engedélyezési kérésben használt átirányítási URI-val, vagy egy másik kliens számára adták ki.
unauthorized-client = A kliens nem jogosult ezt a kérést ezzel a módszerrel végrehajtani.
unsupported-grant-type = Az engedélyezési kiszolgáló nem támogatja az engedélyezési jogosultság ilyen típusát.
invalid-scope = A kért hatókör érvénytelen, ismeretlen vagy hibás formátumú.
access-denied = Az erőforrás tulajdonosa vagy az engedélyezési kiszolgáló elutasította a kérést.
unsupported-response-type = Az engedélyezési kiszolgáló nem támogatja ezt a választípust.
invalid-redirect-uri = A megadott átirányítási URI érvénytelen.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Az engedélyezési kiszolgáló nem támogatja a PKCE használatát, mivel nincs elfogadott code_challenge_method érték.
        [one] A code_challenge_method értéke csak a következő lehet: { $methods }.
       *[other] A code_challenge_method értéke csak a következők egyike lehet: { $methods }.
    }
    .bare = Az engedélyezési kiszolgáló nem támogatja a megadott code_challenge_method értéket.
server-error = Az engedélyezési kiszolgálón váratlan hiba történt, amely megakadályozta a kérés teljesítését.
temporarily-unavailable = Az engedélyezési kiszolgáló átmeneti túlterhelés vagy karbantartás miatt jelenleg nem tudja kezelni a kérést.
revoke-unauthorized = Nincs jogosultságod ennek a tokennek a visszavonására
insufficient-scope = Az erőforrás eléréséhez a következő hatókör szükséges: „{ $scopes }”.
    .bare = Az erőforrás eléréséhez bővebb hatókör szükséges.
