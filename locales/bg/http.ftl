# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Невалидна заявка
http-401 = Неоторизиран достъп
http-403 = Забранен достъп
http-404 = Не е намерено
http-406 = Неприемливо
http-409 = Конфликт
http-410 = Вече не е налично
http-413 = Съдържанието е твърде голямо
http-422 = Съдържанието не може да бъде обработено
http-429 = Твърде много заявки
http-500 = Вътрешна грешка на сървъра
http-502 = Невалиден отговор от шлюза
http-503 = Услугата е недостъпна
http-504 = Времето за изчакване на шлюза изтече
http-4xx = Грешка на клиента
http-5xx = Грешка на сървъра
