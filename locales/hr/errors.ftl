# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parametar nedostaje ili mu je vrijednost prazna ili nevaljana: { $param }
    .bare = Parametar nedostaje ili mu je vrijednost prazna ili nevaljana
api-authentication-required = Ovaj API zahtijeva prijavljenog korisnika
not-permitted = Ova radnja nije dopuštena
login-disabled = Prijava na Vaš račun trenutačno je onemogućena
login-unconfirmed = Vaš račun nema potvrđenu adresu e-pošte
login-pending-approval = Vaš račun trenutačno čeka odobrenje
record-not-found = Zapis nije pronađen
validation-failed = Provjera valjanosti nije uspjela: { $errors }
    .bare = Provjera valjanosti nije uspjela
duplicate-record = Zapis već postoji
user-required = Ova metoda zahtijeva prijavljenog korisnika
rate-limited = Previše zahtjeva
remote-fetch-failed = Nije moguće dohvatiti udaljene podatke
remote-ssl-failed = Nije moguće provjeriti SSL certifikat udaljenog poslužitelja
temporary-failure = Pri obradi Vašeg zahtjeva došlo je do privremene poteškoće, pokušajte ponovno

invalid-date = Navedeni datum nije valjan
record-invalid = Zapis nije valjan
client-credentials-required = Ova metoda zahtijeva autentifikaciju vjerodajnicama klijenta
scope-forbidden = Ova radnja nije obuhvaćena odobrenim opsezima
token-invalid = Pristupni token nije valjan
token-expired = Pristupni token je istekao
token-revoked = Pristupni token je opozvan
not-authorized = Niste ovlašteni
pagination-invalid = Vrijednosti straničenja `offset` i `limit` moraju biti pozitivne
confirmation-wrong-app = Ova je metoda dostupna samo aplikaciji putem koje se korisnik izvorno registrirao
confirmation-not-pending = Ova je metoda dostupna samo dok adresa e-pošte čeka potvrdu
update-conflict = Sukob pri ažuriranju, pokušajte ponovno
media-type-unverified = Nije moguće provjeriti vrstu prenesene medijske datoteke
media-thumbnail-failed = Pogreška pri obradi minijature prenesene medijske datoteke
media-in-use = Medijski privitak trenutačno se koristi u objavi
search-pagination-unauthenticated = Straničenje rezultata pretraživanja nije podržano bez autentifikacije
search-resolve-unauthenticated = Pretraživanja koja dohvaćaju udaljene resurse nisu podržana bez autentifikacije
csrf-unverified = Nije moguće provjeriti autentičnost CSRF tokena.
self-follow = Nije dopušteno pratiti vlastiti račun
invite-invalid = Ova pozivnica nije valjana
reply-target-missing = Čini se da objava na koju pokušavate odgovoriti ne postoji.
quote-target-missing = Čini se da objava koju pokušavate citirati ne postoji.
translation-quota-exceeded = Premašena je kvota korištenja usluge prevođenja na razini cijelog poslužitelja.
translation-rate-limited = Usluzi prevođenja nedavno je upućeno previše zahtjeva.
domain-block-exists = Već ste postavili stroža ograničenja za { $name }.
    .bare = Već ste postavili stroža ograničenja za ovu domenu.
unexpected-mentions = Objava bi bila poslana neočekivanim računima
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Nepoznat filtar: { $value }
        [origin] Nepoznato podrijetlo: { $value }
        [status] Nepoznat status: { $value }
        [order] Nepoznat redoslijed: { $value }
       *[other] Nepoznata vrijednost: { $value }
    }
    .bare = Nepoznata vrijednost parametra
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Pogreška pri provjeri valjanosti
