# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Manca un parametru richiestu in a dumanda, o a dumanda cuntene un valore di parametru micca accettatu, o ùn hè micca furmata currettamente.
invalid-request-missing-param = Manca un parametru richiestu: { $value }.
    .bare = Manca un parametru richiestu.
invalid-request-not-authorized = A dumanda deve esse auturizata. Un parametru richiestu per auturizà a dumanda manca o ùn hè micca validu.
invalid-client = L’autentificazione di u cliente hà fiascatu per via d’un cliente scunnisciutu, di l’assenza d’autentificazione di u cliente, o d’un metudu d’autentificazione micca accettatu.
invalid-grant = A cuncessione d’auturizazione furnita ùn hè micca valida, hè spirata o hè stata rivucata, ùn currisponde micca à l’URI di ridirezzione utilizata in a dumanda d’auturizazione, o hè stata emessa per un altru cliente.
unauthorized-client = U cliente ùn hè micca auturizatu à fà sta dumanda cù stu metudu.
unsupported-grant-type = Stu tipu di cuncessione d’auturizazione ùn hè micca accettatu da u servore d’auturizazione.
invalid-scope = U scopu dumandatu ùn hè micca validu, hè scunnisciutu o ùn hè micca furmatu currettamente.
access-denied = A dumanda hè stata ricusata da u pruprietariu di a risorsa o da u servore d’auturizazione.
unsupported-response-type = U servore d’auturizazione ùn accetta micca stu tipu di risposta.
invalid-redirect-uri = L’URI di ridirezzione furnita ùn hè micca valida.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] U servore d’auturizazione ùn accetta micca PKCE, postu chì ùn ci hè nisun valore accettatu per code_challenge_method.
        [1] U valore di code_challenge_method deve esse { $methods }.
       *[other] U valore di code_challenge_method deve esse unu di sti valori: { $methods }.
    }
    .bare = U valore di code_challenge_method ùn hè micca accettatu da u servore d’auturizazione.
server-error = U servore d’auturizazione hà avutu un prublemu inaspettatu chì l’hà impeditu di trattà a dumanda.
temporarily-unavailable = Per avà, u servore d’auturizazione ùn pò micca trattà a dumanda per via d’un sopraccaricu timpurariu o d’un mantenimentu di u servore.
revoke-unauthorized = Ùn avete micca l’auturizazione di rivucà sta fiscia d’accessu
insufficient-scope = L’accessu à sta risorsa richiede u scopu «{ $scopes }».
    .bare = L’accessu à sta risorsa richiede un scopu più largu.
