# Traditional Chinese, Taiwan (zh-TW): HTTP reason phrases.

http-400 = 錯誤的要求
http-401 = 未經授權
http-403 = 禁止存取
http-404 = 找不到
http-406 = 無法接受
http-409 = 衝突
http-410 = 已不存在
http-413 = 內容過大
http-422 = 無法處理的內容
http-429 = 要求過多
http-500 = 內部伺服器錯誤
http-502 = 錯誤的閘道
http-503 = 服務無法使用
http-504 = 閘道逾時
http-4xx = 用戶端錯誤
http-5xx = 伺服器錯誤
