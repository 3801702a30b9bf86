# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = درخواست نادرست
http-401 = احراز هویت نشده
http-403 = دسترسی ممنوع
http-404 = پیدا نشد
http-406 = غیرقابل‌قبول
http-409 = تداخل
http-410 = دیگر در دسترس نیست
http-413 = محتوا بیش از حد بزرگ است
http-422 = محتوای غیرقابل‌پردازش
http-429 = درخواست‌های بیش از حد
http-500 = خطای داخلی کارساز
http-502 = دروازهٔ نامعتبر
http-503 = سرویس در دسترس نیست
http-504 = پایان مهلت دروازه
http-4xx = خطای کارخواه
http-5xx = خطای کارساز
