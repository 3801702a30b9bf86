# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = Un obligatori parametre manca in li petition, li petition contene un valore de parametre ne subtenet, o it es altrimen malformat.
invalid-request-missing-param = Un obligatori parametre manca: { $value }.
    .bare = Un obligatori parametre manca.
invalid-request-not-authorized = Li petition deve esser autorisat. Un parametre obligatori por autorisar li petition manca o es ínvalid.
invalid-client = Autentification del client fallit: li client es ínconosset, null autentification de client es includet, o li metode de autentification ne es subtenet.
invalid-grant = Li concession de autorisation providet es ínvalid, expirat o revocat, ne corresponde al URI de redirection usat in li petition de autorisation, o esset dat a un altri client.
unauthorized-client = Li client ne es autorisat far ti-ci petition per ti-ci metode.
unsupported-grant-type = Li servitor de autorisation ne subtene ti-ci tip de concession de autorisation.
invalid-scope = Li scope demandat es ínvalid, ínconosset o malformat.
access-denied = Li proprietario del ressurse o li servitor de autorisation ha rejectet li petition.
unsupported-response-type = Ti-ci tip de response ne es subtenet del servitor de autorisation.
invalid-redirect-uri = Li URI de redirection in li petition ne es valid.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] Li servitor de autorisation ne subtene PKCE, pro que null valores de code_challenge_method es acceptat.
        [one] Li code_challenge_method deve esser { $methods }.
       *[other] Li code_challenge_method deve esser un de { $methods }.
    }
    .bare = Li code_challenge_method ne es subtenet del servitor de autorisation.
server-error = Li servitor de autorisation ha incontrat un ínexpectat situation quel ha impedit it satisfar li petition.
temporarily-unavailable = Li servitor de autorisation actualmen ne posse tractar li petition, pro que it es temporarimen supercargat o in mantenentie.
revoke-unauthorized = Tu ne es autorisat revocar ti-ci clave
insufficient-scope = Accesse a ti-ci ressurse besona li scope «{ $scopes }».
    .bare = Accesse a ti-ci ressurse besona un plu larg scope.
