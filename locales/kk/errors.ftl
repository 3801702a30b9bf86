# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Параметр көрсетілмеген немесе оның мәні бос не жарамсыз: { $param }
    .bare = Параметр көрсетілмеген немесе оның мәні бос не жарамсыз
api-authentication-required = Бұл API аутентификациядан өткен қолданушыны талап етеді
not-permitted = Бұл әрекетке рұқсат жоқ
login-disabled = Аккаунтыңызға кіру қазір өшірілген
login-unconfirmed = Аккаунтыңызда расталған электрондық пошта мекенжайы жоқ
login-pending-approval = Аккаунтыңыз қазір мақұлдауды күтуде
record-not-found = Нысан табылмады
validation-failed = Деректер тексерістен өтпеді: { $errors }
    .bare = Деректер тексерістен өтпеді
duplicate-record = Мұндай нысан бұрыннан бар
user-required = Бұл әдіс аутентификациядан өткен қолданушыны талап етеді
rate-limited = Сұраулар тым көп
remote-fetch-failed = Қашықтағы деректерді алу мүмкін болмады
remote-ssl-failed = Қашықтағы сервердің SSL сертификатын растау мүмкін болмады
temporary-failure = Сұрауыңызды өңдеу кезінде уақытша ақау орын алды, қайталап көріңіз

invalid-date = Көрсетілген күн жарамсыз
record-invalid = Нысан жарамсыз
client-credentials-required = Бұл әдіс клиенттің тіркелгі деректері арқылы аутентификацияны талап етеді
scope-forbidden = Бұл әрекет рұқсат берілген аялардың шегінен тыс
token-invalid = Қол жеткізу токені жарамсыз
token-expired = Қол жеткізу токенінің мерзімі өтті
token-revoked = Қол жеткізу токенінің күші жойылды
not-authorized = Рұқсат берілмеген
pagination-invalid = `offset` және `limit` беттеу мәндері оң сан болуы керек
confirmation-wrong-app = Бұл әдіс қолданушы алғаш тіркелген қосымшаға ғана қолжетімді
confirmation-not-pending = Бұл әдіс электрондық пошта мекенжайы растауды күтіп тұрғанда ғана қолжетімді
update-conflict = Жаңарту кезінде қайшылық туындады, қайталап көріңіз
media-type-unverified = Жүктеп салынған медианың файл түрін тексеру мүмкін болмады
media-thumbnail-failed = Жүктеп салынған медианың нобайын өңдеу кезінде қате шықты
media-in-use = Бұл медиа тіркеме қазір бір жазбада пайдаланылуда
search-pagination-unauthenticated = Аутентификациясыз іздеу нәтижелерін беттеуге қолдау көрсетілмейді
search-resolve-unauthenticated = Қашықтағы ресурстарды анықтайтын іздеу сұрауларына аутентификациясыз қолдау көрсетілмейді
csrf-unverified = CSRF токенінің түпнұсқалығын тексеру мүмкін емес.
self-follow = Өз аккаунтыңызға жазылуға болмайды
invite-invalid = Бұл шақыру жарамсыз
reply-target-missing = Жауап бергіңіз келген жазба жоқ сияқты.
quote-target-missing = Дәйексөз ретінде келтіргіңіз келген жазба жоқ сияқты.
translation-quota-exceeded = Аударма қызметін пайдаланудың бүкіл серверге ортақ квотасы таусылды.
translation-rate-limited = Соңғы уақытта аударма қызметіне тым көп сұрау жіберілді.
domain-block-exists = Сіз { $name } доменіне бұрыннан қатаңырақ шектеулер қойғансыз.
    .bare = Сіз бұл доменге бұрыннан қатаңырақ шектеулер қойғансыз.
unexpected-mentions = Жазба күтілмеген аккаунттарға жіберілер еді
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Белгісіз сүзгі: { $value }
        [origin] Белгісіз шығу көзі: { $value }
        [status] Белгісіз күй: { $value }
        [order] Белгісіз сұрыптау реті: { $value }
       *[other] Белгісіз мән: { $value }
    }
    .bare = Параметрдің мәні белгісіз
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Деректерді тексеру қатесі
