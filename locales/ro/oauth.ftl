# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Cererea nu conține un parametru obligatoriu, include o valoare de parametru neacceptată sau are un format incorect din alt motiv.
invalid-request-missing-param = Lipsește parametrul obligatoriu: { $value }.
    .bare = Lipsește un parametru obligatoriu.
invalid-request-not-authorized = Cererea trebuie autorizată. Parametrul necesar pentru autorizarea cererii lipsește sau nu este valid.
invalid-client = Autentificarea clientului a eșuat deoarece clientul este necunoscut, nu a fost inclusă nicio autentificare a clientului sau metoda de autentificare nu este acceptată.
invalid-grant = Acordarea de autorizare furnizată nu este validă, a expirat, a fost revocată, nu corespunde URI-ului de redirecționare folosit în cererea de autorizare sau a fost emisă pentru alt client.
unauthorized-client = Clientul nu este autorizat să efectueze această cerere folosind această metodă.
unsupported-grant-type = Tipul de acordare a autorizației nu este acceptat de serverul de autorizare.
invalid-scope = Domeniul de acces solicitat nu este valid, este necunoscut sau are un format incorect.
access-denied = Proprietarul resursei sau serverul de autorizare a respins cererea.
unsupported-response-type = Serverul de autorizare nu acceptă acest tip de răspuns.
invalid-redirect-uri = URI-ul de redirecționare inclus nu este valid.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Serverul de autorizare nu acceptă PKCE, deoarece nu există valori acceptate pentru code_challenge_method.
        [one] Parametrul code_challenge_method trebuie să aibă valoarea { $methods }.
        [few] Parametrul code_challenge_method trebuie să aibă una dintre valorile: { $methods }.
       *[other] Parametrul code_challenge_method trebuie să aibă una dintre valorile: { $methods }.
    }
    .bare = Valoarea code_challenge_method nu este acceptată de serverul de autorizare.
server-error = Serverul de autorizare a întâmpinat o situație neprevăzută care l-a împiedicat să îndeplinească cererea.
temporarily-unavailable = Serverul de autorizare nu poate procesa momentan cererea din cauza unei supraîncărcări temporare sau a unor lucrări de întreținere a serverului.
revoke-unauthorized = Nu ești autorizat să revoci acest token
insufficient-scope = Accesul la această resursă necesită domeniul de acces „{ $scopes }”.
    .bare = Accesul la această resursă necesită un domeniu de acces mai larg.
