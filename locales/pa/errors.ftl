# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = ਪੈਰਾਮੀਟਰ ਮੌਜੂਦ ਨਹੀਂ ਹੈ ਜਾਂ ਉਸਦਾ ਮੁੱਲ ਖਾਲੀ ਜਾਂ ਅਵੈਧ ਹੈ: { $param }
    .bare = ਪੈਰਾਮੀਟਰ ਮੌਜੂਦ ਨਹੀਂ ਹੈ ਜਾਂ ਉਸਦਾ ਮੁੱਲ ਖਾਲੀ ਜਾਂ ਅਵੈਧ ਹੈ
api-authentication-required = ਇਸ API ਲਈ ਪ੍ਰਮਾਣਿਤ ਵਰਤੋਂਕਾਰ ਦੀ ਲੋੜ ਹੈ
not-permitted = ਇਸ ਕਾਰਵਾਈ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ
login-disabled = ਤੁਹਾਡਾ ਲਾਗਇਨ ਇਸ ਵੇਲੇ ਬੰਦ ਕੀਤਾ ਹੋਇਆ ਹੈ
login-unconfirmed = ਤੁਹਾਡੇ ਲਾਗਇਨ ਨਾਲ ਕੋਈ ਪੁਸ਼ਟੀ ਕੀਤਾ ਈਮੇਲ ਪਤਾ ਨਹੀਂ ਹੈ
login-pending-approval = ਤੁਹਾਡਾ ਲਾਗਇਨ ਇਸ ਵੇਲੇ ਮਨਜ਼ੂਰੀ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ
record-not-found = ਰਿਕਾਰਡ ਨਹੀਂ ਲੱਭਿਆ
validation-failed = ਪੜਤਾਲ ਅਸਫਲ ਰਹੀ: { $errors }
    .bare = ਪੜਤਾਲ ਅਸਫਲ ਰਹੀ
duplicate-record = ਦੋਹਰਾ ਰਿਕਾਰਡ
user-required = ਇਸ ਤਰੀਕੇ ਲਈ ਪ੍ਰਮਾਣਿਤ ਵਰਤੋਂਕਾਰ ਦੀ ਲੋੜ ਹੈ
rate-limited = ਬਹੁਤ ਸਾਰੀਆਂ ਬੇਨਤੀਆਂ
remote-fetch-failed = ਰਿਮੋਟ ਡਾਟਾ ਪ੍ਰਾਪਤ ਨਹੀਂ ਕੀਤਾ ਜਾ ਸਕਿਆ
remote-ssl-failed = ਰਿਮੋਟ SSL ਸਰਟੀਫਿਕੇਟ ਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕੀਤੀ ਜਾ ਸਕੀ
temporary-failure = ਤੁਹਾਡੀ ਬੇਨਤੀ ਪੂਰੀ ਕਰਨ ਵਿੱਚ ਆਰਜ਼ੀ ਸਮੱਸਿਆ ਆਈ, ਕਿਰਪਾ ਕਰਕੇ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ

invalid-date = ਦਿੱਤੀ ਗਈ ਤਾਰੀਖ਼ ਅਵੈਧ ਹੈ
record-invalid = ਰਿਕਾਰਡ ਅਵੈਧ ਹੈ
client-credentials-required = ਇਸ ਤਰੀਕੇ ਲਈ ਕਲਾਇੰਟ ਕ੍ਰੀਡੈਂਸ਼ੀਅਲ ਪ੍ਰਮਾਣੀਕਰਨ ਦੀ ਲੋੜ ਹੈ
scope-forbidden = ਇਹ ਕਾਰਵਾਈ ਅਧਿਕਾਰਤ ਸਕੋਪਾਂ ਤੋਂ ਬਾਹਰ ਹੈ
token-invalid = ਐਕਸੈਸ ਟੋਕਨ ਅਵੈਧ ਹੈ
token-expired = ਐਕਸੈਸ ਟੋਕਨ ਦੀ ਮਿਆਦ ਪੁੱਗ ਗਈ ਹੈ
token-revoked = ਐਕਸੈਸ ਟੋਕਨ ਰੱਦ ਕਰ ਦਿੱਤਾ ਗਿਆ ਹੈ
not-authorized = ਅਧਿਕਾਰ ਨਹੀਂ ਹੈ
pagination-invalid = `offset` ਅਤੇ `limit` ਲਈ ਪੇਜੀਨੇਸ਼ਨ ਮੁੱਲ ਧਨਾਤਮਕ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ
confirmation-wrong-app = ਇਹ ਤਰੀਕਾ ਸਿਰਫ਼ ਉਸ ਐਪ ਲਈ ਉਪਲਬਧ ਹੈ ਜਿਸ ਨਾਲ ਵਰਤੋਂਕਾਰ ਨੇ ਸ਼ੁਰੂ ਵਿੱਚ ਸਾਈਨ ਅੱਪ ਕੀਤਾ ਸੀ
confirmation-not-pending = ਇਹ ਤਰੀਕਾ ਸਿਰਫ਼ ਉਦੋਂ ਉਪਲਬਧ ਹੈ ਜਦੋਂ ਈਮੇਲ ਦੀ ਪੁਸ਼ਟੀ ਬਾਕੀ ਹੋਵੇ
update-conflict = ਅੱਪਡੇਟ ਦੌਰਾਨ ਟਕਰਾਅ ਹੋਇਆ, ਕਿਰਪਾ ਕਰਕੇ ਮੁੜ ਕੋਸ਼ਿਸ਼ ਕਰੋ
media-type-unverified = ਅੱਪਲੋਡ ਕੀਤੇ ਮੀਡੀਆ ਦੀ ਫ਼ਾਈਲ ਕਿਸਮ ਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕੀਤੀ ਜਾ ਸਕੀ
media-thumbnail-failed = ਅੱਪਲੋਡ ਕੀਤੇ ਮੀਡੀਆ ਦਾ ਥੰਬਨੇਲ ਬਣਾਉਣ ਵਿੱਚ ਗਲਤੀ ਹੋਈ
media-in-use = ਮੀਡੀਆ ਅਟੈਚਮੈਂਟ ਇਸ ਵੇਲੇ ਕਿਸੇ ਪੋਸਟ ਵਿੱਚ ਵਰਤੀ ਜਾ ਰਹੀ ਹੈ
search-pagination-unauthenticated = ਪ੍ਰਮਾਣੀਕਰਨ ਤੋਂ ਬਿਨਾਂ ਖੋਜ ਨਤੀਜਿਆਂ ਦੀ ਪੇਜੀਨੇਸ਼ਨ ਸਮਰਥਿਤ ਨਹੀਂ ਹੈ
search-resolve-unauthenticated = ਰਿਮੋਟ ਸਰੋਤ ਲੱਭਣ ਵਾਲੀਆਂ ਖੋਜਾਂ ਪ੍ਰਮਾਣੀਕਰਨ ਤੋਂ ਬਿਨਾਂ ਸਮਰਥਿਤ ਨਹੀਂ ਹਨ
csrf-unverified = CSRF ਟੋਕਨ ਦੀ ਪ੍ਰਮਾਣਿਕਤਾ ਦੀ ਪੁਸ਼ਟੀ ਨਹੀਂ ਕੀਤੀ ਜਾ ਸਕਦੀ।
self-follow = ਆਪਣੇ ਹੀ ਖਾਤੇ ਨੂੰ ਫ਼ਾਲੋ ਕਰਨ ਦੀ ਇਜਾਜ਼ਤ ਨਹੀਂ ਹੈ
invite-invalid = ਇਹ ਸੱਦਾ ਵੈਧ ਨਹੀਂ ਹੈ
reply-target-missing = ਜਿਸ ਪੋਸਟ ਦਾ ਤੁਸੀਂ ਜਵਾਬ ਦੇਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰ ਰਹੇ ਹੋ, ਉਹ ਮੌਜੂਦ ਨਹੀਂ ਜਾਪਦੀ।
quote-target-missing = ਜਿਸ ਪੋਸਟ ਦਾ ਤੁਸੀਂ ਹਵਾਲਾ ਦੇਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰ ਰਹੇ ਹੋ, ਉਹ ਮੌਜੂਦ ਨਹੀਂ ਜਾਪਦੀ।
translation-quota-exceeded = ਅਨੁਵਾਦ ਸੇਵਾ ਲਈ ਪੂਰੇ ਸਰਵਰ ਦਾ ਵਰਤੋਂ ਕੋਟਾ ਪਾਰ ਹੋ ਗਿਆ ਹੈ।
translation-rate-limited = ਹਾਲ ਹੀ ਵਿੱਚ ਅਨੁਵਾਦ ਸੇਵਾ ਨੂੰ ਬਹੁਤ ਸਾਰੀਆਂ ਬੇਨਤੀਆਂ ਭੇਜੀਆਂ ਗਈਆਂ ਹਨ।
domain-block-exists = ਤੁਸੀਂ { $name } ਉੱਤੇ ਪਹਿਲਾਂ ਹੀ ਹੋਰ ਸਖ਼ਤ ਪਾਬੰਦੀਆਂ ਲਗਾ ਚੁੱਕੇ ਹੋ।
    .bare = ਤੁਸੀਂ ਇਸ ਡੋਮੇਨ ਉੱਤੇ ਪਹਿਲਾਂ ਹੀ ਹੋਰ ਸਖ਼ਤ ਪਾਬੰਦੀਆਂ ਲਗਾ ਚੁੱਕੇ ਹੋ।
unexpected-mentions = ਪੋਸਟ ਅਣਕਿਆਸੇ ਖਾਤਿਆਂ ਨੂੰ ਭੇਜੀ ਜਾਂਦੀ
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] ਅਣਜਾਣ ਫ਼ਿਲਟਰ: { $value }
        [origin] ਅਣਜਾਣ ਮੂਲ: { $value }
        [status] ਅਣਜਾਣ ਸਥਿਤੀ: { $value }
        [order] ਅਣਜਾਣ ਕ੍ਰਮ: { $value }
       *[other] ਅਣਜਾਣ ਮੁੱਲ: { $value }
    }
    .bare = ਪੈਰਾਮੀਟਰ ਦਾ ਅਣਜਾਣ ਮੁੱਲ
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = ਪੜਤਾਲ ਦੀ ਗਲਤੀ
