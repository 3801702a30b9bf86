# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Параметр күрсәтелмәгән яки аның кыйммәте буш яисә яраксыз: { $param }
    .bare = Параметр күрсәтелмәгән яки аның кыйммәте буш яисә яраксыз
api-authentication-required = Бу API аутентификация узган кулланучыны таләп итә
not-permitted = Бу гамәл рөхсәт ителми
login-disabled = Хисап язмагызга керү хәзерге вакытта сүндерелгән
login-unconfirmed = Хисап язмагызның расланган электрон почта адресы юк
login-pending-approval = Хисап язмагыз хәзерге вакытта хуплауны көтә
record-not-found = Объект табылмады
validation-failed = Мәгълүмат тикшерүне узмады: { $errors }
    .bare = Мәгълүмат тикшерүне узмады
duplicate-record = Мондый объект инде бар
user-required = Бу ысул аутентификация узган кулланучыны таләп итә
rate-limited = Сораулар артык күп
remote-fetch-failed = Ерактагы мәгълүматны алып булмады
remote-ssl-failed = Ерактагы серверның SSL сертификатын тикшереп булмады
temporary-failure = Сорауыгызны эшкәрткәндә вакытлыча хата килеп чыкты, зинһар, кабатлап карагыз

invalid-date = Яраксыз дата күрсәтелгән
record-invalid = Объект яраксыз
client-credentials-required = Бу ысул клиентның керү мәгълүматлары белән аутентификацияне таләп итә
scope-forbidden = Бу гамәл бирелгән рөхсәт өлкәләренә керми
token-invalid = Керү токены яраксыз
token-expired = Керү токенының вакыты чыккан
token-revoked = Керү токены кире алынган
not-authorized = Рөхсәт бирелмәгән
pagination-invalid = Битләргә бүлү өчен `offset` һәм `limit` кыйммәтләре уңай сан булырга тиеш
confirmation-wrong-app = Кулланучы башта кайсы кушымта аша теркәлгән булса, бу ысулны шул кушымта гына куллана ала
confirmation-not-pending = Бу ысулны электрон почта адресы раслануны көткән вакытта гына кулланып була
update-conflict = Яңарту вакытында конфликт килеп чыкты, зинһар, кабатлап карагыз
media-type-unverified = Йөкләнгән медиа файлның төрен тикшереп булмады
media-thumbnail-failed = Йөкләнгән медиа өчен миниатюраны эшкәрткәндә хата килеп чыкты
media-in-use = Беркетелгән медиа файл хәзерге вакытта язмада кулланыла
search-pagination-unauthenticated = Аутентификациясез эзләү нәтиҗәләрен битләргә бүлү каралмаган
search-resolve-unauthenticated = Ерактагы ресурсларны ачыклый торган эзләү сораулары аутентификациясез каралмаган
csrf-unverified = CSRF токенының чынлыгын тикшереп булмый.
self-follow = Үз хисап язмагызга язылу рөхсәт ителми
invite-invalid = Бу чакыру гамәлдә түгел
reply-target-missing = Сез җавап бирергә теләгән язма, күрәсең, юк.
quote-target-missing = Сез цитаталарга теләгән язма, күрәсең, юк.
translation-quota-exceeded = Тәрҗемә хезмәтен куллану өчен бөтен серверга уртак квота узылды.
translation-rate-limited = Соңгы вакытта тәрҗемә хезмәтенә артык күп сорау җибәрелде.
domain-block-exists = Сез { $name } өчен инде катгыйрак чикләүләр куйгансыз.
    .bare = Сез бу домен өчен инде катгыйрак чикләүләр куйгансыз.
unexpected-mentions = Язма көтелмәгән кулланучыларга җибәрелер иде
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Билгесез сөзгеч: { $value }
        [origin] Билгесез чыганак: { $value }
        [status] Билгесез халәт: { $value }
        [order] Билгесез тәртип: { $value }
       *[other] Билгесез кыйммәт: { $value }
    }
    .bare = Билгесез параметр кыйммәте
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Мәгълүматны тикшерү хатасы
