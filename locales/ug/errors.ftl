# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = پارامېتىر كەم، ياكى قىممىتى بوش ياكى ئىناۋەتسىز: { $param }
    .bare = پارامېتىر كەم، ياكى قىممىتى بوش ياكى ئىناۋەتسىز
api-authentication-required = بۇ API كىملىكى دەلىللەنگەن ئىشلەتكۈچىنى تەلەپ قىلىدۇ
not-permitted = بۇ مەشغۇلاتقا يول قويۇلمايدۇ
login-disabled = ھېساباتىڭىزغا كىرىش ھازىر چەكلەنگەن
login-unconfirmed = ھېساباتىڭىزنىڭ جەزملەشتۈرۈلگەن ئېلخەت ئادرېسى يوق
login-pending-approval = ھېساباتىڭىز ھازىر تەستىقلىنىشنى كۈتۈۋاتىدۇ
record-not-found = خاتىرە تېپىلمىدى
validation-failed = دەلىللەش مەغلۇپ بولدى: { $errors }
    .bare = دەلىللەش مەغلۇپ بولدى
duplicate-record = تەكرارلانغان خاتىرە
user-required = بۇ ئۇسۇل كىملىكى دەلىللەنگەن ئىشلەتكۈچىنى تەلەپ قىلىدۇ
rate-limited = ئىلتىماس بەك كۆپ
remote-fetch-failed = يىراقتىكى سانلىق مەلۇماتنى ئالغىلى بولمىدى
remote-ssl-failed = يىراقتىكى SSL گۇۋاھنامىسىنى دەلىللىگىلى بولمىدى
temporary-failure = ئىلتىماسىڭىزنى بىر تەرەپ قىلىشتا ۋاقىتلىق مەسىلە كۆرۈلدى، قايتا سىناڭ

invalid-date = تەمىنلەنگەن چېسلا ئىناۋەتسىز
record-invalid = خاتىرە ئىناۋەتسىز
client-credentials-required = بۇ ئۇسۇل خېرىدار ئەپنىڭ كىملىك ئىسپاتى ئارقىلىق دەلىللەشنى تەلەپ قىلىدۇ
scope-forbidden = بۇ مەشغۇلات ھوقۇق بېرىلگەن دائىرىلەرنىڭ سىرتىدا
token-invalid = زىيارەت بەلگىسى ئىناۋەتسىز
token-expired = زىيارەت بەلگىسىنىڭ ۋاقتى ئۆتۈپ كەتتى
token-revoked = زىيارەت بەلگىسى بىكار قىلىندى
not-authorized = ھوقۇق بېرىلمىگەن
pagination-invalid = بەتلەشتىكى `offset` ۋە `limit` قىممەتلىرى مۇسبەت سان بولۇشى كېرەك
confirmation-wrong-app = بۇ ئۇسۇلنى پەقەت ئىشلەتكۈچى ئەسلىدە تىزىملىتىشتا ئىشلەتكەن ئەپلا ئىشلىتەلەيدۇ
confirmation-not-pending = بۇ ئۇسۇلنى پەقەت ئېلخەت جەزملەشتۈرۈشنى كۈتۈۋاتقان ۋاقىتتىلا ئىشلەتكىلى بولىدۇ
update-conflict = يېڭىلاش جەريانىدا توقۇنۇش كۆرۈلدى، قايتا سىناڭ
media-type-unverified = يۈكلەنگەن ۋاسىتىنىڭ ھۆججەت تىپىنى دەلىللىگىلى بولمىدى
media-thumbnail-failed = يۈكلەنگەن ۋاسىتىنىڭ كىچىك رەسىمىنى بىر تەرەپ قىلىشتا خاتالىق كۆرۈلدى
media-in-use = بۇ قوشۇمچە ۋاسىتە ھازىر بىر يازمىدا ئىشلىتىلىۋاتىدۇ
search-pagination-unauthenticated = كىملىك دەلىللەنمىگەن ھالەتتە ئىزدەش نەتىجىلىرىنى بەتلەش قوللىنىلمايدۇ
search-resolve-unauthenticated = يىراقتىكى مەنبەلەرنى ئېنىقلايدىغان ئىزدەشلەر كىملىك دەلىللەنمىگەن ھالەتتە قوللىنىلمايدۇ
csrf-unverified = CSRF بەلگىسىنىڭ ھەقىقىيلىقىنى دەلىللىگىلى بولمايدۇ.
self-follow = ئۆز ھېساباتىڭىزغا ئەگىشىشكە يول قويۇلمايدۇ
invite-invalid = بۇ تەكلىپ ئىناۋەتسىز
reply-target-missing = سىز جاۋاب قايتۇرماقچى بولغان يازما مەۋجۇت ئەمەستەك كۆرۈنىدۇ.
quote-target-missing = سىز نەقىل كەلتۈرمەكچى بولغان يازما مەۋجۇت ئەمەستەك كۆرۈنىدۇ.
translation-quota-exceeded = تەرجىمە مۇلازىمىتىنىڭ پۈتكۈل مۇلازىمېتىر بويىچە ئىشلىتىلىش مىقدارى نورمىدىن ئېشىپ كەتتى.
translation-rate-limited = يېقىندا تەرجىمە مۇلازىمىتىگە ئەۋەتىلگەن ئىلتىماس بەك كۆپ بولۇپ كەتتى.
domain-block-exists = سىز { $name } ئۈچۈن ئاللىقاچان تېخىمۇ قاتتىق چەكلىمە قويغانسىز.
    .bare = سىز بۇ دائىرە نامى ئۈچۈن ئاللىقاچان تېخىمۇ قاتتىق چەكلىمە قويغانسىز.
unexpected-mentions = يازما ئەۋەتىلسە، كۈتۈلمىگەن ھېساباتلارغا بېرىپ قالىدۇ
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] نامەلۇم سۈزگۈچ: { $value }
        [origin] نامەلۇم مەنبە: { $value }
        [status] نامەلۇم ھالەت: { $value }
        [order] نامەلۇم تەرتىپ: { $value }
       *[other] نامەلۇم قىممەت: { $value }
    }
    .bare = نامەلۇم پارامېتىر قىممىتى
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = دەلىللەش خاتالىقى
