# Korean (ko): OAuth error descriptions. The `error` code itself is never
# translated.

invalid-request = 요청에 필수 매개변수가 없거나, 지원되지 않는 매개변수 값이 포함되어 있거나, 그 밖에 형식이 잘못되었습니다.
invalid-request-missing-param = 필수 매개변수가 없습니다: { $value }.
    .bare = 필수 매개변수가 없습니다.
invalid-request-not-authorized = 요청에 인가가 필요합니다. 요청을 인가하는 데 필요한 매개변수가 없거나 올바르지 않습니다.
invalid-client = 알 수 없는 클라이언트이거나, 클라이언트 인증 정보가 포함되지 않았거나, 지원되지 않는 인증 방식이어서 클라이언트 인증에 실패했습니다.
invalid-grant = 제공된 인가 그랜트가 올바르지 않거나, 만료되었거나, 폐기되었거나, 인가 요청에 사용된 리디렉션 URI와 일치하지 않거나, 다른 클라이언트에 발급된 것입니다.
unauthorized-client = 이 클라이언트는 이 방식으로 이 요청을 수행할 권한이 없습니다.
unsupported-grant-type = 인가 서버에서 지원하지 않는 인가 그랜트 유형입니다.
invalid-scope = 요청한 권한 범위가 올바르지 않거나, 알 수 없거나, 형식이 잘못되었습니다.
access-denied = 리소스 소유자 또는 인가 서버가 요청을 거부했습니다.
unsupported-response-type = 인가 서버에서 지원하지 않는 응답 유형입니다.
invalid-redirect-uri = 포함된 리디렉션 URI가 올바르지 않습니다.
# $count is the number of accepted methods, $methods their list.
invalid-code-challenge-method =
    { $count ->
        [0] 허용되는 code_challenge_method 값이 없으므로 인가 서버에서 PKCE를 지원하지 않습니다.
        [1] code_challenge_method는 { $methods } 값이어야 합니다.
       *[other] code_challenge_method는 다음 중 하나여야 합니다: { $methods }.
    }
    .bare = 인가 서버에서 지원하지 않는 code_challenge_method입니다.
server-error = 인가 서버에서 예기치 않은 문제가 발생하여 요청을 처리할 수 없습니다.
temporarily-unavailable = 일시적인 과부하 또는 유지 보수로 인해 인가 서버가 현재 요청을 처리할 수 없습니다.
revoke-unauthorized = 이 토큰을 폐기할 권한이 없습니다
insufficient-scope = 이 리소스에 접근하려면 "{ $scopes }" 권한 범위가 필요합니다.
    .bare = 이 리소스에 접근하려면 더 넓은 권한 범위가 필요합니다.
