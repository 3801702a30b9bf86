# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Параметр адсутнічае або мае пустое ці несапраўднае значэнне: { $param }
    .bare = Параметр адсутнічае або мае пустое ці несапраўднае значэнне
api-authentication-required = Для гэтага API патрэбна аўтэнтыфікацыя карыстальніка
not-permitted = Гэта дзеянне не дазволена
login-disabled = Уваход у ваш уліковы запіс цяпер адключаны
login-unconfirmed = У вашага ўліковага запісу няма пацверджанага адраса электроннай пошты
login-pending-approval = Ваш уліковы запіс пакуль чакае ўхвалення
record-not-found = Запіс не знойдзены
validation-failed = Праверка не пройдзена: { $errors }
    .bare = Праверка не пройдзена
duplicate-record = Дублікат запісу
user-required = Для гэтага метаду патрэбна аўтэнтыфікацыя карыстальніка
rate-limited = Занадта шмат запытаў
remote-fetch-failed = Не ўдалося атрымаць аддаленыя даныя
remote-ssl-failed = Не ўдалося праверыць SSL-сертыфікат аддаленага сервера
temporary-failure = Падчас апрацоўкі вашага запыту ўзнікла часовая праблема, калі ласка, паспрабуйце яшчэ раз

invalid-date = Указана несапраўдная дата
record-invalid = Запіс несапраўдны
client-credentials-required = Для гэтага метаду патрэбна аўтэнтыфікацыя з уліковымі данымі кліента
scope-forbidden = Гэта дзеянне выходзіць за межы аўтарызаваных абласцей доступу
token-invalid = Токен доступу несапраўдны
token-expired = Тэрмін дзеяння токена доступу скончыўся
token-revoked = Токен доступу адкліканы
not-authorized = Няма аўтарызацыі
pagination-invalid = Значэнні `offset` і `limit` для разбіўкі на старонкі павінны быць дадатнымі
confirmation-wrong-app = Гэты метад даступны толькі праграме, праз якую карыстальнік першапачаткова зарэгістраваўся
confirmation-not-pending = Гэты метад даступны, толькі пакуль адрас электроннай пошты чакае пацверджання
update-conflict = Падчас абнаўлення ўзнік канфлікт, калі ласка, паспрабуйце яшчэ раз
media-type-unverified = Не ўдалося праверыць тып запампаванага медыяфайла
media-thumbnail-failed = Памылка апрацоўкі мініяцюры запампаванага медыяфайла
media-in-use = Медыяфайл ужо выкарыстоўваецца ў допісе
search-pagination-unauthenticated = Разбіўка вынікаў пошуку на старонкі без аўтэнтыфікацыі не падтрымліваецца
search-resolve-unauthenticated = Пошукавыя запыты, якія звяртаюцца да аддаленых рэсурсаў, без аўтэнтыфікацыі не падтрымліваюцца
csrf-unverified = Не ўдалося пацвердзіць сапраўднасць токена CSRF.
self-follow = Падпісвацца на ўласны ўліковы запіс нельга
invite-invalid = Гэта запрашэнне несапраўднае
reply-target-missing = Здаецца, допісу, на які вы спрабуеце адказаць, не існуе.
quote-target-missing = Здаецца, допісу, які вы спрабуеце працытаваць, не існуе.
translation-quota-exceeded = Перавышана агульная для ўсяго сервера квота выкарыстання сэрвісу перакладу.
translation-rate-limited = Апошнім часам да сэрвісу перакладу было занадта шмат запытаў.
domain-block-exists = Вы ўжо ўстанавілі больш строгія абмежаванні для { $name }.
    .bare = Вы ўжо ўстанавілі больш строгія абмежаванні для гэтага дамена.
unexpected-mentions = Допіс быў бы адпраўлены нечаканым уліковым запісам
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Невядомы фільтр: { $value }
        [origin] Невядомае паходжанне: { $value }
        [status] Невядомы статус: { $value }
        [order] Невядомы парадак сартавання: { $value }
       *[other] Невядомае значэнне: { $value }
    }
    .bare = Невядомае значэнне параметра
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Памылка праверкі запыту
