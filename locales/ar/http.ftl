# Status-only bodies: the HTTP reason phrase of each status. `http-4xx` and
# `http-5xx` cover the other codes of each class.

http-400 = طلب غير صالح
http-401 = غير مصرَّح
http-403 = الوصول ممنوع
http-404 = غير موجود
http-406 = غير مقبول
http-409 = تعارض
http-410 = لم يعد موجودًا
http-413 = المحتوى كبير جدًا
http-422 = محتوى غير قابل للمعالجة
http-429 = طلبات كثيرة جدًا
http-500 = خطأ داخلي في الخادم
http-502 = بوابة غير صالحة
http-503 = الخدمة غير متاحة
http-504 = انتهت مهلة البوابة
http-4xx = خطأ من جهة العميل
http-5xx = خطأ في الخادم
