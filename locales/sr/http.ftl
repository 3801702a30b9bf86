# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Неисправан захтев
http-401 = Неовлашћен приступ
http-403 = Забрањено
http-404 = Није пронађено
http-406 = Неприхватљиво
http-409 = Сукоб
http-410 = Више није доступно
http-413 = Садржај је превелик
http-422 = Садржај није могуће обрадити
http-429 = Превише захтева
http-500 = Интерна грешка сервера
http-502 = Неисправан мрежни пролаз
http-503 = Услуга није доступна
http-504 = Истекло је време чекања мрежног пролаза
http-4xx = Грешка клијента
http-5xx = Грешка сервера
