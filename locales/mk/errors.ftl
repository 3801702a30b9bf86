# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Недостасува параметар или неговата вредност е празна или неважечка: { $param }
    .bare = Недостасува параметар или неговата вредност е празна или неважечка
api-authentication-required = Овој API бара автентициран корисник
not-permitted = Ова дејство не е дозволено
login-disabled = Најавувањето на вашата сметка моментално е оневозможено
login-unconfirmed = Вашата сметка нема потврдена адреса за е-пошта
login-pending-approval = Вашата сметка моментално чека одобрување
record-not-found = Записот не е пронајден
validation-failed = Проверката на податоците не успеа: { $errors }
    .bare = Проверката на податоците не успеа
duplicate-record = Записот веќе постои
user-required = Овој метод бара автентициран корисник
rate-limited = Премногу барања
remote-fetch-failed = Не можеа да се преземат податоците од оддалечениот сервер
remote-ssl-failed = Не можеше да се потврди SSL-сертификатот на оддалечениот сервер
temporary-failure = Настана привремен проблем при обработката на вашето барање, обидете се повторно

invalid-date = Наведен е неважечки датум
record-invalid = Неважечки запис
client-credentials-required = Овој метод бара автентикација со акредитиви на клиентот
scope-forbidden = Ова дејство е надвор од одобрените опсези
token-invalid = Токенот за пристап е неважечки
token-expired = Токенот за пристап истече
token-revoked = Токенот за пристап е отповикан
not-authorized = Нема овластување
pagination-invalid = Вредностите за пагинација `offset` и `limit` мора да бидат позитивни
confirmation-wrong-app = Овој метод е достапен само за апликацијата преку која корисникот првично се регистрирал
confirmation-not-pending = Овој метод е достапен само додека адресата за е-пошта чека потврда
update-conflict = Конфликт при ажурирањето, обидете се повторно
media-type-unverified = Не можеше да се потврди типот на прикачената медиумска датотека
media-thumbnail-failed = Грешка при обработката на минијатурата за прикачената медиумска датотека
media-in-use = Прилогот моментално се користи во објава
search-pagination-unauthenticated = Пагинацијата на резултатите од пребарувањето не е поддржана без автентикација
search-resolve-unauthenticated = Пребарувањата што преземаат ресурси од оддалечени сервери не се поддржани без автентикација
csrf-unverified = Не може да се потврди автентичноста на CSRF-токенот.
self-follow = Не е дозволено да ја следите сопствената сметка
invite-invalid = Оваа покана не е важечка
reply-target-missing = Изгледа дека објавата на која се обидувате да одговорите не постои.
quote-target-missing = Изгледа дека објавата што се обидувате да ја цитирате не постои.
translation-quota-exceeded = Надмината е квотата за користење на услугата за превод што важи за целиот сервер.
translation-rate-limited = Неодамна имаше премногу барања до услугата за превод.
domain-block-exists = Веќе сте поставиле построги ограничувања за { $name }.
    .bare = Веќе сте поставиле построги ограничувања за овој домен.
unexpected-mentions = Објавата би била испратена до неочекувани сметки
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Непознат филтер: { $value }
        [origin] Непознато потекло: { $value }
        [status] Непознат статус: { $value }
        [order] Непознат редослед: { $value }
       *[other] Непозната вредност: { $value }
    }
    .bare = Непозната вредност на параметар
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Грешка при проверката на податоците
