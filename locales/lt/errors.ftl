# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Trūksta parametro arba jo reikšmė tuščia ar netinkama: { $param }
    .bare = Trūksta parametro arba jo reikšmė tuščia ar netinkama
api-authentication-required = Šiai API reikia autentifikuoto naudotojo
not-permitted = Šis veiksmas neleidžiamas
login-disabled = Prisijungimas prie tavo paskyros šiuo metu išjungtas
login-unconfirmed = Tavo paskyros el. pašto adresas dar nepatvirtintas
login-pending-approval = Tavo paskyra šiuo metu laukia patvirtinimo
record-not-found = Objektas nerastas
validation-failed = Duomenų patikra nepavyko: { $errors }
    .bare = Duomenų patikra nepavyko
duplicate-record = Toks objektas jau yra
user-required = Šiam metodui reikia autentifikuoto naudotojo
rate-limited = Per daug užklausų
remote-fetch-failed = Nepavyko gauti nuotolinių duomenų
remote-ssl-failed = Nepavyko patikrinti nuotolinio SSL sertifikato
temporary-failure = Apdorojant tavo užklausą kilo laikina problema, bandyk dar kartą

invalid-date = Pateikta netinkama data
record-invalid = Netinkami objekto duomenys
client-credentials-required = Šiam metodui reikia autentifikavimo kliento prisijungimo duomenimis
scope-forbidden = Šis veiksmas nepatenka į suteiktas aprėptis
token-invalid = Prieigos raktas netinkamas
token-expired = Prieigos rakto galiojimas baigėsi
token-revoked = Prieigos raktas atšauktas
not-authorized = Neturi leidimo
pagination-invalid = Puslapiavimo reikšmės `offset` ir `limit` turi būti teigiamos
confirmation-wrong-app = Šis metodas pasiekiamas tik tai programėlei, per kurią naudotojas iš pradžių užsiregistravo
confirmation-not-pending = Šis metodas pasiekiamas tik tol, kol el. pašto adresas laukia patvirtinimo
update-conflict = Atnaujinant kilo konfliktas, bandyk dar kartą
media-type-unverified = Nepavyko patikrinti įkeltos medijos failo tipo
media-thumbnail-failed = Apdorojant įkeltos medijos miniatiūrą įvyko klaida
media-in-use = Šis medijos priedas šiuo metu naudojamas įraše
search-pagination-unauthenticated = Neprisijungus paieškos rezultatų puslapiavimas nepalaikomas
search-resolve-unauthenticated = Neprisijungus nepalaikomos paieškos užklausos, kurioms reikia gauti nuotolinius išteklius
csrf-unverified = Nepavyko patikrinti CSRF rakto autentiškumo.
self-follow = Sekti savo paskyros negalima
invite-invalid = Šis kvietimas negalioja
reply-target-missing = Panašu, kad įrašo, į kurį bandai atsakyti, nėra.
quote-target-missing = Panašu, kad įrašo, kurį bandai cituoti, nėra.
translation-quota-exceeded = Viršyta viso serverio vertimo paslaugos naudojimo kvota.
translation-rate-limited = Pastaruoju metu vertimo paslaugai pateikta per daug užklausų.
domain-block-exists = Domenui { $name } jau taikai griežtesnius apribojimus.
    .bare = Šiam domenui jau taikai griežtesnius apribojimus.
unexpected-mentions = Įrašas būtų išsiųstas nenumatytoms paskyroms
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Nežinomas filtras: { $value }
        [origin] Nežinoma kilmė: { $value }
        [status] Nežinoma būsena: { $value }
        [order] Nežinoma rikiavimo tvarka: { $value }
       *[other] Nežinoma reikšmė: { $value }
    }
    .bare = Nežinoma parametro reikšmė
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Duomenų patikros klaida
