# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = The request is wantin a parameter it needs, haes a parameter value that isnae supportit, or is itherwise no weel-formed.
invalid-request-missing-param = A parameter that's needit is missin: { $value }.
    .bare = A parameter that's needit is missin.
invalid-request-not-authorized = The request needs tae be authorised. A parameter needit fir authorisin the request is missin or no valid.
invalid-client = Client authentication didnae wirk acause the client is unkent, nae client authentication wis includit, or the authentication method isnae supportit.
invalid-grant = The authorisation grant gien isnae valid, haes rin oot, wis revoked, disnae match the redirection URI uised in the authorisation request, or wis issued tae anither client.
unauthorized-client = The client isnae authorised tae mak this request wi this method.
unsupported-grant-type = The authorisation server disnae support this authorisation grant type.
invalid-scope = The scope requestit isnae valid, is unkent, or isnae weel-formed.
access-denied = The resoorce awner or the authorisation server refused the request.
unsupported-response-type = The authorisation server disnae support this response type.
invalid-redirect-uri = The redirect URI includit isnae valid.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] The authorisation server disnae support PKCE, acause there's nae code_challenge_method values acceptit.
        [1] The code_challenge_method haes tae be { $methods }.
       *[other] The code_challenge_method haes tae be ane o { $methods }.
    }
    .bare = The authorisation server disnae support this code_challenge_method.
server-error = The authorisation server ran intae an unexpectit condeetion that stappit it frae cairyin oot the request.
temporarily-unavailable = The authorisation server cannae handle the request the noo, acause the server is ower-loadit fir a wee while or is unner maintenance.
revoke-unauthorized = Ye're no authorised tae revoke this token
insufficient-scope = Access tae this resoorce needs the scope “{ $scopes }”.
    .bare = Access tae this resoorce needs a wider scope.
