# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Неправильний запит
http-401 = Не авторизовано
http-403 = Доступ заборонено
http-404 = Не знайдено
http-406 = Неприйнятно
http-409 = Конфлікт
http-410 = Більше недоступно
http-413 = Вміст завеликий
http-422 = Неможливо обробити вміст
http-429 = Забагато запитів
http-500 = Внутрішня помилка сервера
http-502 = Помилковий шлюз
http-503 = Сервіс недоступний
http-504 = Час очікування шлюзу вичерпано
http-4xx = Помилка клієнта
http-5xx = Помилка сервера
