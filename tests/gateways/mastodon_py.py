"""A real client library against a gateway: Mastodon.py posts an empty
status (a 422) with lang="de", as its users set it, and prints what it
raised as one JSON line. Run by tests/gateways with ERROR_L10N_PYTHON."""

import json
import sys

from mastodon import Mastodon, MastodonAPIError

api = Mastodon(
    access_token="test-token",
    api_base_url=sys.argv[1],
    lang="de",
    version_check_mode="none",
    ratelimit_method="throw",
    request_timeout=10,
)
try:
    api.status_post("")
except MastodonAPIError as error:
    _, status, reason, message = error.args
    print(json.dumps({"type": type(error).__name__, "status": status, "error": message}))
else:
    sys.exit("Mastodon.py raised nothing for a 422")
