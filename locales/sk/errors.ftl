# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parameter chýba alebo má prázdnu či neplatnú hodnotu: { $param }
    .bare = Parameter chýba alebo má prázdnu či neplatnú hodnotu
api-authentication-required = Toto API vyžaduje prihláseného používateľa
not-permitted = Táto akcia nie je povolená
login-disabled = Prihlasovanie do tvojho účtu je momentálne zakázané
login-unconfirmed = Tvojmu účtu chýba potvrdená e-mailová adresa
login-pending-approval = Tvoj účet momentálne čaká na schválenie
record-not-found = Záznam sa nenašiel
validation-failed = Overenie údajov zlyhalo: { $errors }
    .bare = Overenie údajov zlyhalo
duplicate-record = Duplicitný záznam
user-required = Táto metóda vyžaduje prihláseného používateľa
rate-limited = Príliš veľa požiadaviek
remote-fetch-failed = Údaje zo vzdialeného servera sa nepodarilo získať
remote-ssl-failed = Certifikát SSL vzdialeného servera sa nepodarilo overiť
temporary-failure = Pri vybavovaní tvojej požiadavky nastal dočasný problém, skús to, prosím, znova

invalid-date = Bol zadaný neplatný dátum
record-invalid = Neplatný záznam
client-credentials-required = Táto metóda vyžaduje overenie pomocou prístupových údajov klienta
scope-forbidden = Táto akcia je mimo autorizovaných rozsahov
token-invalid = Prístupový token je neplatný
token-expired = Platnosť prístupového tokenu vypršala
token-revoked = Prístupový token bol odvolaný
not-authorized = Neoprávnený prístup
pagination-invalid = Hodnoty stránkovania `offset` a `limit` musia byť kladné
confirmation-wrong-app = Táto metóda je dostupná iba pre aplikáciu, cez ktorú sa používateľ pôvodne zaregistroval
confirmation-not-pending = Táto metóda je dostupná, len kým e-mailová adresa čaká na potvrdenie
update-conflict = Pri aktualizácii došlo ku konfliktu, skús to, prosím, znova
media-type-unverified = Typ súboru nahraného média sa nepodarilo overiť
media-thumbnail-failed = Pri spracovaní náhľadu nahraného média nastala chyba
media-in-use = Mediálna príloha je momentálne použitá v príspevku
search-pagination-unauthenticated = Stránkovanie výsledkov vyhľadávania nie je bez prihlásenia podporované
search-resolve-unauthenticated = Vyhľadávanie, ktoré dohľadáva vzdialené zdroje, nie je bez prihlásenia podporované
csrf-unverified = Pravosť tokenu CSRF sa nedá overiť.
self-follow = Sledovať vlastný účet nie je povolené
invite-invalid = Táto pozvánka nie je platná
reply-target-missing = Zdá sa, že príspevok, na ktorý sa pokúšaš odpovedať, neexistuje.
quote-target-missing = Zdá sa, že príspevok, ktorý sa pokúšaš citovať, neexistuje.
translation-quota-exceeded = Bol prekročený limit používania prekladovej služby pre celý server.
translation-rate-limited = Na prekladovú službu bolo v poslednom čase odoslaných príliš veľa požiadaviek.
domain-block-exists = Pre doménu { $name } už máš nastavené prísnejšie obmedzenia.
    .bare = Pre túto doménu už máš nastavené prísnejšie obmedzenia.
unexpected-mentions = Príspevok by bol odoslaný neočakávaným účtom
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Neznámy filter: { $value }
        [origin] Neznámy pôvod: { $value }
        [status] Neznámy stav: { $value }
        [order] Neznáme zoradenie: { $value }
       *[other] Neznáma hodnota: { $value }
    }
    .bare = Neznáma hodnota parametra
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Chyba pri overovaní údajov
