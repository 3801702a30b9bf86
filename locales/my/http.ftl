# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = မှားယွင်းသော တောင်းဆိုမှု
http-401 = ခွင့်ပြုချက် မရှိပါ
http-403 = တားမြစ်ထားပါသည်
http-404 = ရှာမတွေ့ပါ
http-406 = လက်ခံနိုင်ဖွယ်ရာ မဟုတ်ပါ
http-409 = ကွဲလွဲမှု ရှိနေပါသည်
http-410 = မရရှိနိုင်တော့ပါ
http-413 = အကြောင်းအရာ အရွယ်အစား ကြီးလွန်းပါသည်
http-422 = အကြောင်းအရာကို စီမံဆောင်ရွက်၍ မရပါ
http-429 = တောင်းဆိုမှုများ အလွန်များနေပါသည်
http-500 = ဆာဗာ အတွင်းပိုင်း အမှား
http-502 = ဂိတ်ဝေး မှားယွင်းနေပါသည်
http-503 = ဝန်ဆောင်မှု မရရှိနိုင်ပါ
http-504 = ဂိတ်ဝေး တုံ့ပြန်ချိန် ကုန်ဆုံးသွားပါသည်
http-4xx = client ဘက်မှ အမှား
http-5xx = ဆာဗာဘက်မှ အမှား
