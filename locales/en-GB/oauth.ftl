# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request-not-authorized = Request needs to be authorised. Required parameter for authorising request is missing or invalid.
invalid-grant = The provided authorisation grant is invalid, expired, revoked, does not match the redirection URI used in the authorisation request, or was issued to another client.
unauthorized-client = The client is not authorised to perform this request using this method.
unsupported-grant-type = The authorisation grant type is not supported by the authorisation server.
access-denied = The resource owner or authorisation server denied the request.
unsupported-response-type = The authorisation server does not support this response type.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] The authorisation server does not support PKCE as there are no accepted code_challenge_method values.
        [one] The code_challenge_method must be { $methods }.
       *[other] The code_challenge_method must be one of { $methods }.
    }
    .bare = The code_challenge_method is not supported by the authorisation server.
server-error = The authorisation server encountered an unexpected condition which prevented it from fulfilling the request.
temporarily-unavailable = The authorisation server is currently unable to handle the request due to a temporary overloading or maintenance of the server.
revoke-unauthorized = You are not authorised to revoke this token
