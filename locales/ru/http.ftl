# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Некорректный запрос
http-401 = Не авторизован
http-403 = Доступ запрещён
http-404 = Не найдено
http-406 = Неприемлемо
http-409 = Конфликт
http-410 = Ресурс удалён
http-413 = Содержимое слишком велико
http-422 = Необрабатываемое содержимое
http-429 = Слишком много запросов
http-500 = Внутренняя ошибка сервера
http-502 = Ошибка шлюза
http-503 = Сервис недоступен
http-504 = Шлюз не отвечает
http-4xx = Ошибка клиента
http-5xx = Ошибка сервера
