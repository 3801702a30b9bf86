# Traditional Chinese, Taiwan (zh-TW): OAuth error descriptions. The `error`
# code itself is never translated.

invalid-request = 要求缺少必要參數、包含不支援的參數值，或格式有誤。
invalid-request-missing-param = 缺少必要參數：{ $value }。
    .bare = 缺少必要參數。
invalid-request-not-authorized = 此要求需要授權。授權要求所需的參數遺漏或無效。
invalid-client = 用戶端驗證失敗：用戶端不明、未包含用戶端驗證資訊，或使用了不支援的驗證方式。
invalid-grant = 所提供的授權許可無效、已過期、已被撤銷、與授權要求中使用的重新導向 URI 不符，或是核發給其他用戶端。
unauthorized-client = 此用戶端無權以此方式執行此要求。
unsupported-grant-type = 授權伺服器不支援此授權許可類型。
invalid-scope = 所要求的權限範圍無效、不明或格式錯誤。
access-denied = 資源擁有者或授權伺服器拒絕了此要求。
unsupported-response-type = 授權伺服器不支援此回應類型。
invalid-redirect-uri = 所包含的重新導向 URI 無效。
# $count is the number of accepted methods, $methods their list.
invalid-code-challenge-method =
    { $count ->
        [0] 授權伺服器不支援 PKCE，因為沒有可接受的 code_challenge_method 值。
        [1] code_challenge_method 必須是 { $methods }。
       *[other] code_challenge_method 必須是下列其中之一：{ $methods }。
    }
    .bare = 授權伺服器不支援此 code_challenge_method。
server-error = 授權伺服器發生非預期的狀況，無法完成此要求。
temporarily-unavailable = 授權伺服器因暫時性過載或維護，目前無法處理此要求。
revoke-unauthorized = 您無權撤銷此權杖
insufficient-scope = 存取此資源需要「{ $scopes }」權限範圍。
    .bare = 存取此資源需要更廣的權限範圍。
