# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = درخواست میں کوئی لازمی پیرامیٹر موجود نہیں، اس میں کسی پیرامیٹر کی غیر معاون قدر شامل ہے، یا یہ کسی اور وجہ سے غلط طور پر بنی ہے۔
invalid-request-missing-param = لازمی پیرامیٹر موجود نہیں: { $value }۔
    .bare = لازمی پیرامیٹر موجود نہیں۔
invalid-request-not-authorized = درخواست کے لیے اجازت درکار ہے۔ درخواست کی اجازت کے لیے درکار پیرامیٹر موجود نہیں یا غلط ہے۔
invalid-client = کلائنٹ کی تصدیق ناکام ہو گئی کیونکہ کلائنٹ نامعلوم ہے، کلائنٹ کی تصدیق شامل نہیں، یا تصدیق کا طریقہ غیر معاون ہے۔
invalid-grant = فراہم کردہ اجازت نامہ (authorization grant) غلط ہے، اس کی میعاد ختم ہو چکی ہے، اسے منسوخ کر دیا گیا ہے، یہ اجازت کی درخواست میں استعمال شدہ ری ڈائریکٹ URI سے مطابقت نہیں رکھتا، یا یہ کسی اور کلائنٹ کو جاری کیا گیا تھا۔
unauthorized-client = کلائنٹ اس طریقے سے یہ درخواست کرنے کا مجاز نہیں ہے۔
unsupported-grant-type = اجازت دینے والا سرور اس قسم کے اجازت نامے (grant type) کو سپورٹ نہیں کرتا۔
invalid-scope = درخواست کردہ اسکوپ غلط، نامعلوم یا غلط طور پر بنا ہوا ہے۔
access-denied = وسیلے کے مالک یا اجازت دینے والے سرور نے درخواست مسترد کر دی۔
unsupported-response-type = اجازت دینے والا سرور اس قسم کے جواب کو سپورٹ نہیں کرتا۔
invalid-redirect-uri = شامل کردہ ری ڈائریکٹ URI درست نہیں ہے۔
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] اجازت دینے والا سرور PKCE کو سپورٹ نہیں کرتا کیونکہ code_challenge_method کی کوئی قدر قابلِ قبول نہیں۔
        [one] code_challenge_method کا { $methods } ہونا ضروری ہے۔
       *[other] code_challenge_method کا ان میں سے ایک ہونا ضروری ہے: { $methods }۔
    }
    .bare = اجازت دینے والا سرور اس code_challenge_method کو سپورٹ نہیں کرتا۔
server-error = اجازت دینے والے سرور کو ایک غیر متوقع صورتِ حال پیش آئی جس کی وجہ سے وہ درخواست پوری نہیں کر سکا۔
temporarily-unavailable = سرور پر عارضی حد سے زیادہ بوجھ یا دیکھ بھال کی وجہ سے اجازت دینے والا سرور فی الحال درخواست پر کارروائی نہیں کر سکتا۔
revoke-unauthorized = آپ اس ٹوکن کو منسوخ کرنے کے مجاز نہیں ہیں
insufficient-scope = اس وسیلے تک رسائی کے لیے اسکوپ “{ $scopes }” درکار ہے۔
    .bare = اس وسیلے تک رسائی کے لیے زیادہ وسیع اسکوپ درکار ہے۔
