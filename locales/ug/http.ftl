# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = خاتا ئىلتىماس
http-401 = ھوقۇق بېرىلمىگەن
http-403 = چەكلەنگەن
http-404 = تېپىلمىدى
http-406 = قوبۇل قىلغىلى بولمايدۇ
http-409 = توقۇنۇش
http-410 = ئەمدى مەۋجۇت ئەمەس
http-413 = مەزمۇن بەك چوڭ
http-422 = بىر تەرەپ قىلغىلى بولمايدىغان مەزمۇن
http-429 = ئىلتىماس بەك كۆپ
http-500 = مۇلازىمېتىر ئىچكى خاتالىقى
http-502 = خاتا تور ئۆتكىلى
http-503 = مۇلازىمەتنى ئىشلەتكىلى بولمايدۇ
http-504 = تور ئۆتكىلىنىڭ ۋاقتى ئېشىپ كەتتى
http-4xx = خېرىدار تەرەپ خاتالىقى
http-5xx = مۇلازىمېتىر خاتالىقى
