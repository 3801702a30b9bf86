# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Užklausoje trūksta privalomo parametro, yra nepalaikoma parametro reikšmė arba užklausa kitaip netinkamai suformuota.
invalid-request-missing-param = Trūksta privalomo parametro: { $value }.
    .bare = Trūksta privalomo parametro.
invalid-request-not-authorized = Užklausa turi būti autorizuota. Trūksta užklausai autorizuoti reikalingo parametro arba jis netinkamas.
invalid-client = Kliento autentifikavimas nepavyko: klientas nežinomas, kliento autentifikavimo duomenys nepateikti arba autentifikavimo metodas nepalaikomas.
invalid-grant = Pateiktas autorizacijos leidimas netinkamas, nebegalioja, atšauktas, neatitinka autorizacijos užklausoje naudoto peradresavimo URI arba buvo išduotas kitam klientui.
unauthorized-client = Klientas neturi teisės atlikti šios užklausos šiuo metodu.
unsupported-grant-type = Autorizacijos serveris nepalaiko šio autorizacijos leidimo tipo.
invalid-scope = Prašoma aprėptis netinkama, nežinoma arba netinkamai suformuota.
access-denied = Išteklių savininkas arba autorizacijos serveris atmetė užklausą.
unsupported-response-type = Autorizacijos serveris nepalaiko šio atsakymo tipo.
invalid-redirect-uri = Pateiktas peradresavimo URI netinkamas.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Autorizacijos serveris nepalaiko PKCE, nes nėra jokių priimtinų code_challenge_method reikšmių.
        [1] Parametro code_challenge_method reikšmė turi būti { $methods }.
        [one] Parametro code_challenge_method reikšmė turi būti viena iš šių: { $methods }.
        [few] Parametro code_challenge_method reikšmė turi būti viena iš šių: { $methods }.
        [many] Parametro code_challenge_method reikšmė turi būti viena iš šių: { $methods }.
       *[other] Parametro code_challenge_method reikšmė turi būti viena iš šių: { $methods }.
    }
    .bare = Autorizacijos serveris nepalaiko nurodytos code_challenge_method reikšmės.
server-error = Autorizacijos serveryje susidarė netikėta situacija, dėl kurios nepavyko įvykdyti užklausos.
temporarily-unavailable = Autorizacijos serveris šiuo metu negali apdoroti užklausos dėl laikinos perkrovos arba techninės priežiūros.
revoke-unauthorized = Neturi teisės atšaukti šio prieigos rakto
insufficient-scope = Norint pasiekti šį išteklių, reikalinga aprėptis „{ $scopes }“.
    .bare = Norint pasiekti šį išteklių, reikalinga platesnė aprėptis.
