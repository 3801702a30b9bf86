# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parametar nedostaje ili mu je vrijednost prazna ili nevažeća: { $param }
    .bare = Parametar nedostaje ili mu je vrijednost prazna ili nevažeća
api-authentication-required = Ovaj API zahtijeva autentifikaciju korisnika
not-permitted = Ova radnja nije dozvoljena
login-disabled = Prijava na vaš račun je trenutno onemogućena
login-unconfirmed = Vaš račun nema potvrđenu adresu e-pošte
login-pending-approval = Vaš račun trenutno čeka odobrenje
record-not-found = Zapis nije pronađen
validation-failed = Validacija nije uspjela: { $errors }
    .bare = Validacija nije uspjela
duplicate-record = Duplikat zapisa
user-required = Ova metoda zahtijeva autentifikaciju korisnika
rate-limited = Previše zahtjeva
remote-fetch-failed = Nije moguće preuzeti udaljene podatke
remote-ssl-failed = Nije moguće provjeriti SSL certifikat udaljenog servera
temporary-failure = Došlo je do privremenog problema pri obradi vašeg zahtjeva, pokušajte ponovo

invalid-date = Naveden je nevažeći datum
record-invalid = Zapis je nevažeći
client-credentials-required = Ova metoda zahtijeva autentifikaciju pomoću pristupnih podataka klijenta
scope-forbidden = Ova radnja je izvan odobrenih opsega pristupa
token-invalid = Pristupni token je nevažeći
token-expired = Pristupni token je istekao
token-revoked = Pristupni token je opozvan
not-authorized = Niste ovlašteni
pagination-invalid = Vrijednosti paginacije za `offset` i `limit` moraju biti pozitivne
confirmation-wrong-app = Ova metoda je dostupna samo aplikaciji putem koje se korisnik prvobitno registrovao
confirmation-not-pending = Ova metoda je dostupna samo dok adresa e-pošte čeka potvrdu
update-conflict = Sukob pri ažuriranju, pokušajte ponovo
media-type-unverified = Nije moguće provjeriti vrstu učitane medijske datoteke
media-thumbnail-failed = Greška pri obradi minijature učitane medijske datoteke
media-in-use = Medijski prilog se trenutno koristi u objavi
search-pagination-unauthenticated = Paginacija rezultata pretrage nije podržana bez autentifikacije
search-resolve-unauthenticated = Pretrage koje razrješavaju udaljene resurse nisu podržane bez autentifikacije
csrf-unverified = Nije moguće provjeriti autentičnost CSRF tokena.
self-follow = Praćenje vlastitog računa nije dozvoljeno
invite-invalid = Ova pozivnica nije važeća
reply-target-missing = Izgleda da objava na koju pokušavate odgovoriti ne postoji.
quote-target-missing = Izgleda da objava koju pokušavate citirati ne postoji.
translation-quota-exceeded = Premašena je kvota korištenja usluge prevođenja na nivou cijelog servera.
translation-rate-limited = U posljednje vrijeme upućeno je previše zahtjeva usluzi prevođenja.
domain-block-exists = Već ste postavili stroža ograničenja za domenu { $name }.
    .bare = Već ste postavili stroža ograničenja za ovu domenu.
unexpected-mentions = Objava bi bila poslana neočekivanim računima
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Nepoznat filter: { $value }
        [origin] Nepoznato porijeklo: { $value }
        [status] Nepoznat status: { $value }
        [order] Nepoznat redoslijed: { $value }
       *[other] Nepoznata vrijednost: { $value }
    }
    .bare = Nepoznata vrijednost parametra
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Greška pri validaciji
