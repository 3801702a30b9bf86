# OAuth errors: the body's `error` is the RFC 6749 code and is never
# translated; these are the `error_description` texts.

invalid-request = الطلب ينقصه معامل مطلوب، أو يتضمن قيمة غير مدعومة لأحد المعاملات، أو صيغته غير صحيحة لسبب آخر.
invalid-request-missing-param = معامل مطلوب مفقود: { $value }.
    .bare = معامل مطلوب مفقود.
invalid-request-not-authorized = يجب تفويض الطلب. المعامل المطلوب لتفويض الطلب مفقود أو غير صالح.
invalid-client = فشلت مصادقة العميل لأن العميل غير معروف، أو لعدم تضمين مصادقة العميل، أو لأن طريقة المصادقة غير مدعومة.
invalid-grant = إذن التفويض المقدَّم غير صالح، أو منتهي الصلاحية، أو مُبطَل، أو لا يطابق عنوان URI لإعادة التوجيه المستخدَم في طلب التفويض، أو صادر لعميل آخر.
unauthorized-client = العميل غير مصرَّح له بتنفيذ هذا الطلب باستخدام هذه الطريقة.
unsupported-grant-type = نوع إذن التفويض غير مدعوم من خادم التفويض.
invalid-scope = النطاق المطلوب غير صالح، أو غير معروف، أو صيغته غير صحيحة.
access-denied = رفض مالك المورد أو خادم التفويض الطلب.
unsupported-response-type = لا يدعم خادم التفويض نوع الاستجابة هذا.
invalid-redirect-uri = عنوان URI لإعادة التوجيه المضمَّن غير صالح.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] لا يدعم خادم التفويض PKCE، إذ لا توجد قيم مقبولة لـ code_challenge_method.
        [zero] لا يدعم خادم التفويض PKCE، إذ لا توجد قيم مقبولة لـ code_challenge_method.
        [one] يجب أن تكون قيمة code_challenge_method هي { $methods }.
        [two] يجب أن تكون قيمة code_challenge_method إحدى القيمتين التاليتين: { $methods }.
        [few] يجب أن تكون قيمة code_challenge_method إحدى القيم التالية: { $methods }.
        [many] يجب أن تكون قيمة code_challenge_method إحدى القيم التالية: { $methods }.
       *[other] يجب أن تكون قيمة code_challenge_method إحدى القيم التالية: { $methods }.
    }
    .bare = قيمة code_challenge_method غير مدعومة من خادم التفويض.
server-error = واجه خادم التفويض ظرفًا غير متوقع منعه من تلبية الطلب.
temporarily-unavailable = يتعذَّر على خادم التفويض حاليًا معالجة الطلب بسبب ضغط مؤقت على الخادم أو أعمال صيانة.
revoke-unauthorized = غير مصرَّح لك بإبطال هذا الرمز
insufficient-scope = يتطلب الوصول إلى هذا المورد النطاق «{ $scopes }».
    .bare = يتطلب الوصول إلى هذا المورد نطاقًا أوسع.
