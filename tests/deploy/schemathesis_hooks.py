"""schemathesis checks of error-l10n's own contract (SCHEMATHESIS_HOOKS).

A rendered 5xx (`temporary-failure`, `/v1/status/503`, ...) is the answer
asked for, and so is an upstream's 5xx body passed through by translate
with its status: the stock `not_a_server_error` check does not fit. This
one fails on a 5xx that is neither, i.e. one of the sidecar's own.
"""

import schemathesis


def header(response, name):
    values = response.headers.get(name) or [None]
    return values[0]


@schemathesis.check
def no_server_error_of_its_own(ctx, response, case):
    """No 5xx but a rendered or passed-through error; faults are problem+json
    4xx; rendered errors name their locale."""
    result = header(response, "error-l10n-result")
    status = response.status_code
    draining = case.path == "/readyz" and status == 503
    if status >= 500 and result not in ("rendered", "passthrough") and not draining:
        raise AssertionError(
            f"a {status} of the sidecar's own (Error-L10n-Result: {result})"
        )
    content_type = header(response, "content-type") or ""
    if result == "fault":
        if not content_type.startswith("application/problem+json"):
            raise AssertionError(f"a fault as {content_type!r}, not problem+json")
        if not 400 <= status < 500:
            raise AssertionError(f"a fault with status {status}")
    if result == "rendered" and header(response, "content-language") is None:
        raise AssertionError("a rendered error without Content-Language")
