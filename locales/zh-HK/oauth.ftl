# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = 請求缺少必要參數、包含不支援的參數值，或格式有誤。
invalid-request-not-authorized = 此請求需要授權。授權請求所需的參數缺失或無效。
invalid-client = 客戶端驗證失敗：客戶端不明、未包含客戶端驗證資料，或使用了不支援的驗證方式。
invalid-grant = 所提供的授權許可無效、已過期、已被撤銷、與授權請求中使用的重新導向 URI 不符，或已簽發給其他客戶端。
unauthorized-client = 此客戶端無權以此方式執行此請求。
invalid-scope = 所請求的權限範圍無效、不明或格式錯誤。
access-denied = 資源擁有者或授權伺服器拒絕了此請求。
server-error = 授權伺服器遇到意外情況，無法完成此請求。
temporarily-unavailable = 授權伺服器因暫時過載或正在維護，目前無法處理此請求。
revoke-unauthorized = 你無權撤銷此權杖
