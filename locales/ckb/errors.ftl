# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = پارامیتەرێک نییە، یان بەهاکەی بەتاڵ یان نادروستە: { $param }
    .bare = پارامیتەرێک نییە، یان بەهاکەی بەتاڵ یان نادروستە
api-authentication-required = ئەم APIیە پێویستی بە بەکارهێنەرێک هەیە کە ناسنامەی سەلمێنرابێت
not-permitted = ئەم کردارە ڕێگەپێدراو نییە
login-disabled = ئەکاونتەکەت لە ئێستادا لەکارخراوە
login-unconfirmed = ئەکاونتەکەت ناونیشانێکی ئیمەیڵی پشتڕاستکراوەی نییە
login-pending-approval = ئەکاونتەکەت لە ئێستادا چاوەڕێی پەسەندکردنە
record-not-found = تۆمارەکە نەدۆزرایەوە
validation-failed = پشکنینی دروستی سەرکەوتوو نەبوو: { $errors }
    .bare = پشکنینی دروستی سەرکەوتوو نەبوو
duplicate-record = تۆمارەکە دووبارەیە
user-required = ئەم میتۆدە پێویستی بە بەکارهێنەرێک هەیە کە ناسنامەی سەلمێنرابێت
rate-limited = داواکاریی زۆر زیاد
remote-fetch-failed = نەتوانرا داتاکە لە سێرڤەری دوورەوە بهێنرێت
remote-ssl-failed = نەتوانرا بڕوانامەی SSLی سێرڤەری دوور پشتڕاست بکرێتەوە
temporary-failure = کێشەیەکی کاتی لە جێبەجێکردنی داواکارییەکەتدا ڕوویدا، تکایە دووبارە هەوڵ بدەرەوە

invalid-date = بەروارێکی نادروست نێردراوە
record-invalid = تۆمارەکە نادروستە
client-credentials-required = ئەم میتۆدە پێویستی بە سەلماندنی ناسنامە لە ڕێگەی زانیارییەکانی کلاینتەوە هەیە
scope-forbidden = ئەم کردارە لە دەرەوەی ئەو مەودایانەیە کە ڕێگەیان پێدراوە
token-invalid = تۆکنی دەستگەیشتن نادروستە
token-expired = ماوەی تۆکنی دەستگەیشتن بەسەرچووە
token-revoked = تۆکنی دەستگەیشتن هەڵوەشێنراوەتەوە
not-authorized = ڕێگەپێنەدراوە
pagination-invalid = بەهاکانی لاپەڕەبەندی بۆ `offset` و `limit` دەبێت ئەرێنی بن
confirmation-wrong-app = ئەم میتۆدە تەنها بۆ ئەو ئەپە بەردەستە کە بەکارهێنەرەکە لە سەرەتادا پێی خۆی تۆمار کردووە
confirmation-not-pending = ئەم میتۆدە تەنها ئەو کاتە بەردەستە کە ئیمەیڵەکە چاوەڕێی پشتڕاستکردنەوەیە
update-conflict = لە کاتی نوێکردنەوەدا ناکۆکی ڕوویدا، تکایە دووبارە هەوڵ بدەرەوە
media-type-unverified = نەتوانرا جۆری فایلی میدیای بارکراو پشتڕاست بکرێتەوە
media-thumbnail-failed = هەڵەیەک لە پرۆسێسکردنی وێنۆچکەی میدیای بارکراودا ڕوویدا
media-in-use = پاشکۆی میدیاکە لە ئێستادا لە پۆستێکدا بەکارهاتووە
search-pagination-unauthenticated = لاپەڕەبەندیی ئەنجامەکانی گەڕان بەبێ سەلماندنی ناسنامە پشتگیری ناکرێت
search-resolve-unauthenticated = ئەو گەڕانانەی کە سەرچاوە لە سێرڤەرەکانی ترەوە دەهێنن، بەبێ سەلماندنی ناسنامە پشتگیری ناکرێن
csrf-unverified = ناتوانرێت ڕەسەنایەتیی تۆکنی CSRF پشتڕاست بکرێتەوە.
self-follow = شوێنکەوتنی ئەکاونتی خۆت ڕێگەپێدراو نییە
invite-invalid = ئەم بانگهێشتە نادروستە
reply-target-missing = پێدەچێت ئەو پۆستەی هەوڵ دەدەیت وەڵامی بدەیتەوە بوونی نەبێت.
quote-target-missing = پێدەچێت ئەو پۆستەی هەوڵ دەدەیت لە پۆستەکەتدا بیهێنیتەوە بوونی نەبێت.
translation-quota-exceeded = سنووری بەکارهێنانی خزمەتگوزاریی وەرگێڕان بۆ هەموو سێرڤەرەکە بەزێنراوە.
translation-rate-limited = لەم دواییانەدا داواکاریی زۆر زیاد بۆ خزمەتگوزاریی وەرگێڕان نێردراوە.
domain-block-exists = پێشتر سنووری توندترت بۆ { $name } داناوە.
    .bare = پێشتر سنووری توندترت بۆ ئەم دۆمەینە داناوە.
unexpected-mentions = ئەگەر بنێردرایە، پۆستەکە دەگەیشتە چەند ئەکاونتێکی چاوەڕواننەکراو
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] فلتەری نەناسراو: { $value }
        [origin] سەرچاوەی نەناسراو: { $value }
        [status] دۆخی نەناسراو: { $value }
        [order] ڕیزبەندیی نەناسراو: { $value }
       *[other] بەهای نەناسراو: { $value }
    }
    .bare = بەهای پارامیتەرەکە نەناسراوە
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = هەڵەی پشکنینی دروستی
