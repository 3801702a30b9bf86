# Japanese (ja): OAuth error descriptions. The `error` code itself is never
# translated.

invalid-request = リクエストに必須パラメーターが含まれていないか、サポートされていないパラメーター値が含まれているか、その他の点で形式が正しくありません。
invalid-request-missing-param = 必須パラメーターがありません：{ $value }。
    .bare = 必須パラメーターがありません。
invalid-request-not-authorized = このリクエストには認可が必要です。リクエストの認可に必要なパラメーターが指定されていないか、無効です。
invalid-client = クライアントが不明であるか、クライアント認証が含まれていないか、サポートされていない認証方式が使われたため、クライアント認証に失敗しました。
invalid-grant = 指定された認可グラントは、無効であるか、有効期限が切れているか、取り消されているか、認可リクエストで使用されたリダイレクトURIと一致しないか、別のクライアントに発行されたものです。
unauthorized-client = このクライアントには、この方法でこのリクエストを実行する権限がありません。
unsupported-grant-type = この認可グラントタイプは認可サーバーでサポートされていません。
invalid-scope = 要求されたスコープは無効か不明であるか、形式が正しくありません。
access-denied = リソースオーナーまたは認可サーバーがリクエストを拒否しました。
unsupported-response-type = 認可サーバーはこのレスポンスタイプをサポートしていません。
invalid-redirect-uri = 指定されたリダイレクトURIは無効です。
# $count is the number of accepted methods, $methods their list.
invalid-code-challenge-method =
    { $count ->
        [0] 受け入れ可能な code_challenge_method の値がないため、認可サーバーはPKCEをサポートしていません。
        [1] code_challenge_method は { $methods } である必要があります。
       *[other] code_challenge_method は次のいずれかである必要があります：{ $methods }。
    }
    .bare = この code_challenge_method は認可サーバーでサポートされていません。
server-error = 認可サーバーで予期しない問題が発生したため、リクエストを処理できませんでした。
temporarily-unavailable = 一時的な過負荷またはメンテナンスのため、認可サーバーは現在リクエストを処理できません。
revoke-unauthorized = このトークンを取り消す権限がありません
insufficient-scope = このリソースにアクセスするには「{ $scopes }」スコープが必要です。
    .bare = このリソースにアクセスするには、より広いスコープが必要です。
