# Errors of the Mastodon REST API: `{"error": "..."}`.
# The English text is the upstream's wire text, character for character.
# A message with variables has a `.bare` attribute: the text without them,
# used when the gateway does not pass the value.

param-missing = The param is missin, or its value is toom or no valid: { $param }
    .bare = The param is missin, or its value is toom or no valid
api-authentication-required = This API needs a signed-in uiser
not-permitted = This action isnae allooed
login-disabled = Yer login is turnt aff the noo
login-unconfirmed = Yer login is wantin a confirmed email address
login-pending-approval = Yer login is waitin on approval the noo
record-not-found = Record no fund
validation-failed = Validation didnae wirk: { $errors }
    .bare = Validation didnae wirk
duplicate-record = Dooble record
user-required = This method needs a signed-in uiser
rate-limited = Ower mony requests
remote-fetch-failed = Couldnae fetch the remote data
remote-ssl-failed = Couldnae verify the remote SSL certificate
temporary-failure = There wis a temporar problem servin yer request the noo, please hae anither shot

invalid-date = The date gien isnae valid
record-invalid = Record no valid
client-credentials-required = This method needs client credentials authentication
scope-forbidden = This action is ootwith the authorised scopes
token-invalid = The access token isnae valid
token-expired = The access token haes rin oot
token-revoked = The access token wis revoked
not-authorized = No authorised
pagination-invalid = Pagination values fir `offset` an `limit` hae tae be positive
confirmation-wrong-app = This method is ainly available tae the app the uiser first signed up wi
confirmation-not-pending = This method is ainly available while the email is waitin on confirmation
update-conflict = There wis a conflict while updatin, please hae anither shot
media-type-unverified = Couldnae verify the file type o the uploaded media
media-thumbnail-failed = There wis an error processin the thumbnail fir the uploaded media
media-in-use = The media attachment is bein uised by a post the noo
search-pagination-unauthenticated = Pagination o search queries isnae supportit athoot authentication
search-resolve-unauthenticated = Search queries that resolve remote resoorces arenae supportit athoot authentication
csrf-unverified = Cannae verify that the CSRF token is genuine.
self-follow = Follaein yer ain accoont isnae allooed
invite-invalid = This invite isnae valid
reply-target-missing = The post ye're tryin tae reply tae disnae seem tae exist.
quote-target-missing = The post ye're tryin tae quote disnae seem tae exist.
translation-quota-exceeded = The server-wide uisage quota fir the translation service haes been exceedit.
translation-rate-limited = There's been ower mony requests tae the translation service lately.
domain-block-exists = Ye've awready pit stricter limits on { $name }.
    .bare = Ye've awready pit stricter limits on this domain.
unexpected-mentions = The post wid be sent tae accoonts ye michtnae expect
# $kind is the parameter's name as the upstream says it: filter, origin,
# status or order. Translate each; keep $value as it is.
unknown-parameter-value =
    { $kind ->
        [filter] Unkent filter: { $value }
        [origin] Unkent origin: { $value }
        [status] Unkent status: { $value }
        [order] Unkent order: { $value }
       *[other] Unkent value: { $value }
    }
    .bare = Unkent parameter value
# Raised without a message (too many ids in one request): the wire text is
# the class name. Translations say what it means: a validation error.
validation-error = Validation error: the request isnae valid
