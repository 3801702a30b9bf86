# Erreurs OAuth : textes de `error_description` (le code `error` n’est jamais traduit).

invalid-request = Il manque un paramètre obligatoire à la requête, elle contient une valeur de paramètre non prise en charge, ou elle est mal formée.
invalid-request-missing-param = Paramètre obligatoire manquant : { $value }.
    .bare = Paramètre obligatoire manquant.
invalid-request-not-authorized = La requête doit être autorisée. Un paramètre obligatoire pour autoriser la requête est manquant ou invalide.
invalid-client = L’authentification du client a échoué : client inconnu, aucune authentification du client fournie ou méthode d’authentification non prise en charge.
invalid-grant = L’autorisation fournie n’est pas valide, a expiré ou a été révoquée, ne correspond pas à l’URI de redirection utilisée dans la demande d’autorisation, ou a été délivrée à un autre client.
unauthorized-client = Le client n’est pas autorisé à effectuer cette requête avec cette méthode.
unsupported-grant-type = Ce type d’autorisation n’est pas pris en charge par le serveur d’autorisation.
invalid-scope = La portée demandée n’est pas valide, est inconnue ou est mal formée.
access-denied = Le propriétaire de la ressource ou le serveur d’autorisation a refusé la requête.
unsupported-response-type = Le serveur d’autorisation ne prend pas en charge ce type de réponse.
invalid-redirect-uri = L’URI de redirection fournie n’est pas valide.
# $count : nombre de méthodes acceptées ; $methods : leur liste (« S256 »).
invalid-code-challenge-method =
    { $count ->
        [0] Le serveur d’autorisation ne prend pas en charge PKCE, car aucune valeur de code_challenge_method n’est acceptée.
        [1] La valeur de code_challenge_method doit être { $methods }.
        [one] La valeur de code_challenge_method doit être l’une des suivantes : { $methods }.
        [many] La valeur de code_challenge_method doit être l’une des suivantes : { $methods }.
       *[other] La valeur de code_challenge_method doit être l’une des suivantes : { $methods }.
    }
    .bare = Cette valeur de code_challenge_method n’est pas prise en charge par le serveur d’autorisation.
server-error = Le serveur d’autorisation a rencontré une erreur inattendue qui l’a empêché de traiter la requête.
temporarily-unavailable = Le serveur d’autorisation ne peut pas traiter la requête pour le moment en raison d’une surcharge temporaire ou d’une opération de maintenance.
revoke-unauthorized = Vous n’avez pas l’autorisation de révoquer ce jeton
insufficient-scope = L’accès à cette ressource nécessite la portée « { $scopes } ».
    .bare = L’accès à cette ressource nécessite une portée plus étendue.
