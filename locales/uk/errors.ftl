# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Параметр відсутній або його значення порожнє чи недійсне: { $param }
    .bare = Параметр відсутній або його значення порожнє чи недійсне
api-authentication-required = Для цього API потрібна автентифікація користувача
not-permitted = Цю дію не дозволено
login-disabled = Вхід до вашого облікового запису наразі вимкнено
login-unconfirmed = Для вашого облікового запису не підтверджено адресу електронної пошти
login-pending-approval = Ваш обліковий запис наразі очікує на схвалення
record-not-found = Запис не знайдено
validation-failed = Перевірку не пройдено: { $errors }
    .bare = Перевірку не пройдено
duplicate-record = Такий запис уже існує
user-required = Для цього методу потрібна автентифікація користувача
rate-limited = Забагато запитів
remote-fetch-failed = Не вдалося отримати віддалені дані
remote-ssl-failed = Не вдалося перевірити SSL-сертифікат віддаленого сервера
temporary-failure = Під час обробки вашого запиту виникла тимчасова проблема, спробуйте ще раз

invalid-date = Указано недійсну дату
record-invalid = Запис недійсний
client-credentials-required = Для цього методу потрібна автентифікація за обліковими даними клієнта
scope-forbidden = Ця дія виходить за межі дозволених областей доступу
token-invalid = Токен доступу недійсний
token-expired = Термін дії токена доступу минув
token-revoked = Токен доступу відкликано
not-authorized = Не авторизовано
pagination-invalid = Значення `offset` і `limit` для розбиття на сторінки мають бути додатними
confirmation-wrong-app = Цей метод доступний лише для застосунку, через який користувач спочатку зареєструвався
confirmation-not-pending = Цей метод доступний лише тоді, коли адреса електронної пошти очікує на підтвердження
update-conflict = Конфлікт під час оновлення, спробуйте ще раз
media-type-unverified = Не вдалося перевірити тип завантаженого медіафайлу
media-thumbnail-failed = Помилка обробки мініатюри завантаженого медіафайлу
media-in-use = Це медіавкладення наразі використовується в дописі
search-pagination-unauthenticated = Розбиття результатів пошуку на сторінки без автентифікації не підтримується
search-resolve-unauthenticated = Пошукові запити, що звертаються до віддалених ресурсів, без автентифікації не підтримуються
csrf-unverified = Не вдалося перевірити автентичність токена CSRF.
self-follow = Підписуватися на власний обліковий запис не дозволено
invite-invalid = Це запрошення недійсне
reply-target-missing = Схоже, допису, на який ви намагаєтеся відповісти, не існує.
quote-target-missing = Схоже, допису, який ви намагаєтеся процитувати, не існує.
translation-quota-exceeded = Перевищено квоту використання служби перекладу, спільну для всього сервера.
translation-rate-limited = Останнім часом до служби перекладу надійшло забагато запитів.
domain-block-exists = Ви вже запровадили суворіші обмеження для { $name }.
    .bare = Ви вже запровадили суворіші обмеження для цього домену.
unexpected-mentions = Допис було б надіслано неочікуваним обліковим записам
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Невідомий фільтр: { $value }
        [origin] Невідоме джерело: { $value }
        [status] Невідомий статус: { $value }
        [order] Невідомий порядок сортування: { $value }
       *[other] Невідоме значення: { $value }
    }
    .bare = Невідоме значення параметра
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Помилка перевірки даних
