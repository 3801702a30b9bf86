-- POST /v1/translate?status=422 with a Mastodon validation failure: the
-- message has a variable (the validation text, kept) and `details`, which
-- must come back byte for byte.
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "report.lua")
wrk.method = "POST"
wrk.body = '{"error":"Validation failed: Text can\'t be blank",'
  .. '"details":{"text":[{"error":"ERR_BLANK","description":"can\'t be blank"}]}}'
wrk.headers["Content-Type"] = "application/json"
