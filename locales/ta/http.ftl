# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = தவறான கோரிக்கை
http-401 = அங்கீகரிக்கப்படவில்லை
http-403 = தடைசெய்யப்பட்டது
http-404 = கிடைக்கவில்லை
http-406 = ஏற்கத்தக்கதல்ல
http-409 = முரண்பாடு
http-410 = இனி கிடைக்காது
http-413 = உள்ளடக்கம் மிகப் பெரியது
http-422 = செயலாக்க முடியாத உள்ளடக்கம்
http-429 = மிக அதிகமான கோரிக்கைகள்
http-500 = உள் சேவையகப் பிழை
http-502 = தவறான நுழைவாயில்
http-503 = சேவை கிடைக்கவில்லை
http-504 = நுழைவாயில் நேரம் முடிந்தது
http-4xx = கிளையன்ட் பிழை
http-5xx = சேவையகப் பிழை
