# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = ভুল অনুরোধ
http-401 = অননুমোদিত
http-403 = নিষিদ্ধ
http-404 = পাওয়া যায়নি
http-406 = গ্রহণযোগ্য নয়
http-409 = দ্বন্দ্ব
http-410 = আর উপলব্ধ নেই
http-413 = কনটেন্ট অত্যধিক বড়
http-422 = প্রক্রিয়াকরণযোগ্য নয় এমন কনটেন্ট
http-429 = অত্যধিক অনুরোধ
http-500 = সার্ভারের অভ্যন্তরীণ ত্রুটি
http-502 = ভুল গেটওয়ে
http-503 = পরিষেবা উপলব্ধ নেই
http-504 = গেটওয়ে টাইমআউট
http-4xx = ক্লায়েন্ট ত্রুটি
http-5xx = সার্ভার ত্রুটি
