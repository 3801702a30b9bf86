# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parametr chybí nebo je jeho hodnota prázdná či neplatná: { $param }
    .bare = Parametr chybí nebo je jeho hodnota prázdná či neplatná
api-authentication-required = Toto API vyžaduje přihlášeného uživatele
not-permitted = Tato akce není povolena
login-disabled = Přihlašování k vašemu účtu je momentálně zakázáno
login-unconfirmed = Vašemu účtu chybí potvrzená e-mailová adresa
login-pending-approval = Váš účet momentálně čeká na schválení
record-not-found = Záznam nebyl nalezen
validation-failed = Validace se nezdařila: { $errors }
    .bare = Validace se nezdařila
duplicate-record = Duplicitní záznam
user-required = Tato metoda vyžaduje přihlášeného uživatele
rate-limited = Příliš mnoho požadavků
remote-fetch-failed = Vzdálená data se nepodařilo načíst
remote-ssl-failed = Vzdálený SSL certifikát se nepodařilo ověřit
temporary-failure = Při zpracování vašeho požadavku došlo k dočasnému problému, zkuste to prosím znovu

invalid-date = Bylo zadáno neplatné datum
record-invalid = Neplatný záznam
client-credentials-required = Tato metoda vyžaduje ověření pomocí přihlašovacích údajů klienta
scope-forbidden = Tato akce je mimo autorizovaný rozsah oprávnění
token-invalid = Přístupový token je neplatný
token-expired = Platnost přístupového tokenu vypršela
token-revoked = Přístupový token byl odvolán
not-authorized = Nemáte oprávnění
pagination-invalid = Hodnoty stránkování `offset` a `limit` musí být kladné
confirmation-wrong-app = Tato metoda je dostupná pouze pro aplikaci, přes kterou se uživatel původně zaregistroval
confirmation-not-pending = Tato metoda je dostupná pouze v době, kdy e-mail čeká na potvrzení
update-conflict = Při aktualizaci došlo ke konfliktu, zkuste to prosím znovu
media-type-unverified = Typ souboru nahraného média se nepodařilo ověřit
media-thumbnail-failed = Při zpracování náhledu nahraného média došlo k chybě
media-in-use = Mediální příloha je momentálně použita v příspěvku
search-pagination-unauthenticated = Stránkování výsledků vyhledávání není bez přihlášení podporováno
search-resolve-unauthenticated = Vyhledávání, které dohledává vzdálené zdroje, není bez přihlášení podporováno
csrf-unverified = Nelze ověřit pravost tokenu CSRF.
self-follow = Sledování vlastního účtu není povoleno
invite-invalid = Tato pozvánka není platná
reply-target-missing = Příspěvek, na který se snažíte odpovědět, zřejmě neexistuje.
quote-target-missing = Příspěvek, který se snažíte citovat, zřejmě neexistuje.
translation-quota-exceeded = Kvóta využití překladové služby pro celý server byla vyčerpána.
translation-rate-limited = Na překladovou službu bylo v poslední době odesláno příliš mnoho požadavků.
domain-block-exists = Pro doménu { $name } již máte nastavena přísnější omezení.
    .bare = Pro tuto doménu již máte nastavena přísnější omezení.
unexpected-mentions = Příspěvek by byl odeslán neočekávaným účtům
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Neznámý filtr: { $value }
        [origin] Neznámý původ: { $value }
        [status] Neznámý stav: { $value }
        [order] Neznámé řazení: { $value }
       *[other] Neznámá hodnota: { $value }
    }
    .bare = Neznámá hodnota parametru
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Chyba validace
