# Errors of the Mastodon REST API: `{"error": "..."}`.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = المعامل مفقود أو قيمته فارغة أو غير صالحة: { $param }
    .bare = المعامل مفقود أو قيمته فارغة أو غير صالحة
api-authentication-required = تتطلب واجهة برمجة التطبيقات هذه مصادقة المستخدم
not-permitted = هذا الإجراء غير مسموح به
login-disabled = تسجيل الدخول إلى حسابك معطَّل حاليًا
login-unconfirmed = لا يحتوي حسابك على عنوان بريد إلكتروني مؤكَّد
login-pending-approval = حسابك في انتظار الموافقة حاليًا
record-not-found = السجل غير موجود
validation-failed = فشل التحقق من صحة البيانات: { $errors }
    .bare = فشل التحقق من صحة البيانات
duplicate-record = سجل مكرَّر
user-required = تتطلب هذه الطريقة مصادقة المستخدم
rate-limited = عدد الطلبات كبير جدًا
remote-fetch-failed = تعذَّر جلب البيانات من الخادم البعيد
remote-ssl-failed = تعذَّر التحقق من شهادة SSL الخاصة بالخادم البعيد
temporary-failure = حدثت مشكلة مؤقتة أثناء معالجة طلبك، يُرجى المحاولة مرة أخرى

invalid-date = التاريخ المقدَّم غير صالح
record-invalid = السجل غير صالح
client-credentials-required = تتطلب هذه الطريقة المصادقة باستخدام بيانات اعتماد العميل
scope-forbidden = هذا الإجراء يقع خارج النطاقات المصرَّح بها
token-invalid = رمز الوصول غير صالح
token-expired = انتهت صلاحية رمز الوصول
token-revoked = تم إبطال رمز الوصول
not-authorized = غير مصرَّح به
pagination-invalid = يجب أن تكون قيمتا ترقيم الصفحات `offset` و`limit` موجبتين
confirmation-wrong-app = لا تتوفر هذه الطريقة إلا للتطبيق الذي أنشأ المستخدم حسابه من خلاله في الأصل
confirmation-not-pending = لا تتوفر هذه الطريقة إلا عندما يكون البريد الإلكتروني في انتظار التأكيد
update-conflict = حدث تعارض أثناء التحديث، يُرجى المحاولة مرة أخرى
media-type-unverified = تعذَّر التحقق من نوع ملف الوسائط المرفوعة
media-thumbnail-failed = حدث خطأ أثناء معالجة الصورة المصغَّرة للوسائط المرفوعة
media-in-use = مرفق الوسائط مستخدَم حاليًا في أحد المنشورات
search-pagination-unauthenticated = ترقيم صفحات نتائج البحث غير مدعوم دون مصادقة
search-resolve-unauthenticated = عمليات البحث التي تتطلب جلب موارد بعيدة غير مدعومة دون مصادقة
csrf-unverified = تعذَّر التحقق من صحة رمز CSRF.
self-follow = لا يُسمح بمتابعة حسابك الخاص
invite-invalid = هذه الدعوة غير صالحة
reply-target-missing = يبدو أن المنشور الذي تحاول الرد عليه غير موجود.
quote-target-missing = يبدو أن المنشور الذي تحاول اقتباسه غير موجود.
translation-quota-exceeded = تم تجاوز حصة استخدام خدمة الترجمة المخصَّصة للخادم بأكمله.
translation-rate-limited = أُرسل عدد كبير جدًا من الطلبات إلى خدمة الترجمة مؤخرًا.
domain-block-exists = لقد فرضت بالفعل قيودًا أشد على { $name }.
    .bare = لقد فرضت بالفعل قيودًا أشد على هذا النطاق.
unexpected-mentions = كان المنشور سيُرسَل إلى حسابات غير متوقعة
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] عامل تصفية غير معروف: { $value }
        [origin] مصدر غير معروف: { $value }
        [status] حالة غير معروفة: { $value }
        [order] ترتيب غير معروف: { $value }
       *[other] قيمة غير معروفة: { $value }
    }
    .bare = قيمة معامل غير معروفة
# Raised without a message (too many ids in one request): the English wire
# text is a class name; this says what it means.
validation-error = خطأ في التحقق من صحة البيانات
