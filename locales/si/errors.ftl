# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = පරාමිතියක් නොමැත, නැතහොත් එහි අගය හිස් හෝ වලංගු නොවේ: { $param }
    .bare = පරාමිතියක් නොමැත, නැතහොත් එහි අගය හිස් හෝ වලංගු නොවේ
api-authentication-required = මෙම API සඳහා සත්‍යාපිත පරිශීලකයෙකු අවශ්‍යයි
not-permitted = මෙම ක්‍රියාවට අවසර නැත
login-disabled = ඔබගේ පිවිසුම දැනට අබල කර ඇත
login-unconfirmed = ඔබගේ පිවිසුමට තහවුරු කළ විද්‍යුත් තැපැල් ලිපිනයක් නොමැත
login-pending-approval = ඔබගේ පිවිසුම දැනට අනුමැතිය බලාපොරොත්තුවෙන් පවතී
record-not-found = අයිතමය හමු නොවිණි
validation-failed = වලංගුකරණය අසාර්ථක විය: { $errors }
    .bare = වලංගුකරණය අසාර්ථක විය
duplicate-record = අයිතමය අනුපිටපතකි
user-required = මෙම ක්‍රමය සඳහා සත්‍යාපිත පරිශීලකයෙකු අවශ්‍යයි
rate-limited = ඉල්ලීම් ගණන අධිකයි
remote-fetch-failed = දුරස්ථ දත්ත ලබා ගැනීමට නොහැකි විය
remote-ssl-failed = දුරස්ථ SSL සහතිකය තහවුරු කිරීමට නොහැකි විය
temporary-failure = ඔබගේ ඉල්ලීම ඉටු කිරීමේදී තාවකාලික ගැටලුවක් ඇති විය, කරුණාකර නැවත උත්සාහ කරන්න

invalid-date = ලබා දුන් දිනය වලංගු නොවේ
record-invalid = අයිතමය වලංගු නොවේ
client-credentials-required = මෙම ක්‍රමය සඳහා සේවාලාභී අක්තපත්‍ර මගින් සත්‍යාපනය අවශ්‍යයි
scope-forbidden = මෙම ක්‍රියාව අවසර දුන් විෂය පථවලින් පිටත ය
token-invalid = ප්‍රවේශ ටෝකනය වලංගු නොවේ
token-expired = ප්‍රවේශ ටෝකනය කල් ඉකුත් වී ඇත
token-revoked = ප්‍රවේශ ටෝකනය අහෝසි කර ඇත
not-authorized = අවසර නැත
pagination-invalid = `offset` සහ `limit` සඳහා වූ පිටුකරණ අගයන් ධන සංඛ්‍යා විය යුතුය
confirmation-wrong-app = මෙම ක්‍රමය ලබා ගත හැක්කේ පරිශීලකයා මුලින්ම ලියාපදිංචි වීමට භාවිත කළ යෙදුමට පමණි
confirmation-not-pending = මෙම ක්‍රමය ලබා ගත හැක්කේ විද්‍යුත් තැපෑල තහවුරු කිරීම බලාපොරොත්තුවෙන් පවතින අතරතුර පමණි
update-conflict = යාවත්කාලීන කිරීමේදී ගැටුමක් ඇති විය, කරුණාකර නැවත උත්සාහ කරන්න
media-type-unverified = උඩුගත කළ මාධ්‍යයේ ගොනු වර්ගය තහවුරු කිරීමට නොහැකි විය
media-thumbnail-failed = උඩුගත කළ මාධ්‍යයේ සිඟිති රුව සැකසීමේදී දෝෂයක් ඇති විය
media-in-use = මෙම මාධ්‍ය ඇමුණුම දැනට ලිපියක භාවිත වේ
search-pagination-unauthenticated = සත්‍යාපනය නොමැතිව සෙවුම් විමසුම්වල පිටුකරණයට සහාය නොමැත
search-resolve-unauthenticated = සත්‍යාපනය නොමැතිව දුරස්ථ සම්පත් සොයා ලබා ගන්නා සෙවුම් විමසුම්වලට සහාය නොමැත
csrf-unverified = CSRF ටෝකනයේ සත්‍යතාව තහවුරු කිරීමට නොහැක.
self-follow = ඔබගේම ගිණුම අනුගමනය කිරීමට අවසර නැත
invite-invalid = මෙම ආරාධනය වලංගු නොවේ
reply-target-missing = ඔබ පිළිතුරු දීමට උත්සාහ කරන ලිපිය පවතින බවක් නොපෙනේ.
quote-target-missing = ඔබ උපුටා දැක්වීමට උත්සාහ කරන ලිපිය පවතින බවක් නොපෙනේ.
translation-quota-exceeded = පරිවර්තන සේවාව සඳහා මුළු සේවාදායකයටම ලබා දී ඇති භාවිත සීමාව ඉක්මවා ඇත.
translation-rate-limited = මෑතකදී පරිවර්තන සේවාවට අධික ඉල්ලීම් ගණනක් ලැබී ඇත.
domain-block-exists = ඔබ දැනටමත් { $name } මත වඩාත් දැඩි සීමා පනවා ඇත.
    .bare = ඔබ දැනටමත් මෙම වසම මත වඩාත් දැඩි සීමා පනවා ඇත.
unexpected-mentions = මෙම ලිපිය යැවුවහොත්, එය අනපේක්ෂිත ගිණුම් වෙත යනු ඇත
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] නොදන්නා පෙරහන: { $value }
        [origin] නොදන්නා ප්‍රභවය: { $value }
        [status] නොදන්නා තත්ත්වය: { $value }
        [order] නොදන්නා අනුපිළිවෙල: { $value }
       *[other] නොදන්නා අගය: { $value }
    }
    .bare = නොදන්නා පරාමිති අගයකි
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = වලංගුකරණ දෝෂය
