# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Parametrul lipsește sau are o valoare goală ori nevalidă: { $param }
    .bare = Un parametru lipsește sau are o valoare goală ori nevalidă
api-authentication-required = Acest API necesită un utilizator autentificat
not-permitted = Această acțiune nu este permisă
login-disabled = Autentificarea în contul tău este momentan dezactivată
login-unconfirmed = Contul tău nu are o adresă de e-mail confirmată
login-pending-approval = Contul tău așteaptă momentan aprobarea
record-not-found = Înregistrarea nu a fost găsită
validation-failed = Validarea a eșuat: { $errors }
    .bare = Validarea a eșuat
duplicate-record = Înregistrare duplicată
user-required = Această metodă necesită un utilizator autentificat
rate-limited = Prea multe cereri
remote-fetch-failed = Datele de la distanță nu au putut fi preluate
remote-ssl-failed = Certificatul SSL al serverului de la distanță nu a putut fi verificat
temporary-failure = A apărut o problemă temporară la procesarea cererii tale, te rugăm să încerci din nou

invalid-date = Data furnizată nu este validă
record-invalid = Înregistrare nevalidă
client-credentials-required = Această metodă necesită autentificare cu credențialele clientului
scope-forbidden = Această acțiune nu face parte din domeniile de acces autorizate
token-invalid = Tokenul de acces nu este valid
token-expired = Tokenul de acces a expirat
token-revoked = Tokenul de acces a fost revocat
not-authorized = Neautorizat
pagination-invalid = Valorile de paginare pentru `offset` și `limit` trebuie să fie pozitive
confirmation-wrong-app = Această metodă este disponibilă doar pentru aplicația cu care utilizatorul s-a înregistrat inițial
confirmation-not-pending = Această metodă este disponibilă doar cât timp adresa de e-mail așteaptă confirmarea
update-conflict = Conflict la actualizare, te rugăm să încerci din nou
media-type-unverified = Tipul fișierului media încărcat nu a putut fi verificat
media-thumbnail-failed = Eroare la procesarea miniaturii pentru fișierul media încărcat
media-in-use = Atașamentul media este folosit momentan de o postare
search-pagination-unauthenticated = Paginarea rezultatelor căutării nu este acceptată fără autentificare
search-resolve-unauthenticated = Căutările care necesită preluarea de resurse de la distanță nu sunt acceptate fără autentificare
csrf-unverified = Autenticitatea tokenului CSRF nu poate fi verificată.
self-follow = Nu este permisă urmărirea propriului cont
invite-invalid = Această invitație nu este validă
reply-target-missing = Postarea la care încerci să răspunzi nu pare să existe.
quote-target-missing = Postarea pe care încerci să o citezi nu pare să existe.
translation-quota-exceeded = Cota de utilizare a serviciului de traducere pentru întregul server a fost depășită.
translation-rate-limited = Serviciul de traducere a primit prea multe cereri în ultima vreme.
domain-block-exists = Ai impus deja limite mai stricte pentru { $name }.
    .bare = Ai impus deja limite mai stricte pentru acest domeniu.
unexpected-mentions = Postarea ar fi trimisă unor conturi neașteptate
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Filtru necunoscut: { $value }
        [origin] Origine necunoscută: { $value }
        [status] Stare necunoscută: { $value }
        [order] Ordine de sortare necunoscută: { $value }
       *[other] Valoare necunoscută: { $value }
    }
    .bare = Valoare de parametru necunoscută
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Eroare de validare
