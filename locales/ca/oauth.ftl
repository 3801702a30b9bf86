# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = La sol·licitud omet un paràmetre obligatori, conté un valor de paràmetre no admès o està mal formada per algun altre motiu.
invalid-request-missing-param = Falta un paràmetre obligatori: { $value }.
    .bare = Falta un paràmetre obligatori.
invalid-request-not-authorized = Cal autoritzar la sol·licitud. Falta el paràmetre necessari per a autoritzar-la o no és vàlid.
invalid-client = L'autenticació del client ha fallat perquè el client és desconegut, no s'hi ha inclòs cap autenticació del client o el mètode d'autenticació no s'admet.
invalid-grant = La concessió d'autorització proporcionada no és vàlida, ha caducat, s'ha revocat, no coincideix amb l'URI de redirecció utilitzat a la sol·licitud d'autorització o s'ha emès per a un altre client.
unauthorized-client = El client no està autoritzat a fer aquesta sol·licitud amb aquest mètode.
unsupported-grant-type = El servidor d'autorització no admet aquest tipus de concessió d'autorització.
invalid-scope = L'àmbit sol·licitat no és vàlid, és desconegut o està mal format.
access-denied = El propietari del recurs o el servidor d'autorització ha denegat la sol·licitud.
unsupported-response-type = El servidor d'autorització no admet aquest tipus de resposta.
invalid-redirect-uri = L'URI de redirecció inclòs no és vàlid.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] El servidor d'autorització no admet PKCE, perquè no hi ha cap valor de code_challenge_method acceptat.
        [one] El code_challenge_method ha de ser { $methods }.
        [many] El code_challenge_method ha de ser un dels valors següents: { $methods }.
       *[other] El code_challenge_method ha de ser un dels valors següents: { $methods }.
    }
    .bare = El servidor d'autorització no admet aquest code_challenge_method.
server-error = El servidor d'autorització s'ha trobat amb una situació inesperada que li ha impedit atendre la sol·licitud.
temporarily-unavailable = Ara mateix el servidor d'autorització no pot gestionar la sol·licitud perquè està temporalment sobrecarregat o en manteniment.
revoke-unauthorized = No teniu autorització per a revocar aquest testimoni
insufficient-scope = Per a accedir a aquest recurs cal l'àmbit «{ $scopes }».
    .bare = Per a accedir a aquest recurs cal un àmbit més ampli.
