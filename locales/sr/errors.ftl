# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Параметар недостаје или је његова вредност празна или неисправна: { $param }
    .bare = Параметар недостаје или је његова вредност празна или неисправна
api-authentication-required = Овај API захтева пријављеног корисника
not-permitted = Ова радња није дозвољена
login-disabled = Пријављивање на ваш налог је тренутно онемогућено
login-unconfirmed = Ваш налог нема потврђену адресу е-поште
login-pending-approval = Ваш налог тренутно чека одобрење
record-not-found = Запис није пронађен
validation-failed = Провера исправности није успела: { $errors }
    .bare = Провера исправности није успела
duplicate-record = Запис већ постоји
user-required = Овај метод захтева пријављеног корисника
rate-limited = Превише захтева
remote-fetch-failed = Није било могуће преузети удаљене податке
remote-ssl-failed = Није било могуће проверити SSL сертификат удаљеног сервера
temporary-failure = Дошло је до привременог проблема при обради вашег захтева, покушајте поново

invalid-date = Наведени датум није исправан
record-invalid = Запис није исправан
client-credentials-required = Овај метод захтева аутентификацију помоћу акредитива клијента
scope-forbidden = Ова радња није обухваћена одобреним опсезима
token-invalid = Приступни токен није исправан
token-expired = Приступни токен је истекао
token-revoked = Приступни токен је опозван
not-authorized = Нисте овлашћени
pagination-invalid = Вредности за страничење `offset` и `limit` морају бити позитивне
confirmation-wrong-app = Овај метод је доступан само апликацији преко које се корисник првобитно регистровао
confirmation-not-pending = Овај метод је доступан само док адреса е-поште чека потврду
update-conflict = Дошло је до сукоба током ажурирања, покушајте поново
media-type-unverified = Није било могуће проверити тип отпремљене медијске датотеке
media-thumbnail-failed = Грешка при обради сличице за отпремљену медијску датотеку
media-in-use = Медијски прилог се тренутно користи у објави
search-pagination-unauthenticated = Страничење резултата претраге није подржано без пријаве
search-resolve-unauthenticated = Претраге које разрешавају удаљене ресурсе нису подржане без пријаве
csrf-unverified = Није могуће проверити аутентичност CSRF токена.
self-follow = Није дозвољено пратити сопствени налог
invite-invalid = Ова позивница није важећа
reply-target-missing = Изгледа да објава на коју покушавате да одговорите не постоји.
quote-target-missing = Изгледа да објава коју покушавате да цитирате не постоји.
translation-quota-exceeded = Премашена је квота коришћења услуге превођења на нивоу целог сервера.
translation-rate-limited = Услузи превођења је недавно упућено превише захтева.
domain-block-exists = Већ сте поставили строжа ограничења за домен { $name }.
    .bare = Већ сте поставили строжа ограничења за овај домен.
unexpected-mentions = Објава би била послата неочекиваним налозима
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Непознат филтер: { $value }
        [origin] Непознато порекло: { $value }
        [status] Непознат статус: { $value }
        [order] Непознат редослед: { $value }
       *[other] Непозната вредност: { $value }
    }
    .bare = Непозната вредност параметра
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Грешка при провери исправности
