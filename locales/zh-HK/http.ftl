# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = 錯誤的請求
http-429 = 請求過多
http-502 = 網關錯誤
http-504 = 網關逾時
http-4xx = 客戶端錯誤
