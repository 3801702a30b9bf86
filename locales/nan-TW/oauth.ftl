# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = 請求欠必要ê參數、包含無支援ê參數值，á是格式無正確。
invalid-request-missing-param = 欠必要ê參數：{ $value }。
    .bare = 欠必要ê參數。
invalid-request-not-authorized = Tsit ê請求tio̍h愛授權。授權請求所需要ê參數無提供á是無效。
invalid-client = 用戶端認證失敗，原因是毋知影ê用戶端、無包含用戶端認證，á是無支援ê認證方法。
invalid-grant = 所提供ê授權許可無效、已經過期、已經hőng撤銷、kap授權請求內底所用ê重轉 URI 無sio合，á是本底是發hōo別ê用戶端ê。
unauthorized-client = Tsit ê用戶端無授權用tsit ê方法執行tsit ê請求。
unsupported-grant-type = 授權服侍器無支援tsit款授權許可類型。
invalid-scope = 請求ê授權範圍無效、是毋知影ê範圍，á是格式無正確。
access-denied = 資源ê所有者á是授權服侍器拒絕tsit ê請求。
unsupported-response-type = 授權服侍器無支援tsit款回應類型。
invalid-redirect-uri = 所附ê重轉 URI 無效。
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] 授權服侍器無支援 PKCE，因為無任何接受ê code_challenge_method 值。
        [1] code_challenge_method tio̍h愛是 { $methods }。
       *[other] code_challenge_method tio̍h愛是下kha其中tsi̍t ê：{ $methods }。
    }
    .bare = 授權服侍器無支援tsit ê code_challenge_method。
server-error = 授權服侍器tú-tio̍h無預期ê狀況，所以bē當完成tsit ê請求。
temporarily-unavailable = 因為服侍器暫時負載siunn重á是teh維護，授權服侍器tsit-má bē當處理tsit ê請求。
revoke-unauthorized = Lí無權限撤銷tsit ê token
insufficient-scope = 接近使用tsit ê資源需要「{ $scopes }」授權範圍。
    .bare = 接近使用tsit ê資源需要khah闊ê授權範圍。
