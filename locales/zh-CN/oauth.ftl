# Simplified Chinese (zh-CN): OAuth error descriptions. The `error` code
# itself is never translated.

invalid-request = 请求缺少必需的参数、包含不受支持的参数值，或存在其他格式错误。
invalid-request-missing-param = 缺少必需的参数：{ $value }。
    .bare = 缺少必需的参数。
invalid-request-not-authorized = 请求需要授权。授权请求所需的参数缺失或无效。
invalid-client = 由于客户端未知、未包含客户端身份验证信息或身份验证方式不受支持，客户端身份验证失败。
invalid-grant = 提供的授权许可无效、已过期、已被撤销、与授权请求中使用的重定向 URI 不匹配，或已颁发给其他客户端。
unauthorized-client = 该客户端无权使用此方式执行此请求。
unsupported-grant-type = 授权服务器不支持此授权许可类型。
invalid-scope = 请求的权限范围无效、未知或格式错误。
access-denied = 资源所有者或授权服务器拒绝了该请求。
unsupported-response-type = 授权服务器不支持此响应类型。
invalid-redirect-uri = 所提供的重定向 URI 无效。
# $count is the number of accepted methods, $methods their list.
invalid-code-challenge-method =
    { $count ->
        [0] 授权服务器不支持 PKCE，因为没有可接受的 code_challenge_method 值。
        [1] code_challenge_method 必须为 { $methods }。
       *[other] code_challenge_method 必须为以下之一：{ $methods }。
    }
    .bare = 授权服务器不支持该 code_challenge_method。
server-error = 授权服务器遇到意外情况，无法完成该请求。
temporarily-unavailable = 由于服务器暂时过载或正在维护，授权服务器当前无法处理该请求。
revoke-unauthorized = 你无权撤销此令牌
insufficient-scope = 访问此资源需要“{ $scopes }”权限范围。
    .bare = 访问此资源需要更大的权限范围。
