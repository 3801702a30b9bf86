# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = param is missing or the value is empty or invalid: { $param }
    .bare = param is missing or the value is empty or invalid
api-authentication-required = This API requires an authenticated user
not-permitted = This action is not allowed
login-disabled = Your login is currently disabled
login-unconfirmed = Your login is missing a confirmed e-mail address
login-pending-approval = Your login is currently pending approval
record-not-found = Record not found
validation-failed = Validation failed: { $errors }
    .bare = Validation failed
duplicate-record = Duplicate record
user-required = This method requires an authenticated user
rate-limited = Too many requests
remote-fetch-failed = Remote data could not be fetched
remote-ssl-failed = Remote SSL certificate could not be verified
temporary-failure = There was a temporary problem serving your request, please try again

invalid-date = Invalid date supplied
record-invalid = Record invalid
client-credentials-required = This method requires an client credentials authentication
scope-forbidden = This action is outside the authorized scopes
token-invalid = The access token is invalid
token-expired = The access token expired
token-revoked = The access token was revoked
not-authorized = Not authorized
pagination-invalid = Pagination values for `offset` and `limit` must be positive
confirmation-wrong-app = This method is only available to the application the user originally signed-up with
confirmation-not-pending = This method is only available while the e-mail is awaiting confirmation
update-conflict = Conflict during update, please try again
media-type-unverified = File type of uploaded media could not be verified
media-thumbnail-failed = Error processing thumbnail for uploaded media
media-in-use = Media attachment is currently used by a status
search-pagination-unauthenticated = Search queries pagination is not supported without authentication
search-resolve-unauthenticated = Search queries that resolve remote resources are not supported without authentication
csrf-unverified = Can't verify CSRF token authenticity.
self-follow = Following your own account is not allowed
invite-invalid = This invite is not valid
reply-target-missing = The post you are trying to reply to does not appear to exist.
quote-target-missing = The post you are trying to quote does not appear to exist.
translation-quota-exceeded = The server-wide usage quota for the translation service has been exceeded.
translation-rate-limited = There have been too many requests to the translation service recently.
domain-block-exists = You have already imposed stricter limits on { $name }.
    .bare = You have already imposed stricter limits on this domain.
unexpected-mentions = Post would be sent to unexpected accounts
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Unknown filter: { $value }
        [origin] Unknown origin: { $value }
        [status] Unknown status: { $value }
        [order] Unknown order: { $value }
       *[other] Unknown value: { $value }
    }
    .bare = Unknown parameter value
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Mastodon::ValidationError
