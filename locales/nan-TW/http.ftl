# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = 錯誤ê請求
http-401 = 無授權
http-403 = 禁止接近使用
http-404 = Tshuē無
http-406 = Bē當接受
http-409 = 衝突
http-410 = 已經無佇leh ah
http-413 = 內容siunn大
http-422 = Bē當處理ê內容
http-429 = 請求siunn tsē
http-500 = 服侍器內部錯誤
http-502 = 錯誤ê閘道
http-503 = 服務bē當用
http-504 = 閘道逾時
http-4xx = 用戶端錯誤
http-5xx = 服侍器錯誤
