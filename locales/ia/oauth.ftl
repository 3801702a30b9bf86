# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Le requesta manca de un parametro obligatori, include un valor de parametro non supportate o es mal formate in altere maniera.
invalid-request-missing-param = Parametro obligatori mancante: { $value }.
    .bare = Un parametro obligatori manca.
invalid-request-not-authorized = Le requesta debe esser autorisate. Un parametro obligatori pro autorisar le requesta manca o es invalide.
invalid-client = Le authentication del cliente ha fallite perque le cliente es incognite, nulle authentication de cliente es includite o le methodo de authentication non es supportate.
invalid-grant = Le concession de autorisation fornite es invalide, expirate o revocate, non corresponde al URI de redirection usate in le requesta de autorisation, o ha essite emittite a un altere cliente.
unauthorized-client = Le cliente non es autorisate a exequer iste requesta con iste methodo.
unsupported-grant-type = Le typo de concession de autorisation non es supportate per le servitor de autorisation.
invalid-scope = Le ambito requestate es invalide, incognite o mal formate.
access-denied = Le proprietario del ressource o le servitor de autorisation ha refusate le requesta.
unsupported-response-type = Le servitor de autorisation non supporta iste typo de responsa.
invalid-redirect-uri = Le URI de redirection includite non es valide.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Le servitor de autorisation non supporta PKCE perque il non ha valores de code_challenge_method acceptate.
        [one] Le code_challenge_method debe esser { $methods }.
       *[other] Le code_challenge_method debe esser un de { $methods }.
    }
    .bare = Le code_challenge_method non es supportate per le servitor de autorisation.
server-error = Le servitor de autorisation ha incontrate un condition inexpectate que le ha impedite de satisfacer le requesta.
temporarily-unavailable = Le servitor de autorisation non pote actualmente tractar le requesta a causa de un supercarga temporari o de un mantenentia del servitor.
revoke-unauthorized = Tu non es autorisate a revocar iste token
insufficient-scope = Le accesso a iste ressource require le ambito “{ $scopes }”.
    .bare = Le accesso a iste ressource require un ambito plus ample.
