# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Egy paraméter hiányzik, vagy az értéke üres vagy érvénytelen: { $param }
    .bare = Egy paraméter hiányzik, vagy az értéke üres vagy érvénytelen
api-authentication-required = Ehhez az API-hoz hitelesített felhasználó szükséges
not-permitted = Ez a művelet nem engedélyezett
login-disabled = A bejelentkezés a fiókodba jelenleg le van tiltva
login-unconfirmed = A fiókodhoz még nem tartozik megerősített e-mail-cím
login-pending-approval = A fiókod jelenleg jóváhagyásra vár
record-not-found = A rekord nem található
validation-failed = Az érvényesítés nem sikerült: { $errors }
    .bare = Az érvényesítés nem sikerült
duplicate-record = Ismétlődő rekord
user-required = Ehhez a metódushoz hitelesített felhasználó szükséges
rate-limited = Túl sok kérés
remote-fetch-failed = A távoli adatokat nem sikerült lekérni
remote-ssl-failed = A távoli SSL-tanúsítványt nem sikerült ellenőrizni
temporary-failure = Átmeneti hiba történt a kérésed feldolgozása közben, próbáld újra

invalid-date = A megadott dátum érvénytelen
record-invalid = Érvénytelen rekord
client-credentials-required = Ehhez a metódushoz a kliens hitelesítő adataival történő hitelesítés szükséges
scope-forbidden = Ez a művelet kívül esik az engedélyezett hatókörökön
token-invalid = A hozzáférési token érvénytelen
token-expired = A hozzáférési token lejárt
token-revoked = A hozzáférési tokent visszavonták
not-authorized = Nincs jogosultságod
pagination-invalid = Az `offset` és a `limit` lapozási értéknek pozitívnak kell lennie
confirmation-wrong-app = Ez a metódus csak abban az alkalmazásban érhető el, amellyel a felhasználó eredetileg regisztrált
confirmation-not-pending = Ez a metódus csak addig érhető el, amíg az e-mail-cím megerősítésre vár
update-conflict = Ütközés történt a frissítés közben, próbáld újra
media-type-unverified = A feltöltött média fájltípusát nem sikerült ellenőrizni
media-thumbnail-failed = Hiba történt a feltöltött média bélyegképének feldolgozása közben
media-in-use = A médiamellékletet jelenleg egy bejegyzés használja
search-pagination-unauthenticated = A keresési találatok lapozása hitelesítés nélkül nem támogatott
search-resolve-unauthenticated = A távoli erőforrásokat feloldó keresések hitelesítés nélkül nem támogatottak
csrf-unverified = Nem sikerült ellenőrizni a CSRF-token hitelességét.
self-follow = A saját fiókodat nem követheted
invite-invalid = Ez a meghívó érvénytelen
reply-target-missing = Úgy tűnik, hogy a bejegyzés, amelyre válaszolni próbálsz, nem létezik.
quote-target-missing = Úgy tűnik, hogy a bejegyzés, amelyet idézni próbálsz, nem létezik.
translation-quota-exceeded = A fordítószolgáltatás kiszolgálószintű használati kerete kimerült.
translation-rate-limited = Az utóbbi időben túl sok kérés érkezett a fordítószolgáltatáshoz.
domain-block-exists = Erre a domainre már szigorúbb korlátozásokat állítottál be: { $name }.
    .bare = Erre a domainre már szigorúbb korlátozásokat állítottál be.
unexpected-mentions = A bejegyzést nem várt fiókok is megkapnák
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Ismeretlen szűrő: { $value }
        [origin] Ismeretlen eredet: { $value }
        [status] Ismeretlen állapot: { $value }
        [order] Ismeretlen rendezés: { $value }
       *[other] Ismeretlen érték: { $value }
    }
    .bare = Ismeretlen paraméterérték
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Érvényesítési hiba
