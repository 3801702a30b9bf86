# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = Պարամետրը բացակայում է, կամ դրա արժեքը դատարկ է կամ անվավեր՝ { $param }
    .bare = Պարամետրը բացակայում է, կամ դրա արժեքը դատարկ է կամ անվավեր
api-authentication-required = Այս API֊ն պահանջում է նույնականացված օգտատեր
not-permitted = Այս գործողությունը թույլատրված չէ
login-disabled = Քո հաշվով մուտքն այս պահին անջատված է
login-unconfirmed = Քո հաշվի էլեկտրոնային փոստի հասցեն հաստատված չէ
login-pending-approval = Քո հաշիվն այս պահին սպասում է հաստատման
record-not-found = Տվյալները չեն գտնվել
validation-failed = Վավերացումը ձախողվեց՝ { $errors }
    .bare = Վավերացումը ձախողվեց
duplicate-record = Նման տվյալներ արդեն կան
user-required = Այս մեթոդը պահանջում է նույնականացված օգտատեր
rate-limited = Չափազանց շատ հարցումներ
remote-fetch-failed = Չհաջողվեց ստանալ հեռակա տվյալները
remote-ssl-failed = Չհաջողվեց ստուգել հեռակա SSL վկայագիրը
temporary-failure = Հարցումդ մշակելիս ժամանակավոր խնդիր առաջացավ, խնդրում ենք, փորձիր նորից

invalid-date = Նշված ամսաթիվն անվավեր է
record-invalid = Անվավեր տվյալներ
client-credentials-required = Այս մեթոդը պահանջում է նույնականացում կլիենտի հավատարմագրերով
scope-forbidden = Այս գործողությունը դուրս է լիազորված թույլտվությունների շրջանակից
token-invalid = Մուտքի թոքենն անվավեր է
token-expired = Մուտքի թոքենի ժամկետը լրացել է
token-revoked = Մուտքի թոքենը չեղարկվել է
not-authorized = Լիազորված չէ
pagination-invalid = Էջավորման `offset` և `limit` արժեքները պետք է դրական լինեն
confirmation-wrong-app = Այս մեթոդը հասանելի է միայն այն հավելվածին, որով օգտատերը սկզբում գրանցվել է
confirmation-not-pending = Այս մեթոդը հասանելի է միայն այնքան ժամանակ, քանի դեռ էլեկտրոնային փոստի հասցեն սպասում է հաստատման
update-conflict = Թարմացման ընթացքում բախում առաջացավ, խնդրում ենք, փորձիր նորից
media-type-unverified = Չհաջողվեց ստուգել վերբեռնված մեդիա ֆայլի տեսակը
media-thumbnail-failed = Վերբեռնված մեդիա ֆայլի մանրապատկերը մշակելիս սխալ առաջացավ
media-in-use = Մեդիա կցորդն այս պահին օգտագործվում է գրառման մեջ
search-pagination-unauthenticated = Առանց նույնականացման որոնման հարցումների էջավորումը չի աջակցվում
search-resolve-unauthenticated = Առանց նույնականացման չեն աջակցվում որոնման հարցումներ, որոնք հեռակա ռեսուրսներ են բեռնում
csrf-unverified = Հնարավոր չէ ստուգել CSRF թոքենի իսկությունը։
self-follow = Սեփական հաշվիդ հետևել չի թույլատրվում
invite-invalid = Այս հրավերն անվավեր է
reply-target-missing = Գրառումը, որին փորձում ես պատասխանել, կարծես գոյություն չունի։
quote-target-missing = Գրառումը, որը փորձում ես մեջբերել, կարծես գոյություն չունի։
translation-quota-exceeded = Թարգմանության ծառայության օգտագործման՝ ամբողջ սերվերի համար ընդհանուր սահմանաչափը գերազանցվել է։
translation-rate-limited = Վերջերս թարգմանության ծառայությանը չափազանց շատ հարցումներ են ուղարկվել։
domain-block-exists = Արդեն ավելի խիստ սահմանափակումներ ես կիրառել { $name } տիրույթի նկատմամբ։
    .bare = Արդեն ավելի խիստ սահմանափակումներ ես կիրառել այս տիրույթի նկատմամբ։
unexpected-mentions = Գրառումը կուղարկվեր անսպասելի հաշիվների
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Անհայտ զտիչ՝ { $value }
        [origin] Անհայտ աղբյուր՝ { $value }
        [status] Անհայտ կարգավիճակ՝ { $value }
        [order] Անհայտ դասավորություն՝ { $value }
       *[other] Անհայտ արժեք՝ { $value }
    }
    .bare = Պարամետրի անհայտ արժեք
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Վավերացման սխալ
