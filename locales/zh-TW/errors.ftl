# Traditional Chinese, Taiwan (zh-TW): errors of the REST API.
# `.bare` is the text without the variable.

param-missing = 缺少參數，或參數值為空白或無效：{ $param }
    .bare = 缺少參數，或參數值為空白或無效
api-authentication-required = 此 API 僅限已通過身分驗證的使用者使用
not-permitted = 不允許執行此操作
login-disabled = 您的帳號目前已停用登入
login-unconfirmed = 您的帳號尚未驗證電子郵件地址
login-pending-approval = 您的帳號目前正在等待審核
record-not-found = 找不到紀錄
validation-failed = 驗證失敗：{ $errors }
    .bare = 驗證失敗
duplicate-record = 紀錄重複
user-required = 此方法僅限已通過身分驗證的使用者使用
rate-limited = 要求過多
remote-fetch-failed = 無法取得遠端資料
remote-ssl-failed = 無法驗證遠端 SSL 憑證
temporary-failure = 處理您的要求時發生暫時性問題，請再試一次

invalid-date = 提供的日期無效
record-invalid = 紀錄無效
client-credentials-required = 此方法需要使用用戶端認證資訊進行驗證
scope-forbidden = 此操作超出已授權的權限範圍
token-invalid = 存取權杖無效
token-expired = 存取權杖已過期
token-revoked = 存取權杖已被撤銷
not-authorized = 未獲授權
pagination-invalid = 分頁參數 `offset` 與 `limit` 的值必須為正數
confirmation-wrong-app = 此方法僅限使用者最初註冊時所用的應用程式使用
confirmation-not-pending = 此方法僅能在電子郵件地址等待確認期間使用
update-conflict = 更新時發生衝突，請再試一次
media-type-unverified = 無法驗證上傳媒體的檔案類型
media-thumbnail-failed = 處理上傳媒體的縮圖時發生錯誤
media-in-use = 此媒體附件目前正被一則嘟文使用
search-pagination-unauthenticated = 未經身分驗證時不支援搜尋結果分頁
search-resolve-unauthenticated = 未經身分驗證時不支援解析遠端資源的搜尋
csrf-unverified = 無法驗證 CSRF 權杖的真實性。
self-follow = 不允許跟隨您自己的帳號
invite-invalid = 此邀請無效
reply-target-missing = 您要回覆的嘟文似乎不存在。
quote-target-missing = 您要引用的嘟文似乎不存在。
translation-quota-exceeded = 翻譯服務的全伺服器用量配額已用盡。
translation-rate-limited = 近期對翻譯服務的要求過多。
domain-block-exists = 您已對 { $name } 施加更嚴格的限制。
    .bare = 您已對此網域施加更嚴格的限制。
unexpected-mentions = 此嘟文若發布，將會傳送給非預期的帳號
# $kind: filter, origin, status or order (API values; keep the keys).
unknown-parameter-value =
    { $kind ->
        [filter] 未知的篩選器：{ $value }
        [origin] 未知的來源：{ $value }
        [status] 未知的狀態：{ $value }
        [order] 未知的排序方式：{ $value }
       *[other] 未知的值：{ $value }
    }
    .bare = 未知的參數值
validation-error = 驗證錯誤
