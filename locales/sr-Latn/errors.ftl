# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parametar nedostaje ili je njegova vrednost prazna ili neispravna: { $param }
    .bare = Parametar nedostaje ili je njegova vrednost prazna ili neispravna
api-authentication-required = Ovaj API zahteva prijavljenog korisnika
not-permitted = Ova radnja nije dozvoljena
login-disabled = Prijavljivanje na vaš nalog je trenutno onemogućeno
login-unconfirmed = Vaš nalog nema potvrđenu adresu e-pošte
login-pending-approval = Vaš nalog trenutno čeka odobrenje
record-not-found = Zapis nije pronađen
validation-failed = Provera ispravnosti nije uspela: { $errors }
    .bare = Provera ispravnosti nije uspela
duplicate-record = Zapis već postoji
user-required = Ovaj metod zahteva prijavljenog korisnika
rate-limited = Previše zahteva
remote-fetch-failed = Nije bilo moguće preuzeti udaljene podatke
remote-ssl-failed = Nije bilo moguće proveriti SSL sertifikat udaljenog servera
temporary-failure = Došlo je do privremenog problema pri obradi vašeg zahteva, pokušajte ponovo

invalid-date = Navedeni datum nije ispravan
record-invalid = Zapis nije ispravan
client-credentials-required = Ovaj metod zahteva autentifikaciju pomoću akreditiva klijenta
scope-forbidden = Ova radnja nije obuhvaćena odobrenim opsezima
token-invalid = Pristupni token nije ispravan
token-expired = Pristupni token je istekao
token-revoked = Pristupni token je opozvan
not-authorized = Niste ovlašćeni
pagination-invalid = Vrednosti za straničenje `offset` i `limit` moraju biti pozitivne
confirmation-wrong-app = Ovaj metod je dostupan samo aplikaciji preko koje se korisnik prvobitno registrovao
confirmation-not-pending = Ovaj metod je dostupan samo dok adresa e-pošte čeka potvrdu
update-conflict = Došlo je do sukoba tokom ažuriranja, pokušajte ponovo
media-type-unverified = Nije bilo moguće proveriti tip otpremljene medijske datoteke
media-thumbnail-failed = Greška pri obradi sličice za otpremljenu medijsku datoteku
media-in-use = Medijski prilog se trenutno koristi u objavi
search-pagination-unauthenticated = Straničenje rezultata pretrage nije podržano bez prijave
search-resolve-unauthenticated = Pretrage koje razrešavaju udaljene resurse nisu podržane bez prijave
csrf-unverified = Nije moguće proveriti autentičnost CSRF tokena.
self-follow = Nije dozvoljeno pratiti sopstveni nalog
invite-invalid = Ova pozivnica nije važeća
reply-target-missing = Izgleda da objava na koju pokušavate da odgovorite ne postoji.
quote-target-missing = Izgleda da objava koju pokušavate da citirate ne postoji.
translation-quota-exceeded = Premašena je kvota korišćenja usluge prevođenja na nivou celog servera.
translation-rate-limited = Usluzi prevođenja je nedavno upućeno previše zahteva.
domain-block-exists = Već ste postavili stroža ograničenja za domen { $name }.
    .bare = Već ste postavili stroža ograničenja za ovaj domen.
unexpected-mentions = Objava bi bila poslata neočekivanim nalozima
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Nepoznat filter: { $value }
        [origin] Nepoznato poreklo: { $value }
        [status] Nepoznat status: { $value }
        [order] Nepoznat redosled: { $value }
       *[other] Nepoznata vrednost: { $value }
    }
    .bare = Nepoznata vrednost parametra
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Greška pri proveri ispravnosti
