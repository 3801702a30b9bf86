# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Параметр отсутствует или его значение пустое либо недопустимое: { $param }
    .bare = Параметр отсутствует или его значение пустое либо недопустимое
api-authentication-required = Для использования этого API требуется аутентификация пользователя
not-permitted = Это действие не разрешено
login-disabled = Вход в учётную запись в настоящее время отключён
login-unconfirmed = У учётной записи нет подтверждённого адреса электронной почты
login-pending-approval = Учётная запись ожидает одобрения
record-not-found = Запись не найдена
validation-failed = Проверка данных не пройдена: { $errors }
    .bare = Проверка данных не пройдена
duplicate-record = Дубликат записи
user-required = Для этого метода требуется аутентификация пользователя
rate-limited = Слишком много запросов
remote-fetch-failed = Не удалось получить данные с удалённого сервера
remote-ssl-failed = Не удалось проверить SSL-сертификат удалённого сервера
temporary-failure = При обработке запроса возникла временная проблема, повторите попытку

invalid-date = Указана некорректная дата
record-invalid = Некорректная запись
client-credentials-required = Для этого метода требуется аутентификация с учётными данными клиента
scope-forbidden = Это действие выходит за пределы разрешённых областей доступа
token-invalid = Токен доступа недействителен
token-expired = Срок действия токена доступа истёк
token-revoked = Токен доступа отозван
not-authorized = Не авторизован
pagination-invalid = Значения пагинации `offset` и `limit` должны быть положительными
confirmation-wrong-app = Этот метод доступен только приложению, через которое пользователь изначально зарегистрировался
confirmation-not-pending = Этот метод доступен, только пока адрес электронной почты ожидает подтверждения
update-conflict = Конфликт при обновлении, повторите попытку
media-type-unverified = Не удалось проверить тип загруженного медиафайла
media-thumbnail-failed = Ошибка при обработке миниатюры загруженного медиафайла
media-in-use = Медиавложение сейчас используется в посте
search-pagination-unauthenticated = Постраничный вывод результатов поиска без аутентификации не поддерживается
search-resolve-unauthenticated = Поисковые запросы с загрузкой удалённых ресурсов без аутентификации не поддерживаются
csrf-unverified = Не удаётся проверить подлинность CSRF-токена.
self-follow = Нельзя подписаться на собственную учётную запись
invite-invalid = Это приглашение недействительно
reply-target-missing = Пост, на который вы пытаетесь ответить, по-видимому, не существует.
quote-target-missing = Пост, который вы пытаетесь процитировать, по-видимому, не существует.
translation-quota-exceeded = Превышена общая для сервера квота использования службы перевода.
translation-rate-limited = За последнее время к службе перевода поступило слишком много запросов.
domain-block-exists = Для { $name } уже установлены более строгие ограничения.
    .bare = Для этого домена уже установлены более строгие ограничения.
unexpected-mentions = Пост был бы отправлен непредусмотренным учётным записям
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Неизвестный фильтр: { $value }
        [origin] Неизвестный источник: { $value }
        [status] Неизвестный статус: { $value }
        [order] Неизвестный порядок сортировки: { $value }
       *[other] Неизвестное значение: { $value }
    }
    .bare = Неизвестное значение параметра
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Ошибка проверки данных
