# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = A la demando mankas postulata parametro, ol inkluzas nesuportata parametro-valoro, o ol esas altramaniere malformita.
invalid-request-missing-param = Mankas postulata parametro: { $value }.
    .bare = Mankas postulata parametro.
invalid-request-not-authorized = La demando mustas esar autorizita. Postulata parametro por autorizar la demando mankas o esas nevalida.
invalid-client = Autentikigo di la kliento faliis pro nekonocata kliento, manko di klient-autentikigo, o nesuportata autentikigo-metodo.
invalid-grant = La provizita autorizo-koncedo esas nevalida, expirinta o revokita, ne korespondas a la ridirekto-URI uzita en la autorizo-demando, o donesis a altra kliento.
unauthorized-client = La kliento ne esas autorizita facar ca demando per ca metodo.
unsupported-grant-type = La tipo di autorizo-koncedo ne suportesas da la autorizo-servilo.
invalid-scope = La demandita skopo esas nevalida, nekonocata o malformita.
access-denied = La proprietanto di la risurso o la autorizo-servilo refuzis la demando.
unsupported-response-type = La autorizo-servilo ne suportas ca tipo di respondo.
invalid-redirect-uri = La inkluzita ridirekto-URI ne esas valida.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] La autorizo-servilo ne suportas PKCE, nam ne existas aceptata valori di code_challenge_method.
        [1] La code_challenge_method mustas esar { $methods }.
       *[other] La code_challenge_method mustas esar un ek { $methods }.
    }
    .bare = La code_challenge_method ne suportesas da la autorizo-servilo.
server-error = La autorizo-servilo renkontris neexpektita stando qua impedis ol plenumar la demando.
temporarily-unavailable = La autorizo-servilo nune ne povas traktar la demando pro tempala superkargo o mantenado di la servilo.
revoke-unauthorized = Vu ne esas autorizita revokar ca jetono
insufficient-scope = Aceso a ca risurso postulas la skopo “{ $scopes }”.
    .bare = Aceso a ca risurso postulas plu larja skopo.
