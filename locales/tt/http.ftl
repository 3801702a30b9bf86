# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Яраксыз сорау
http-401 = Авторизацияләнмәгән
http-403 = Керү тыелган
http-404 = Табылмады
http-406 = Кабул ителерлек түгел
http-409 = Конфликт
http-410 = Ресурс инде юк
http-413 = Эчтәлек артык зур
http-422 = Эшкәртеп булмый торган эчтәлек
http-429 = Сораулар артык күп
http-500 = Серверның эчке хатасы
http-502 = Шлюз хатасы
http-503 = Хезмәткә ирешеп булмый
http-504 = Шлюз җавап бирми
http-4xx = Клиент хатасы
http-5xx = Сервер хатасы
