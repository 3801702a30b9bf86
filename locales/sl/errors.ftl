# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parameter manjka ali pa je njegova vrednost prazna ali neveljavna: { $param }
    .bare = Parameter manjka ali pa je njegova vrednost prazna ali neveljavna
api-authentication-required = Ta API zahteva prijavljenega uporabnika
not-permitted = To dejanje ni dovoljeno
login-disabled = Vaša prijava je trenutno onemogočena
login-unconfirmed = Vaša prijava še nima potrjenega e-poštnega naslova
login-pending-approval = Vaša prijava trenutno čaka na odobritev
record-not-found = Zapisa ni bilo mogoče najti
validation-failed = Preverjanje veljavnosti ni uspelo: { $errors }
    .bare = Preverjanje veljavnosti ni uspelo
duplicate-record = Podvojen zapis
user-required = Ta metoda zahteva prijavljenega uporabnika
rate-limited = Preveč zahtev
remote-fetch-failed = Oddaljenih podatkov ni bilo mogoče pridobiti
remote-ssl-failed = Oddaljenega potrdila SSL ni bilo mogoče preveriti
temporary-failure = Pri obdelavi vaše zahteve je prišlo do začasne težave, poskusite znova

invalid-date = Podani datum ni veljaven
record-invalid = Zapis ni veljaven
client-credentials-required = Ta metoda zahteva overjanje s poverilnicami odjemalca
scope-forbidden = To dejanje presega odobrene obsege dostopa
token-invalid = Žeton za dostop ni veljaven
token-expired = Žeton za dostop je potekel
token-revoked = Žeton za dostop je bil preklican
not-authorized = Niste pooblaščeni
pagination-invalid = Vrednosti za ostranjevanje, `offset` in `limit`, morata biti pozitivni
confirmation-wrong-app = Ta metoda je na voljo samo aplikaciji, prek katere se je uporabnik prvotno registriral
confirmation-not-pending = Ta metoda je na voljo samo, dokler e-poštni naslov čaka na potrditev
update-conflict = Med posodabljanjem je prišlo do konflikta, poskusite znova
media-type-unverified = Vrste naložene medijske datoteke ni bilo mogoče preveriti
media-thumbnail-failed = Napaka pri obdelavi sličice naložene medijske datoteke
media-in-use = Medijska priloga se trenutno uporablja v objavi
search-pagination-unauthenticated = Ostranjevanje rezultatov iskanja brez prijave ni podprto
search-resolve-unauthenticated = Iskanje, ki razrešuje oddaljene vire, brez prijave ni podprto
csrf-unverified = Pristnosti žetona CSRF ni mogoče preveriti.
self-follow = Sledenje lastnemu računu ni dovoljeno
invite-invalid = To povabilo ni veljavno
reply-target-missing = Videti je, da objava, na katero želite odgovoriti, ne obstaja.
quote-target-missing = Videti je, da objava, ki jo želite citirati, ne obstaja.
translation-quota-exceeded = Presežena je kvota uporabe prevajalske storitve za celoten strežnik.
translation-rate-limited = Prevajalska storitev je v zadnjem času prejela preveč zahtev.
domain-block-exists = Za domeno { $name } ste že uvedli strožje omejitve.
    .bare = Za to domeno ste že uvedli strožje omejitve.
unexpected-mentions = Objava bi bila poslana nepričakovanim računom
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Neznan filter: { $value }
        [origin] Neznan izvor: { $value }
        [status] Neznano stanje: { $value }
        [order] Neznan vrstni red: { $value }
       *[other] Neznana vrednost: { $value }
    }
    .bare = Neznana vrednost parametra
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Napaka pri preverjanju veljavnosti
