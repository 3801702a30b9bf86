# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Bad Request
http-401 = Unauthorized
http-403 = Forbidden
http-404 = Not Found
http-406 = Not Acceptable
http-409 = Conflict
http-410 = Gone
http-413 = Content Too Large
http-422 = Unprocessable Content
http-429 = Too Many Requests
http-500 = Internal Server Error
http-502 = Bad Gateway
http-503 = Service Unavailable
http-504 = Gateway Timeout
http-4xx = Client Error
http-5xx = Server Error
