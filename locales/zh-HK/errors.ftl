# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

api-authentication-required = 此 API 只限已通過身份驗證的用戶使用
login-disabled = 你的帳戶目前已停用登入
login-unconfirmed = 你的帳戶尚未確認電郵地址
login-pending-approval = 你的帳戶目前正在等待審批
record-not-found = 找不到記錄
duplicate-record = 記錄重複
user-required = 此方法只限已通過身份驗證的用戶使用
rate-limited = 請求過多
remote-ssl-failed = 無法驗證遠端 SSL 證書
temporary-failure = 處理你的請求時發生暫時性問題，請再試一次

record-invalid = 記錄無效
client-credentials-required = 此方法需要以客戶端憑證進行驗證
confirmation-wrong-app = 此方法只限用戶最初註冊時所用的應用程式使用
confirmation-not-pending = 此方法只能在電郵地址等待確認期間使用
media-type-unverified = 無法驗證上載媒體的檔案類型
media-thumbnail-failed = 處理上載媒體的縮圖時發生錯誤
media-in-use = 此媒體附件目前正被一則帖文使用
search-pagination-unauthenticated = 未經身份驗證時不支援搜尋結果分頁
search-resolve-unauthenticated = 未經身份驗證時不支援解析遠端資源的搜尋
self-follow = 不可以追蹤你自己的帳戶
reply-target-missing = 你要回覆的帖文似乎不存在。
quote-target-missing = 你要引用的帖文似乎不存在。
translation-rate-limited = 近期對翻譯服務的請求過多。
domain-block-exists = 你已對 { $name } 施加更嚴格的限制。
    .bare = 你已對此網域施加更嚴格的限制。
unexpected-mentions = 此帖文若發佈，將會傳送給意料之外的帳戶
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] 未知的過濾器：{ $value }
        [origin] 未知的來源：{ $value }
        [status] 未知的狀態：{ $value }
        [order] 未知的排序方式：{ $value }
       *[other] 未知的值：{ $value }
    }
    .bare = 未知的參數值
