# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = { $param } ပါရာမီတာ မပါဝင်ပါ၊ သို့မဟုတ် ၎င်း၏တန်ဖိုးမှာ ဗလာဖြစ်နေသည် သို့မဟုတ် မမှန်ကန်ပါ
    .bare = ပါရာမီတာတစ်ခု မပါဝင်ပါ၊ သို့မဟုတ် ၎င်း၏တန်ဖိုးမှာ ဗလာဖြစ်နေသည် သို့မဟုတ် မမှန်ကန်ပါ
api-authentication-required = ဤ API ကို အသုံးပြုရန် အထောက်အထားစိစစ်ထားသော အသုံးပြုသူ လိုအပ်ပါသည်
not-permitted = ဤလုပ်ဆောင်ချက်ကို ခွင့်မပြုပါ
login-disabled = သင့်အကောင့်သို့ ဝင်ရောက်ခွင့်ကို လက်ရှိတွင် ပိတ်ထားပါသည်
login-unconfirmed = သင့်အကောင့်တွင် အတည်ပြုထားသော အီးမေးလ်လိပ်စာ မရှိသေးပါ
login-pending-approval = သင့်အကောင့်မှာ လက်ရှိတွင် ခွင့်ပြုချက်ရရန် စောင့်ဆိုင်းနေဆဲ ဖြစ်ပါသည်
record-not-found = မှတ်တမ်းကို ရှာမတွေ့ပါ
validation-failed = မှန်ကန်ကြောင်း စစ်ဆေးမှု မအောင်မြင်ပါ - { $errors }
    .bare = မှန်ကန်ကြောင်း စစ်ဆေးမှု မအောင်မြင်ပါ
duplicate-record = မှတ်တမ်း ထပ်နေပါသည်
user-required = ဤနည်းလမ်းအတွက် အထောက်အထားစိစစ်ထားသော အသုံးပြုသူ လိုအပ်ပါသည်
rate-limited = တောင်းဆိုမှုများ အလွန်များနေပါသည်
remote-fetch-failed = အဝေးဆာဗာမှ ဒေတာကို ရယူ၍ မရပါ
remote-ssl-failed = အဝေးဆာဗာ၏ SSL လက်မှတ်ကို အတည်ပြု၍ မရပါ
temporary-failure = သင့်တောင်းဆိုမှုကို ဆောင်ရွက်ပေးရာတွင် ယာယီပြဿနာတစ်ခု ရှိခဲ့ပါသည်၊ ကျေးဇူးပြု၍ ထပ်မံကြိုးစားပါ

invalid-date = ပေးထားသော ရက်စွဲမှာ မမှန်ကန်ပါ
record-invalid = မှတ်တမ်း မမှန်ကန်ပါ
client-credentials-required = ဤနည်းလမ်းအတွက် client အထောက်အထားများဖြင့် စိစစ်ခြင်း လိုအပ်ပါသည်
scope-forbidden = ဤလုပ်ဆောင်ချက်သည် ခွင့်ပြုထားသော နယ်ပယ်များ၏ ပြင်ပတွင် ရှိနေပါသည်
token-invalid = ဝင်ရောက်ခွင့်တိုကင် မမှန်ကန်ပါ
token-expired = ဝင်ရောက်ခွင့်တိုကင် သက်တမ်းကုန်သွားပါပြီ
token-revoked = ဝင်ရောက်ခွင့်တိုကင်ကို ရုပ်သိမ်းပြီး ဖြစ်ပါသည်
not-authorized = ခွင့်ပြုချက် မရှိပါ
pagination-invalid = စာမျက်နှာခွဲခြင်းအတွက် `offset` နှင့် `limit` တန်ဖိုးများသည် အပေါင်းကိန်းများ ဖြစ်ရပါမည်
confirmation-wrong-app = အသုံးပြုသူက မူလ အကောင့်ဖွင့်ခဲ့သည့် အက်ပ်သာ ဤနည်းလမ်းကို အသုံးပြုနိုင်ပါသည်
confirmation-not-pending = ဤနည်းလမ်းကို အီးမေးလ် အတည်ပြုရန် စောင့်ဆိုင်းနေစဉ်တွင်သာ အသုံးပြုနိုင်ပါသည်
update-conflict = အပ်ဒိတ်လုပ်စဉ် ကွဲလွဲမှုတစ်ခု ဖြစ်ပေါ်ခဲ့ပါသည်၊ ကျေးဇူးပြု၍ ထပ်မံကြိုးစားပါ
media-type-unverified = တင်လိုက်သော မီဒီယာ၏ ဖိုင်အမျိုးအစားကို အတည်ပြု၍ မရပါ
media-thumbnail-failed = တင်လိုက်သော မီဒီယာ၏ ပုံသေးကို စီမံဆောင်ရွက်ရာတွင် အမှားဖြစ်ပေါ်ခဲ့ပါသည်
media-in-use = ဤမီဒီယာ ပူးတွဲဖိုင်ကို ပို့စ်တစ်ခုက လက်ရှိ အသုံးပြုထားပါသည်
search-pagination-unauthenticated = အထောက်အထားစိစစ်ခြင်း မပြုဘဲ ရှာဖွေမှုရလဒ်များကို စာမျက်နှာခွဲ၍ ကြည့်ခြင်းကို ပံ့ပိုးမထားပါ
search-resolve-unauthenticated = အဝေးဆာဗာများမှ ရင်းမြစ်များကို ရယူဖော်ထုတ်သည့် ရှာဖွေမှုများကို အထောက်အထားစိစစ်ခြင်း မပြုဘဲ ပံ့ပိုးမထားပါ
csrf-unverified = CSRF တိုကင်၏ စစ်မှန်မှုကို အတည်ပြု၍ မရပါ။
self-follow = သင့်ကိုယ်ပိုင်အကောင့်ကို စောင့်ကြည့်ခြင်းကို ခွင့်မပြုပါ
invite-invalid = ဤဖိတ်ကြားချက် မမှန်ကန်ပါ
reply-target-missing = သင် စာပြန်ရန် ကြိုးစားနေသော ပို့စ်သည် ရှိပုံမပေါ်ပါ။
quote-target-missing = သင် ကိုးကားရန် ကြိုးစားနေသော ပို့စ်သည် ရှိပုံမပေါ်ပါ။
translation-quota-exceeded = ဆာဗာတစ်ခုလုံးအတွက် သတ်မှတ်ထားသော ဘာသာပြန်ဝန်ဆောင်မှု အသုံးပြုမှု ကန့်သတ်ပမာဏကို ကျော်လွန်သွားပါပြီ။
translation-rate-limited = မကြာသေးမီက ဘာသာပြန်ဝန်ဆောင်မှုထံသို့ တောင်းဆိုမှုများ အလွန်များခဲ့ပါသည်။
domain-block-exists = { $name } အပေါ် ပိုမိုတင်းကျပ်သော ကန့်သတ်ချက်များကို သင် ချမှတ်ထားပြီး ဖြစ်ပါသည်။
    .bare = ဤဒိုမိန်းအပေါ် ပိုမိုတင်းကျပ်သော ကန့်သတ်ချက်များကို သင် ချမှတ်ထားပြီး ဖြစ်ပါသည်။
unexpected-mentions = ဤပို့စ်ကို ပေးပို့ပါက မမျှော်လင့်ထားသော အကောင့်များထံ ရောက်ရှိသွားမည် ဖြစ်ပါသည်
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] မသိရှိသော စစ်ထုတ်မှု - { $value }
        [origin] မသိရှိသော မူလနေရာ - { $value }
        [status] မသိရှိသော အခြေအနေ - { $value }
        [order] မသိရှိသော စီပုံ - { $value }
       *[other] မသိရှိသော တန်ဖိုး - { $value }
    }
    .bare = မသိရှိသော ပါရာမီတာတန်ဖိုး ဖြစ်ပါသည်
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = မှန်ကန်ကြောင်း စစ်ဆေးမှု အမှား
