# OAuth errors (Doorkeeper): the body's `error` is the RFC 6749 code and is
# never translated; these are the `error_description` texts.

invalid-request = درخواست یک پارامتر ضروری را ندارد، مقداری پشتیبانی‌نشده برای یک پارامتر دارد، یا به هر شکل دیگری ساختار نادرستی دارد.
invalid-request-missing-param = پارامتر ضروری وجود ندارد: { $value }.
    .bare = یک پارامتر ضروری وجود ندارد.
invalid-request-not-authorized = درخواست باید مجوز داشته باشد. پارامتر لازم برای مجوزدهی به درخواست وجود ندارد یا نامعتبر است.
invalid-client = احراز هویت کارخواه ناموفق بود، زیرا کارخواه ناشناخته است، هیچ احراز هویتی برای کارخواه همراه درخواست نیامده، یا روش احراز هویت پشتیبانی نمی‌شود.
invalid-grant = مجوز اعطاشده‌ای که ارائه شده نامعتبر، منقضی یا باطل است، با نشانی تغییر مسیری که در درخواست مجوز به کار رفته مطابقت ندارد، یا برای کارخواه دیگری صادر شده است.
unauthorized-client = کارخواه مجاز نیست این درخواست را با این روش انجام دهد.
unsupported-grant-type = کارساز مجوزدهی از این نوع مجوز اعطاشده پشتیبانی نمی‌کند.
invalid-scope = حوزهٔ دسترسی درخواست‌شده نامعتبر یا ناشناخته است یا ساختار نادرستی دارد.
access-denied = مالک منبع یا کارساز مجوزدهی درخواست را رد کرد.
unsupported-response-type = کارساز مجوزدهی از این نوع پاسخ پشتیبانی نمی‌کند.
invalid-redirect-uri = نشانی تغییر مسیری که در درخواست آمده معتبر نیست.
# $count is the number of accepted methods, $methods their list ("S256").
invalid-code-challenge-method =
    { $count ->
        [0] کارساز مجوزدهی از PKCE پشتیبانی نمی‌کند، زیرا هیچ مقداری برای code_challenge_method پذیرفته نمی‌شود.
        [1] مقدار code_challenge_method باید { $methods } باشد.
        [one] مقدار code_challenge_method باید یکی از این‌ها باشد: { $methods }.
       *[other] مقدار code_challenge_method باید یکی از این‌ها باشد: { $methods }.
    }
    .bare = کارساز مجوزدهی از code_challenge_method داده‌شده پشتیبانی نمی‌کند.
server-error = کارساز مجوزدهی با وضعیتی پیش‌بینی‌نشده روبه‌رو شد که مانع از انجام درخواست شد.
temporarily-unavailable = کارساز مجوزدهی به دلیل بار اضافی موقت یا نگه‌داری کارساز، در حال حاضر نمی‌تواند به درخواست رسیدگی کند.
revoke-unauthorized = اجازهٔ باطل کردن این توکن را ندارید
insufficient-scope = دسترسی به این منبع به حوزهٔ دسترسی «{ $scopes }» نیاز دارد.
    .bare = دسترسی به این منبع به حوزهٔ دسترسی گسترده‌تری نیاز دارد.
