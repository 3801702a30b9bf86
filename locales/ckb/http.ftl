# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = داواکاریی نادروست
http-401 = ڕێگەپێنەدراو
http-403 = قەدەغەکراو
http-404 = نەدۆزرایەوە
http-406 = پەسەندنەکراو
http-409 = ناکۆکی
http-410 = چیتر بەردەست نییە
http-413 = ناوەڕۆک زۆر گەورەیە
http-422 = ناوەڕۆکەکە ناتوانرێت پرۆسێس بکرێت
http-429 = داواکاریی زۆر زیاد
http-500 = هەڵەی ناوخۆیی سێرڤەر
http-502 = دەروازەی نادروست
http-503 = خزمەتگوزاری بەردەست نییە
http-504 = کاتی دەروازە بەسەرچوو
http-4xx = هەڵەی کلاینت
http-5xx = هەڵەی سێرڤەر
