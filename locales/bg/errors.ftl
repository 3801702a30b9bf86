# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Параметърът липсва или стойността му е празна или невалидна: { $param }
    .bare = Параметърът липсва или стойността му е празна или невалидна
api-authentication-required = Този API изисква удостоверен потребител
not-permitted = Това действие не е позволено
login-disabled = Влизането в акаунта ви в момента е забранено
login-unconfirmed = Акаунтът ви няма потвърден имейл адрес
login-pending-approval = Акаунтът ви в момента очаква одобрение
record-not-found = Записът не е намерен
validation-failed = Неуспешна валидация: { $errors }
    .bare = Неуспешна валидация
duplicate-record = Дублиран запис
user-required = Този метод изисква удостоверен потребител
rate-limited = Твърде много заявки
remote-fetch-failed = Отдалечените данни не можаха да бъдат извлечени
remote-ssl-failed = Отдалеченият SSL сертификат не можа да бъде проверен
temporary-failure = Възникна временен проблем при обработката на заявката ви. Моля, опитайте отново

invalid-date = Подадена е невалидна дата
record-invalid = Невалиден запис
client-credentials-required = Този метод изисква удостоверяване с идентификационните данни на клиента
scope-forbidden = Това действие е извън разрешените обхвати
token-invalid = Токенът за достъп е невалиден
token-expired = Токенът за достъп е изтекъл
token-revoked = Токенът за достъп е отменен
not-authorized = Няма разрешение
pagination-invalid = Стойностите за страниране `offset` и `limit` трябва да са положителни
confirmation-wrong-app = Този метод е достъпен само за приложението, чрез което потребителят първоначално се е регистрирал
confirmation-not-pending = Този метод е достъпен само докато имейлът очаква потвърждение
update-conflict = Конфликт при обновяването. Моля, опитайте отново
media-type-unverified = Типът на качения мултимедиен файл не можа да бъде проверен
media-thumbnail-failed = Грешка при обработката на миниатюрата на качения мултимедиен файл
media-in-use = Мултимедийният файл в момента се използва в публикация
search-pagination-unauthenticated = Страниране на резултатите от търсене не се поддържа без удостоверяване
search-resolve-unauthenticated = Търсения, които извличат отдалечени ресурси, не се поддържат без удостоверяване
csrf-unverified = Автентичността на CSRF токена не може да бъде проверена.
self-follow = Не е позволено да следвате собствения си акаунт
invite-invalid = Тази покана е невалидна
reply-target-missing = Публикацията, на която се опитвате да отговорите, изглежда, не съществува.
quote-target-missing = Публикацията, която се опитвате да цитирате, изглежда, не съществува.
translation-quota-exceeded = Квотата за използване на услугата за превод за целия сървър е надвишена.
translation-rate-limited = Напоследък към услугата за превод са изпратени твърде много заявки.
domain-block-exists = Вече сте наложили по-строги ограничения на { $name }.
    .bare = Вече сте наложили по-строги ограничения на този домейн.
unexpected-mentions = Публикацията би била изпратена до неочаквани акаунти
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Неизвестен филтър: { $value }
        [origin] Неизвестен произход: { $value }
        [status] Неизвестно състояние: { $value }
        [order] Неизвестна подредба: { $value }
       *[other] Неизвестна стойност: { $value }
    }
    .bare = Неизвестна стойност на параметър
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Грешка при валидацията
