# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = پیرامیٹر موجود نہیں یا اس کی قدر خالی یا غلط ہے: { $param }
    .bare = پیرامیٹر موجود نہیں یا اس کی قدر خالی یا غلط ہے
api-authentication-required = اس API کے لیے تصدیق شدہ صارف درکار ہے
not-permitted = اس کارروائی کی اجازت نہیں ہے
login-disabled = آپ کا لاگ اِن فی الحال غیر فعال ہے
login-unconfirmed = آپ کے لاگ اِن کا کوئی تصدیق شدہ ای میل پتہ نہیں ہے
login-pending-approval = آپ کا لاگ اِن فی الحال منظوری کا منتظر ہے
record-not-found = ریکارڈ نہیں ملا
validation-failed = توثیق ناکام ہو گئی: { $errors }
    .bare = توثیق ناکام ہو گئی
duplicate-record = ریکارڈ پہلے سے موجود ہے
user-required = اس طریقے کے لیے تصدیق شدہ صارف درکار ہے
rate-limited = بہت زیادہ درخواستیں
remote-fetch-failed = ریموٹ ڈیٹا حاصل نہیں کیا جا سکا
remote-ssl-failed = ریموٹ SSL سرٹیفکیٹ کی تصدیق نہیں ہو سکی
temporary-failure = آپ کی درخواست پوری کرنے میں ایک عارضی مسئلہ پیش آیا، براہِ کرم دوبارہ کوشش کریں

invalid-date = فراہم کردہ تاریخ غلط ہے
record-invalid = ریکارڈ غلط ہے
client-credentials-required = اس طریقے کے لیے کلائنٹ کی اسناد سے تصدیق درکار ہے
scope-forbidden = یہ کارروائی اجازت یافتہ اسکوپس سے باہر ہے
token-invalid = رسائی ٹوکن غلط ہے
token-expired = رسائی ٹوکن کی میعاد ختم ہو گئی ہے
token-revoked = رسائی ٹوکن منسوخ کر دیا گیا ہے
not-authorized = اجازت نہیں ہے
pagination-invalid = صفحہ بندی کے لیے `offset` اور `limit` کی قدریں مثبت ہونی چاہئیں
confirmation-wrong-app = یہ طریقہ صرف اسی ایپ کے لیے دستیاب ہے جس سے صارف نے اصل میں سائن اپ کیا تھا
confirmation-not-pending = یہ طریقہ صرف اس وقت دستیاب ہے جب ای میل کی تصدیق باقی ہو
update-conflict = اپ ڈیٹ کے دوران تنازع پیش آیا، براہِ کرم دوبارہ کوشش کریں
media-type-unverified = اپ لوڈ کردہ میڈیا کی فائل کی قسم کی تصدیق نہیں ہو سکی
media-thumbnail-failed = اپ لوڈ کردہ میڈیا کا تھمب نیل بنانے میں خرابی
media-in-use = یہ منسلکہ میڈیا فی الحال ایک پوسٹ میں استعمال ہو رہا ہے
search-pagination-unauthenticated = تصدیق کے بغیر تلاش کے نتائج کی صفحہ بندی کی سہولت دستیاب نہیں
search-resolve-unauthenticated = ریموٹ وسائل حاصل کرنے والی تلاش تصدیق کے بغیر دستیاب نہیں
csrf-unverified = CSRF ٹوکن کے مستند ہونے کی تصدیق نہیں ہو سکی۔
self-follow = اپنے ہی اکاؤنٹ کو فالو کرنے کی اجازت نہیں ہے
invite-invalid = یہ دعوت نامہ درست نہیں ہے
reply-target-missing = جس پوسٹ کا آپ جواب دینے کی کوشش کر رہے ہیں وہ موجود نہیں لگتی۔
quote-target-missing = جس پوسٹ کا آپ اقتباس کرنے کی کوشش کر رہے ہیں وہ موجود نہیں لگتی۔
translation-quota-exceeded = ترجمے کی سروس کے لیے پورے سرور کی استعمال کی حد سے تجاوز ہو چکا ہے۔
translation-rate-limited = حال ہی میں ترجمے کی سروس کو بہت زیادہ درخواستیں بھیجی گئی ہیں۔
domain-block-exists = آپ { $name } پر پہلے ہی زیادہ سخت پابندیاں لگا چکے ہیں۔
    .bare = آپ اس ڈومین پر پہلے ہی زیادہ سخت پابندیاں لگا چکے ہیں۔
unexpected-mentions = یہ پوسٹ غیر متوقع اکاؤنٹس کو بھیج دی جاتی
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] نامعلوم فلٹر: { $value }
        [origin] نامعلوم ماخذ: { $value }
        [status] نامعلوم حالت: { $value }
        [order] نامعلوم ترتیب: { $value }
       *[other] نامعلوم قدر: { $value }
    }
    .bare = پیرامیٹر کی نامعلوم قدر
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = توثیق کی خرابی
