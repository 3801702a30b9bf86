# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = ਬੇਨਤੀ ਵਿੱਚ ਕੋਈ ਲੋੜੀਂਦਾ ਪੈਰਾਮੀਟਰ ਨਹੀਂ ਹੈ, ਕਿਸੇ ਪੈਰਾਮੀਟਰ ਦਾ ਅਸਮਰਥਿਤ ਮੁੱਲ ਸ਼ਾਮਲ ਹੈ, ਜਾਂ ਇਹ ਕਿਸੇ ਹੋਰ ਤਰ੍ਹਾਂ ਗਲਤ ਬਣੀ ਹੋਈ ਹੈ।
invalid-request-missing-param = ਲੋੜੀਂਦਾ ਪੈਰਾਮੀਟਰ ਮੌਜੂਦ ਨਹੀਂ ਹੈ: { $value }।
    .bare = ਲੋੜੀਂਦਾ ਪੈਰਾਮੀਟਰ ਮੌਜੂਦ ਨਹੀਂ ਹੈ।
invalid-request-not-authorized = ਬੇਨਤੀ ਦਾ ਅਧਿਕਾਰਤ ਹੋਣਾ ਲਾਜ਼ਮੀ ਹੈ। ਬੇਨਤੀ ਨੂੰ ਅਧਿਕਾਰਤ ਕਰਨ ਲਈ ਲੋੜੀਂਦਾ ਪੈਰਾਮੀਟਰ ਮੌਜੂਦ ਨਹੀਂ ਹੈ ਜਾਂ ਅਵੈਧ ਹੈ।
invalid-client = ਕਲਾਇੰਟ ਪ੍ਰਮਾਣੀਕਰਨ ਅਸਫਲ ਰਿਹਾ, ਕਿਉਂਕਿ ਕਲਾਇੰਟ ਅਣਜਾਣ ਹੈ, ਕੋਈ ਕਲਾਇੰਟ ਪ੍ਰਮਾਣੀਕਰਨ ਸ਼ਾਮਲ ਨਹੀਂ ਹੈ, ਜਾਂ ਪ੍ਰਮਾਣੀਕਰਨ ਦਾ ਤਰੀਕਾ ਸਮਰਥਿਤ ਨਹੀਂ ਹੈ।
invalid-grant = ਦਿੱਤੀ ਗਈ ਅਧਿਕਾਰ ਮਨਜ਼ੂਰੀ (authorization grant) ਅਵੈਧ ਹੈ, ਉਸਦੀ ਮਿਆਦ ਪੁੱਗ ਗਈ ਹੈ, ਉਹ ਰੱਦ ਕੀਤੀ ਗਈ ਹੈ, ਅਧਿਕਾਰ ਬੇਨਤੀ ਵਿੱਚ ਵਰਤੇ ਗਏ ਰੀਡਾਇਰੈਕਟ URI ਨਾਲ ਮੇਲ ਨਹੀਂ ਖਾਂਦੀ, ਜਾਂ ਕਿਸੇ ਹੋਰ ਕਲਾਇੰਟ ਨੂੰ ਜਾਰੀ ਕੀਤੀ ਗਈ ਸੀ।
unauthorized-client = ਕਲਾਇੰਟ ਨੂੰ ਇਸ ਤਰੀਕੇ ਨਾਲ ਇਹ ਬੇਨਤੀ ਕਰਨ ਦਾ ਅਧਿਕਾਰ ਨਹੀਂ ਹੈ।
unsupported-grant-type = ਅਧਿਕਾਰ ਸਰਵਰ ਇਸ ਕਿਸਮ ਦੀ ਅਧਿਕਾਰ ਮਨਜ਼ੂਰੀ ਦਾ ਸਮਰਥਨ ਨਹੀਂ ਕਰਦਾ।
invalid-scope = ਮੰਗਿਆ ਗਿਆ ਸਕੋਪ ਅਵੈਧ, ਅਣਜਾਣ ਜਾਂ ਗਲਤ ਬਣਿਆ ਹੋਇਆ ਹੈ।
access-denied = ਸਰੋਤ ਦੇ ਮਾਲਕ ਜਾਂ ਅਧਿਕਾਰ ਸਰਵਰ ਨੇ ਬੇਨਤੀ ਨੂੰ ਅਸਵੀਕਾਰ ਕਰ ਦਿੱਤਾ।
unsupported-response-type = ਅਧਿਕਾਰ ਸਰਵਰ ਇਸ ਕਿਸਮ ਦੇ ਜਵਾਬ ਦਾ ਸਮਰਥਨ ਨਹੀਂ ਕਰਦਾ।
invalid-redirect-uri = ਸ਼ਾਮਲ ਕੀਤਾ ਗਿਆ ਰੀਡਾਇਰੈਕਟ URI ਵੈਧ ਨਹੀਂ ਹੈ।
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] ਅਧਿਕਾਰ ਸਰਵਰ PKCE ਦਾ ਸਮਰਥਨ ਨਹੀਂ ਕਰਦਾ, ਕਿਉਂਕਿ ਕੋਈ ਵੀ code_challenge_method ਮੁੱਲ ਸਵੀਕਾਰ ਨਹੀਂ ਕੀਤਾ ਜਾਂਦਾ।
        [1] code_challenge_method { $methods } ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
        [one] code_challenge_method { $methods } ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
       *[other] code_challenge_method ਇਹਨਾਂ ਵਿੱਚੋਂ ਇੱਕ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ: { $methods }।
    }
    .bare = ਅਧਿਕਾਰ ਸਰਵਰ ਇਸ code_challenge_method ਦਾ ਸਮਰਥਨ ਨਹੀਂ ਕਰਦਾ।
server-error = ਅਧਿਕਾਰ ਸਰਵਰ ਨੂੰ ਇੱਕ ਅਣਕਿਆਸੀ ਸਥਿਤੀ ਦਾ ਸਾਹਮਣਾ ਕਰਨਾ ਪਿਆ, ਜਿਸ ਕਾਰਨ ਉਹ ਬੇਨਤੀ ਪੂਰੀ ਨਹੀਂ ਕਰ ਸਕਿਆ।
temporarily-unavailable = ਸਰਵਰ ਉੱਤੇ ਆਰਜ਼ੀ ਵਾਧੂ ਭਾਰ ਜਾਂ ਮੁਰੰਮਤ ਦੇ ਕਾਰਨ ਅਧਿਕਾਰ ਸਰਵਰ ਇਸ ਵੇਲੇ ਬੇਨਤੀ ਨੂੰ ਸੰਭਾਲ ਨਹੀਂ ਸਕਦਾ।
revoke-unauthorized = ਤੁਹਾਨੂੰ ਇਹ ਟੋਕਨ ਰੱਦ ਕਰਨ ਦਾ ਅਧਿਕਾਰ ਨਹੀਂ ਹੈ
insufficient-scope = ਇਸ ਸਰੋਤ ਤੱਕ ਪਹੁੰਚ ਲਈ “{ $scopes }” ਸਕੋਪ ਦੀ ਲੋੜ ਹੈ।
    .bare = ਇਸ ਸਰੋਤ ਤੱਕ ਪਹੁੰਚ ਲਈ ਵਧੇਰੇ ਵਿਆਪਕ ਸਕੋਪ ਦੀ ਲੋੜ ਹੈ।
