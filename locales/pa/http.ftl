# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = ਗਲਤ ਬੇਨਤੀ
http-401 = ਅਣਅਧਿਕਾਰਤ
http-403 = ਵਰਜਿਤ
http-404 = ਨਹੀਂ ਲੱਭਿਆ
http-406 = ਸਵੀਕਾਰਯੋਗ ਨਹੀਂ
http-409 = ਟਕਰਾਅ
http-410 = ਹੁਣ ਉਪਲਬਧ ਨਹੀਂ
http-413 = ਸਮੱਗਰੀ ਬਹੁਤ ਵੱਡੀ ਹੈ
http-422 = ਸਮੱਗਰੀ ਉੱਤੇ ਕਾਰਵਾਈ ਨਹੀਂ ਹੋ ਸਕਦੀ
http-429 = ਬਹੁਤ ਸਾਰੀਆਂ ਬੇਨਤੀਆਂ
http-500 = ਅੰਦਰੂਨੀ ਸਰਵਰ ਗਲਤੀ
http-502 = ਗਲਤ ਗੇਟਵੇ
http-503 = ਸੇਵਾ ਉਪਲਬਧ ਨਹੀਂ
http-504 = ਗੇਟਵੇ ਟਾਈਮਆਊਟ
http-4xx = ਕਲਾਇੰਟ ਗਲਤੀ
http-5xx = ਸਰਵਰ ਗਲਤੀ
