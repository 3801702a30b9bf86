# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = 欠參數，á是參數ê值空白á是無效：{ $param }
    .bare = 欠參數，á是參數ê值空白á是無效
api-authentication-required = Tsit ê API tio̍h愛通過身份認證ê用者tsiah ē當用
not-permitted = 無允准做tsit ê動作
login-disabled = Lí ê口座tsit-má hőng設做bē當登入
login-unconfirmed = Lí ê口座iáu無確認過ê電子phue地址
login-pending-approval = Lí ê口座tsit-má iáu teh等審核
record-not-found = Tshuē無紀錄
validation-failed = 驗證失敗：{ $errors }
    .bare = 驗證失敗
duplicate-record = 重複ê紀錄
user-required = Tsit ê方法tio̍h愛通過身份認證ê用者tsiah ē當用
rate-limited = 請求siunn tsē
remote-fetch-failed = Bē當the̍h著遠端ê資料
remote-ssl-failed = Bē當驗證遠端ê SSL 憑證
temporary-failure = 處理lí ê請求ê時陣出現暫時ê問題，請koh試tsi̍t改

invalid-date = 提供ê日期無效
record-invalid = 紀錄無效
client-credentials-required = Tsit ê方法tio̍h愛通過用戶端憑證ê認證
scope-forbidden = Tsit ê動作超過授權ê範圍
token-invalid = 接近使用ê token無效
token-expired = 接近使用ê token過期ah
token-revoked = 接近使用ê token已經hőng撤銷
not-authorized = 無授權
pagination-invalid = `offset` kap `limit` ê分頁值tio̍h愛是正數
confirmation-wrong-app = Tsit ê方法kan-ta用者當初註冊所用ê應用程式ē當用
confirmation-not-pending = Tsit ê方法kan-ta佇電子phue地址teh等確認ê時陣ē當用
update-conflict = 更新ê時陣起衝突，請koh試tsi̍t改
media-type-unverified = Bē當驗證傳起去ê媒體ê檔案類型
media-thumbnail-failed = 處理傳起去媒體ê縮小圖ê時陣出tshê
media-in-use = 媒體附件tsit-má有PO文teh用
search-pagination-unauthenticated = 無通過身份認證ê時，無支援tshiau-tshuē結果ê分頁
search-resolve-unauthenticated = 無通過身份認證ê時，無支援解析遠端資源ê tshiau-tshuē
csrf-unverified = Bē當驗證 CSRF token ê真實性。
self-follow = 無允准跟tuè lí家kī ê口座
invite-invalid = Tsit ê邀請無效
reply-target-missing = Lí beh回應ê PO文ká-ná無佇leh。
quote-target-missing = Lí beh引用ê PO文ká-ná無佇leh。
translation-quota-exceeded = Kui ê服侍器ê翻譯服務使用額度已經超過ah。
translation-rate-limited = 最近對翻譯服務ê請求siunn tsē。
domain-block-exists = Lí已經對 { $name } 設khah嚴ê限制ah。
    .bare = Lí已經對tsit ê域名設khah嚴ê限制ah。
unexpected-mentions = Tsit篇PO文nā送出去，ē hōo無預期ê口座收著
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] 毋知影ê過濾器：{ $value }
        [origin] 毋知影ê來源：{ $value }
        [status] 毋知影ê狀態：{ $value }
        [order] 毋知影ê排序：{ $value }
       *[other] 毋知影ê值：{ $value }
    }
    .bare = 毋知影ê參數值
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = 驗證錯誤
