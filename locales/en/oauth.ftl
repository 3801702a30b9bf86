# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = The request is missing a required parameter, includes an unsupported parameter value, or is otherwise malformed.
invalid-request-missing-param = Missing required parameter: { $value }.
    .bare = Missing required parameter.
invalid-request-not-authorized = Request need to be authorized. Required parameter for authorizing request is missing or invalid.
invalid-client = Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method.
invalid-grant = The provided authorization grant is invalid, expired, revoked, does not match the redirection URI used in the authorization request, or was issued to another client.
unauthorized-client = The client is not authorized to perform this request using this method.
unsupported-grant-type = The authorization grant type is not supported by the authorization server.
invalid-scope = The requested scope is invalid, unknown, or malformed.
access-denied = The resource owner or authorization server denied the request.
unsupported-response-type = The authorization server does not support this response type.
invalid-redirect-uri = The redirect uri included is not valid.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] The authorization server does not support PKCE as there are no accepted code_challenge_method values.
        [one] The code_challenge_method must be { $methods }.
       *[other] The code_challenge_method must be one of { $methods }.
    }
    .bare = The code_challenge_method is not supported by the authorization server.
server-error = The authorization server encountered an unexpected condition which prevented it from fulfilling the request.
temporarily-unavailable = The authorization server is currently unable to handle the request due to a temporary overloading or maintenance of the server.
revoke-unauthorized = You are not authorized to revoke this token
insufficient-scope = Access to this resource requires scope "{ $scopes }".
    .bare = Access to this resource requires a broader scope.
