# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Неисправно барање
http-401 = Неовластен пристап
http-403 = Забранет пристап
http-404 = Не е пронајдено
http-406 = Неприфатливо
http-409 = Конфликт
http-410 = Повеќе не е достапно
http-413 = Содржината е преголема
http-422 = Содржината не може да се обработи
http-429 = Премногу барања
http-500 = Внатрешна грешка на серверот
http-502 = Грешка на мрежниот премин
http-503 = Услугата е недостапна
http-504 = Истече времето за чекање на мрежниот премин
http-4xx = Грешка на клиентот
http-5xx = Грешка на серверот
