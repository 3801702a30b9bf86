# Status-only bodies: the HTTP reason phrase of each status, as Mastodon sends
# it for `respond_with_error`. `http-4xx` and `http-5xx` cover the other codes
# of each class.

http-400 = Bad Request
http-401 = No Authorised
http-403 = Forbidden
http-404 = No Fund
http-406 = No Acceptable
http-409 = Conflict
http-410 = Nae Langer Available
http-413 = Content Ower Muckle
http-422 = Content Cannae Be Processed
http-429 = Ower Mony Requests
http-500 = Internal Server Error
http-502 = Bad Gateway
http-503 = Service No Available
http-504 = Gateway Timed Oot
http-4xx = Client Error
http-5xx = Server Error
