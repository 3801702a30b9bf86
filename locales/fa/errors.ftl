# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = پارامتر وجود ندارد یا مقدار آن خالی یا نامعتبر است: { $param }
    .bare = پارامتر وجود ندارد یا مقدار آن خالی یا نامعتبر است
api-authentication-required = این API به کاربر احراز هویت‌شده نیاز دارد
not-permitted = این کار مجاز نیست
login-disabled = ورود به حساب شما در حال حاضر غیرفعال است
login-unconfirmed = نشانی ایمیل حساب شما هنوز تأیید نشده است
login-pending-approval = حساب شما در حال حاضر در انتظار تأیید است
record-not-found = رکورد پیدا نشد
validation-failed = اعتبارسنجی ناموفق بود: { $errors }
    .bare = اعتبارسنجی ناموفق بود
duplicate-record = رکورد تکراری است
user-required = این متد به کاربر احراز هویت‌شده نیاز دارد
rate-limited = تعداد درخواست‌ها بیش از حد است
remote-fetch-failed = دریافت داده‌های دوردست ممکن نشد
remote-ssl-failed = گواهی SSL کارساز دوردست قابل تأیید نبود
temporary-failure = هنگام رسیدگی به درخواست شما مشکلی موقت پیش آمد، لطفاً دوباره تلاش کنید

invalid-date = تاریخ واردشده نامعتبر است
record-invalid = رکورد نامعتبر است
client-credentials-required = این متد به احراز هویت با اعتبارنامهٔ کارخواه نیاز دارد
scope-forbidden = این کار خارج از حوزه‌های دسترسی مجاز است
token-invalid = توکن دسترسی نامعتبر است
token-expired = توکن دسترسی منقضی شده است
token-revoked = توکن دسترسی باطل شده است
not-authorized = اجازهٔ این کار را ندارید
pagination-invalid = مقدارهای صفحه‌بندی `offset` و `limit` باید مثبت باشند
confirmation-wrong-app = این متد فقط برای برنامه‌ای در دسترس است که کاربر در ابتدا با آن ثبت‌نام کرده است
confirmation-not-pending = این متد فقط تا زمانی در دسترس است که ایمیل در انتظار تأیید باشد
update-conflict = هنگام به‌روزرسانی تداخل پیش آمد، لطفاً دوباره تلاش کنید
media-type-unverified = نوع پروندهٔ رسانهٔ بارگذاری‌شده قابل تأیید نبود
media-thumbnail-failed = خطا در پردازش تصویر بندانگشتی رسانهٔ بارگذاری‌شده
media-in-use = این پیوست رسانه‌ای در حال حاضر در یک فرسته به کار رفته است
search-pagination-unauthenticated = صفحه‌بندی نتایج جست‌وجو بدون احراز هویت پشتیبانی نمی‌شود
search-resolve-unauthenticated = جست‌وجوهایی که منابع دوردست را واکشی می‌کنند بدون احراز هویت پشتیبانی نمی‌شوند
csrf-unverified = اصالت توکن CSRF قابل تأیید نیست.
self-follow = پی‌گرفتن حساب خودتان مجاز نیست
invite-invalid = این دعوت‌نامه معتبر نیست
reply-target-missing = به نظر می‌رسد فرسته‌ای که می‌خواهید به آن پاسخ دهید وجود ندارد.
quote-target-missing = به نظر می‌رسد فرسته‌ای که می‌خواهید نقل کنید وجود ندارد.
translation-quota-exceeded = سهمیهٔ استفاده از سرویس ترجمه برای کل این کارساز تمام شده است.
translation-rate-limited = اخیراً تعداد درخواست‌ها به سرویس ترجمه بیش از حد بوده است.
domain-block-exists = پیش‌تر محدودیت‌های سخت‌گیرانه‌تری روی { $name } اعمال کرده‌اید.
    .bare = پیش‌تر محدودیت‌های سخت‌گیرانه‌تری روی این دامنه اعمال کرده‌اید.
unexpected-mentions = با این کار، فرسته به حساب‌هایی غیرمنتظره فرستاده می‌شد
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] پالایهٔ ناشناخته: { $value }
        [origin] مبدأ ناشناخته: { $value }
        [status] وضعیت ناشناخته: { $value }
        [order] ترتیب ناشناخته: { $value }
       *[other] مقدار ناشناخته: { $value }
    }
    .bare = مقدار پارامتر ناشناخته است
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = خطای اعتبارسنجی
