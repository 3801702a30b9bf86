# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Қате сұрау
http-401 = Авторизациядан өтпеген
http-403 = Тыйым салынған
http-404 = Табылмады
http-406 = Қабылданбайды
http-409 = Қайшылық
http-410 = Енді қолжетімсіз
http-413 = Мазмұн тым үлкен
http-422 = Өңделмейтін мазмұн
http-429 = Сұраулар тым көп
http-500 = Сервердің ішкі қатесі
http-502 = Қате шлюз
http-503 = Қызмет қолжетімсіз
http-504 = Шлюздің күту уақыты өтті
http-4xx = Клиент қатесі
http-5xx = Сервер қатесі
