# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Няправільны запыт
http-401 = Неаўтарызаваны запыт
http-403 = Доступ забаронены
http-404 = Не знойдзена
http-406 = Непрымальна
http-409 = Канфлікт
http-410 = Больш недаступна
http-413 = Змесціва занадта вялікае
http-422 = Немагчыма апрацаваць змесціва
http-429 = Занадта шмат запытаў
http-500 = Унутраная памылка сервера
http-502 = Памылка шлюза
http-503 = Сэрвіс недаступны
http-504 = Скончыўся час чакання шлюза
http-4xx = Памылка кліента
http-5xx = Памылка сервера
