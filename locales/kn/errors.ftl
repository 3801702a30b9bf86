# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = ಪ್ಯಾರಾಮೀಟರ್ ಕಾಣೆಯಾಗಿದೆ, ಅಥವಾ ಅದರ ಮೌಲ್ಯ ಖಾಲಿಯಾಗಿದೆ ಅಥವಾ ಅಮಾನ್ಯವಾಗಿದೆ: { $param }
    .bare = ಪ್ಯಾರಾಮೀಟರ್ ಕಾಣೆಯಾಗಿದೆ, ಅಥವಾ ಅದರ ಮೌಲ್ಯ ಖಾಲಿಯಾಗಿದೆ ಅಥವಾ ಅಮಾನ್ಯವಾಗಿದೆ
api-authentication-required = ಈ API ಬಳಸಲು ದೃಢೀಕರಿಸಿದ ಬಳಕೆದಾರರ ಅಗತ್ಯವಿದೆ
not-permitted = ಈ ಕ್ರಿಯೆಗೆ ಅನುಮತಿ ಇಲ್ಲ
login-disabled = ನಿಮ್ಮ ಲಾಗಿನ್ ಅನ್ನು ಸದ್ಯಕ್ಕೆ ನಿಷ್ಕ್ರಿಯಗೊಳಿಸಲಾಗಿದೆ
login-unconfirmed = ನಿಮ್ಮ ಲಾಗಿನ್‌ಗೆ ಖಚಿತಪಡಿಸಿದ ಇಮೇಲ್ ವಿಳಾಸ ಇಲ್ಲ
login-pending-approval = ನಿಮ್ಮ ಲಾಗಿನ್ ಸದ್ಯಕ್ಕೆ ಅನುಮೋದನೆಗಾಗಿ ಕಾಯುತ್ತಿದೆ
record-not-found = ದಾಖಲೆ ಕಂಡುಬಂದಿಲ್ಲ
validation-failed = ಮೌಲ್ಯೀಕರಣ ವಿಫಲವಾಗಿದೆ: { $errors }
    .bare = ಮೌಲ್ಯೀಕರಣ ವಿಫಲವಾಗಿದೆ
duplicate-record = ನಕಲು ದಾಖಲೆ: ಈ ದಾಖಲೆ ಈಗಾಗಲೇ ಇದೆ
user-required = ಈ ವಿಧಾನಕ್ಕೆ ದೃಢೀಕರಿಸಿದ ಬಳಕೆದಾರರ ಅಗತ್ಯವಿದೆ
rate-limited = ಅತಿ ಹೆಚ್ಚು ವಿನಂತಿಗಳು
remote-fetch-failed = ರಿಮೋಟ್ ಡೇಟಾವನ್ನು ಪಡೆಯಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ
remote-ssl-failed = ರಿಮೋಟ್ SSL ಪ್ರಮಾಣಪತ್ರವನ್ನು ಪರಿಶೀಲಿಸಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ
temporary-failure = ನಿಮ್ಮ ವಿನಂತಿಯನ್ನು ಪೂರೈಸುವಾಗ ತಾತ್ಕಾಲಿಕ ಸಮಸ್ಯೆ ಉಂಟಾಯಿತು, ದಯವಿಟ್ಟು ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ

invalid-date = ನೀಡಲಾದ ದಿನಾಂಕ ಅಮಾನ್ಯವಾಗಿದೆ
record-invalid = ದಾಖಲೆ ಅಮಾನ್ಯವಾಗಿದೆ
client-credentials-required = ಈ ವಿಧಾನಕ್ಕೆ ಕ್ಲೈಂಟ್ ರುಜುವಾತುಗಳ ಮೂಲಕ ದೃಢೀಕರಣದ ಅಗತ್ಯವಿದೆ
scope-forbidden = ಈ ಕ್ರಿಯೆ ಅಧಿಕಾರ ನೀಡಲಾದ ವ್ಯಾಪ್ತಿಗಳ ಹೊರಗಿದೆ
token-invalid = ಪ್ರವೇಶ ಟೋಕನ್ ಅಮಾನ್ಯವಾಗಿದೆ
token-expired = ಪ್ರವೇಶ ಟೋಕನ್‌ನ ಅವಧಿ ಮುಗಿದಿದೆ
token-revoked = ಪ್ರವೇಶ ಟೋಕನ್ ಅನ್ನು ಹಿಂಪಡೆಯಲಾಗಿದೆ
not-authorized = ಅಧಿಕಾರ ನೀಡಲಾಗಿಲ್ಲ
pagination-invalid = `offset` ಮತ್ತು `limit` ಎಂಬ ಪೇಜಿನೇಶನ್ ಮೌಲ್ಯಗಳು ಧನಾತ್ಮಕವಾಗಿರಬೇಕು
confirmation-wrong-app = ಬಳಕೆದಾರರು ಮೂಲತಃ ಸೈನ್ ಅಪ್ ಮಾಡಲು ಬಳಸಿದ ಅಪ್ಲಿಕೇಶನ್‌ಗೆ ಮಾತ್ರ ಈ ವಿಧಾನ ಲಭ್ಯವಿದೆ
confirmation-not-pending = ಇಮೇಲ್ ವಿಳಾಸದ ಖಚಿತಪಡಿಸುವಿಕೆ ಬಾಕಿ ಇರುವಾಗ ಮಾತ್ರ ಈ ವಿಧಾನ ಲಭ್ಯವಿದೆ
update-conflict = ನವೀಕರಿಸುವಾಗ ಸಂಘರ್ಷ ಉಂಟಾಯಿತು, ದಯವಿಟ್ಟು ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ
media-type-unverified = ಅಪ್‌ಲೋಡ್ ಮಾಡಿದ ಮೀಡಿಯಾದ ಫೈಲ್ ಪ್ರಕಾರವನ್ನು ಪರಿಶೀಲಿಸಲು ಸಾಧ್ಯವಾಗಲಿಲ್ಲ
media-thumbnail-failed = ಅಪ್‌ಲೋಡ್ ಮಾಡಿದ ಮೀಡಿಯಾದ ಥಂಬ್‌ನೇಲ್ ಅನ್ನು ಪ್ರಕ್ರಿಯೆಗೊಳಿಸುವಾಗ ದೋಷ ಉಂಟಾಯಿತು
media-in-use = ಈ ಮೀಡಿಯಾ ಲಗತ್ತನ್ನು ಸದ್ಯ ಒಂದು ಪೋಸ್ಟ್ ಬಳಸುತ್ತಿದೆ
search-pagination-unauthenticated = ದೃಢೀಕರಣವಿಲ್ಲದೆ ಹುಡುಕಾಟ ಪ್ರಶ್ನೆಗಳ ಪೇಜಿನೇಶನ್‌ಗೆ ಬೆಂಬಲವಿಲ್ಲ
search-resolve-unauthenticated = ರಿಮೋಟ್ ಸಂಪನ್ಮೂಲಗಳನ್ನು ಪತ್ತೆಹಚ್ಚಿ ತರುವ ಹುಡುಕಾಟ ಪ್ರಶ್ನೆಗಳಿಗೆ ದೃಢೀಕರಣವಿಲ್ಲದೆ ಬೆಂಬಲವಿಲ್ಲ
csrf-unverified = CSRF ಟೋಕನ್‌ನ ನೈಜತೆಯನ್ನು ಪರಿಶೀಲಿಸಲು ಸಾಧ್ಯವಾಗುತ್ತಿಲ್ಲ.
self-follow = ನಿಮ್ಮ ಸ್ವಂತ ಖಾತೆಯನ್ನು ಹಿಂಬಾಲಿಸಲು ಅನುಮತಿ ಇಲ್ಲ
invite-invalid = ಈ ಆಹ್ವಾನ ಮಾನ್ಯವಾಗಿಲ್ಲ
reply-target-missing = ನೀವು ಪ್ರತ್ಯುತ್ತರಿಸಲು ಪ್ರಯತ್ನಿಸುತ್ತಿರುವ ಪೋಸ್ಟ್ ಅಸ್ತಿತ್ವದಲ್ಲಿರುವಂತೆ ತೋರುತ್ತಿಲ್ಲ.
quote-target-missing = ನೀವು ಉಲ್ಲೇಖಿಸಲು ಪ್ರಯತ್ನಿಸುತ್ತಿರುವ ಪೋಸ್ಟ್ ಅಸ್ತಿತ್ವದಲ್ಲಿರುವಂತೆ ತೋರುತ್ತಿಲ್ಲ.
translation-quota-exceeded = ಅನುವಾದ ಸೇವೆಗಾಗಿ ಇಡೀ ಸರ್ವರ್‌ಗೆ ನಿಗದಿಪಡಿಸಿದ ಬಳಕೆಯ ಮಿತಿ ಮೀರಿದೆ.
translation-rate-limited = ಇತ್ತೀಚೆಗೆ ಅನುವಾದ ಸೇವೆಗೆ ಅತಿ ಹೆಚ್ಚು ವಿನಂತಿಗಳು ಬಂದಿವೆ.
domain-block-exists = ನೀವು ಈಗಾಗಲೇ { $name } ಮೇಲೆ ಇದಕ್ಕಿಂತ ಕಠಿಣವಾದ ಮಿತಿಗಳನ್ನು ವಿಧಿಸಿದ್ದೀರಿ.
    .bare = ನೀವು ಈಗಾಗಲೇ ಈ ಡೊಮೇನ್ ಮೇಲೆ ಇದಕ್ಕಿಂತ ಕಠಿಣವಾದ ಮಿತಿಗಳನ್ನು ವಿಧಿಸಿದ್ದೀರಿ.
unexpected-mentions = ಕಳುಹಿಸಿದರೆ, ಈ ಪೋಸ್ಟ್ ಅನಿರೀಕ್ಷಿತ ಖಾತೆಗಳಿಗೆ ತಲುಪುತ್ತದೆ
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] ಅಜ್ಞಾತ ಫಿಲ್ಟರ್: { $value }
        [origin] ಅಜ್ಞಾತ ಮೂಲ: { $value }
        [status] ಅಜ್ಞಾತ ಸ್ಥಿತಿ: { $value }
        [order] ಅಜ್ಞಾತ ವಿಂಗಡಣೆ ಕ್ರಮ: { $value }
       *[other] ಅಜ್ಞಾತ ಮೌಲ್ಯ: { $value }
    }
    .bare = ಅಜ್ಞಾತ ಪ್ಯಾರಾಮೀಟರ್ ಮೌಲ್ಯ
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = ಮೌಲ್ಯೀಕರಣ ದೋಷ: ವಿನಂತಿ ಅಮಾನ್ಯವಾಗಿದೆ
