# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = We żōndaniu brakuje wymŏganego parametru, je w nim niyôbsugowanŏ wartość parametru abo je ôno inakszyj felerne.
invalid-request-missing-param = Brakuje wymŏganego parametru: { $value }.
    .bare = Brakuje wymŏganego parametru.
invalid-request-not-authorized = Żōndanie musi być autoryzowane. Brakuje wymŏganego parametru do autoryzacyje żōndaniŏ abo je ôn niynoleżny.
invalid-client = Uwierzytelniynie kliynta sie niy podarziło, bo kliynt je niyznōmy, brakuje uwierzytelniyniŏ kliynta abo metoda uwierzytelniyniŏ niy je ôbsugowanŏ.
invalid-grant = Podane uprawniynie autoryzacyjne je niynoleżne, wygasło, je uniyważniōne, niy pasuje do adresy URI przekerowaniŏ użytyj we żōndaniu autoryzacyje abo bōło wydane inkszymu kliyntowi.
unauthorized-client = Kliynt niy mŏ uprawniyń, coby wykōnać to żōndanie tōm metodōm.
unsupported-grant-type = Serwer autoryzacyje niy ôbsuguje tygo typu uprawniyniŏ autoryzacyjnego.
invalid-scope = Żōndany zakres je niynoleżny, niyznōmy abo felerny.
access-denied = Włŏściciel zasobu abo serwer autoryzacyje ôdciepnōł żōndanie.
unsupported-response-type = Serwer autoryzacyje niy ôbsuguje tygo typu ôdpowiedzi.
invalid-redirect-uri = Podanŏ adresa URI przekerowaniŏ je niynoleżnŏ.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Serwer autoryzacyje niy ôbsuguje PKCE, bo niy akceptuje żŏdnyj wartości code_challenge_method.
        [1] Wartość code_challenge_method musi być { $methods }.
       *[other] Wartość code_challenge_method musi być jednōm z nastympujōncych: { $methods }.
    }
    .bare = Serwer autoryzacyje niy ôbsuguje podanyj wartości code_challenge_method.
server-error = Serwer autoryzacyje trefiōł na niyspodziywany stan, kery niy dŏł mu spełnić żōndaniŏ.
temporarily-unavailable = Serwer autoryzacyje niy może terŏz ôbsużyć żōndaniŏ skuli chwilowego przeciōnżyniŏ abo technicznyj przerwy.
revoke-unauthorized = Niy mŏsz uprawniyń, coby uniyważnić tyn token
insufficient-scope = Dostymp do tygo zasobu wymŏgŏ zakresu „{ $scopes }”.
    .bare = Dostymp do tygo zasobu wymŏgŏ szyrszego zakresu.
