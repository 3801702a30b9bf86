-- POST /v1/translate?status=429 with Mastodon's rate-limit body, as the
-- gateway forwards it (the URL's query carries the status).
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "report.lua")
wrk.method = "POST"
wrk.body = '{"error":"Too many requests"}'
wrk.headers["Content-Type"] = "application/json"
