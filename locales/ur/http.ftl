# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = غلط درخواست
http-401 = غیر مجاز
http-403 = ممنوع
http-404 = نہیں ملا
http-406 = ناقابلِ قبول
http-409 = تنازع
http-410 = اب دستیاب نہیں
http-413 = مواد بہت بڑا ہے
http-422 = ناقابلِ عمل مواد
http-429 = بہت زیادہ درخواستیں
http-500 = اندرونی سرور خرابی
http-502 = خراب گیٹ وے
http-503 = سروس دستیاب نہیں
http-504 = گیٹ وے ٹائم آؤٹ
http-4xx = کلائنٹ کی خرابی
http-5xx = سرور کی خرابی
