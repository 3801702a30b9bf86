# Errori OAuth: testi di `error_description` (il codice `error` non viene mai tradotto).

invalid-request = Nella richiesta manca un parametro obbligatorio, è presente un valore di parametro non supportato oppure la richiesta non è formata correttamente.
invalid-request-missing-param = Parametro obbligatorio mancante: { $value }.
    .bare = Parametro obbligatorio mancante.
invalid-request-not-authorized = La richiesta deve essere autorizzata. Il parametro necessario per autorizzare la richiesta è mancante o non valido.
invalid-client = Autenticazione del client non riuscita: client sconosciuto, autenticazione del client assente o metodo di autenticazione non supportato.
invalid-grant = La concessione di autorizzazione fornita non è valida, è scaduta o revocata, non corrisponde all'URI di reindirizzamento usato nella richiesta di autorizzazione oppure è stata emessa per un altro client.
unauthorized-client = Il client non è autorizzato a eseguire questa richiesta con questo metodo.
unsupported-grant-type = Il tipo di concessione di autorizzazione non è supportato dal server di autorizzazione.
invalid-scope = L'ambito richiesto non è valido, è sconosciuto o non è formato correttamente.
access-denied = Il proprietario della risorsa o il server di autorizzazione ha negato la richiesta.
unsupported-response-type = Il server di autorizzazione non supporta questo tipo di risposta.
invalid-redirect-uri = L'URI di reindirizzamento indicato non è valido.
# $count: numero di metodi accettati; $methods: il loro elenco («S256»).
invalid-code-challenge-method =
    { $count ->
        [0] Il server di autorizzazione non supporta PKCE perché non accetta alcun valore di code_challenge_method.
        [one] Il valore di code_challenge_method deve essere { $methods }.
        [many] Il valore di code_challenge_method deve essere uno dei seguenti: { $methods }.
       *[other] Il valore di code_challenge_method deve essere uno dei seguenti: { $methods }.
    }
    .bare = Il server di autorizzazione non supporta questo valore di code_challenge_method.
server-error = Il server di autorizzazione ha riscontrato una condizione imprevista che gli ha impedito di soddisfare la richiesta.
temporarily-unavailable = Il server di autorizzazione al momento non è in grado di gestire la richiesta a causa di un sovraccarico temporaneo o di un intervento di manutenzione.
revoke-unauthorized = Non hai l'autorizzazione per revocare questo token
insufficient-scope = L'accesso a questa risorsa richiede l'ambito «{ $scopes }».
    .bare = L'accesso a questa risorsa richiede un ambito più ampio.
