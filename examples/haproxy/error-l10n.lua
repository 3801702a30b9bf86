-- error-l10n for HAProxy 2.6+ (body-aware): sends an upstream error body to
-- the sidecar's POST /v1/translate and, when the sidecar answers
-- `Error-L10n-Result: rendered`, puts the translation in place of the body.
-- The status and every other upstream header stay. On a fault, a
-- passthrough, a timeout or a sidecar that is down, the response is left
-- exactly as it came.
--
-- haproxy.cfg (see haproxy.cfg next to this file):
--
--   global
--       lua-load /etc/haproxy/error-l10n.lua
--   frontend mastodon
--       http-request set-var(txn.error_l10n_al) req.fhdr(accept-language)
--       http-response wait-for-body time 1s at-least 16k if { status ge 400 }
--       http-response lua.error_l10n 127.0.0.1:8080 500 if { status ge 400 }
--
-- Two arguments, both required (HAProxy would read `if` as the second): the
-- sidecar's address as IP:PORT (Lua sockets resolve no names at runtime)
-- and the timeout of each socket operation in milliseconds.
--
-- Why a plain socket rather than core.httpclient(): in HAProxy 2.6 the
-- httpclient retries a refused connection three times, a second apart, and
-- has no setting to stop it (httpclient.retries came in 2.7), so a stopped
-- sidecar would hold every error response for three seconds. core.tcp()
-- fails at once.

-- Used when the second argument is not a number.
local DEFAULT_TIMEOUT_MS = 500
-- The sidecar's answers are small; anything larger is not one of them.
local MAX_ANSWER = 256 * 1024

-- Headers of the upstream's response that describe the old body; the
-- sidecar's take their place.
local REPLACED = {
    ["content-length"] = true,
    ["content-type"] = true,
    ["content-language"] = true,
    ["transfer-encoding"] = true,
    ["vary"] = true,
}

-- The values of one header in a table from res_get_headers(), which HAProxy
-- indexes from 0.
local function values_of(headers, name)
    local out = {}
    local values = headers[name]
    if values == nil then
        return out
    end
    local i = 0
    while values[i] ~= nil do
        out[#out + 1] = values[i]
        i = i + 1
    end
    return out
end

local function first(headers, name)
    return values_of(headers, name)[1]
end

-- A header value cannot carry a line break; anything that would is dropped.
local function clean(value)
    if value == nil or value:find("[\r\n]") then
        return nil
    end
    return value
end

-- `HTTP/1.1 429 ...`, headers, blank line, body: into a table, or nil when
-- the answer is not complete.
local function parse_answer(raw)
    local head_end = raw:find("\r\n\r\n", 1, true)
    if head_end == nil then
        return nil, "no end of headers"
    end
    local head = raw:sub(1, head_end - 1)
    local body = raw:sub(head_end + 4)
    local status = tonumber(head:match("^HTTP/1%.[01] (%d%d%d)"))
    if status == nil then
        return nil, "no status line"
    end
    local headers = {}
    for line in head:gmatch("\r\n([^\r\n]+)") do
        local name, value = line:match("^([^:]+):%s*(.-)%s*$")
        if name ~= nil then
            headers[name:lower()] = value
        end
    end
    if headers["transfer-encoding"] ~= nil then
        return nil, "chunked answer"
    end
    local length = tonumber(headers["content-length"] or "")
    if length == nil or length ~= #body then
        return nil, "incomplete answer"
    end
    return { status = status, headers = headers, body = body }
end

-- POST one body to the sidecar over a fresh connection.
local function post(sidecar, timeout_ms, path, headers, body)
    local host, port = sidecar:match("^([^:]+):(%d+)$")
    if host == nil then
        return nil, "the sidecar address must be IP:PORT, got " .. tostring(sidecar)
    end
    local lines = {
        "POST " .. path .. " HTTP/1.1",
        "Host: " .. sidecar,
        "Connection: close",
        "Content-Type: application/json",
        "Content-Length: " .. #body,
    }
    for name, value in pairs(headers) do
        lines[#lines + 1] = name .. ": " .. value
    end
    local socket = core.tcp()
    socket:settimeout(timeout_ms / 1000)
    local ok, err = socket:connect(host, tonumber(port))
    if not ok then
        socket:close()
        return nil, "connect: " .. tostring(err)
    end
    if socket:send(table.concat(lines, "\r\n") .. "\r\n\r\n" .. body) == nil then
        socket:close()
        return nil, "send failed"
    end
    -- The sidecar closes after its answer (Connection: close).
    local raw, rerr = socket:receive("*a")
    socket:close()
    if raw == nil then
        return nil, "receive: " .. tostring(rerr)
    end
    if #raw > MAX_ANSWER then
        return nil, "answer too large"
    end
    return parse_answer(raw)
end

local function error_l10n(txn, sidecar, timeout_ms)
    -- txn.f keeps the fetch's type (txn.sf would give the string "429").
    local status = tonumber(txn.f:status())
    local body = txn.sf:res_body()
    if body == nil or body == "" then
        return
    end
    local upstream = txn.http:res_get_headers()
    -- Only a body HAProxy holds whole (wait-for-body stops at the buffer's
    -- size) and in clear.
    local declared = first(upstream, "content-length")
    if declared ~= nil and tonumber(declared) ~= #body then
        return
    end
    if first(upstream, "content-encoding") ~= nil then
        return
    end

    local forward = {}
    forward["Accept-Language"] = clean(txn:get_var("txn.error_l10n_al"))
    -- The rate-limit context: the sidecar adds "try again in ..." and
    -- Retry-After to a 429.
    forward["X-RateLimit-Reset"] = clean(first(upstream, "x-ratelimit-reset"))
    forward["Retry-After"] = clean(first(upstream, "retry-after"))

    local timeout = tonumber(timeout_ms) or DEFAULT_TIMEOUT_MS
    local path = "/v1/translate?status=" .. status
    -- The client's own ?lang=, as it wrote it (percent-encoded); anything
    -- that is not a plain query value is left out.
    local lang = txn:get_var("txn.error_l10n_lang")
    if lang ~= nil and lang:match("^[%w%-_%%]+$") then
        path = path .. "&lang=" .. lang
    end
    local answer, err = post(sidecar, timeout, path, forward, body)
    if answer == nil then
        txn:Warning("error-l10n: response left as is: " .. err)
        return
    end
    -- A passthrough (not a known message) or a fault: the upstream's body
    -- stays.
    if answer.headers["error-l10n-result"] ~= "rendered" or answer.status ~= status then
        return
    end

    local reply = txn:reply()
    reply:set_status(status)
    local vary = {}
    for name, _ in pairs(upstream) do
        if not REPLACED[name] then
            for _, value in ipairs(values_of(upstream, name)) do
                reply:add_header(name, value)
            end
        end
    end
    for _, value in ipairs(values_of(upstream, "vary")) do
        vary[#vary + 1] = value
    end
    vary[#vary + 1] = "Accept-Language"
    reply:add_header("vary", table.concat(vary, ", "))
    reply:add_header("content-type", answer.headers["content-type"] or "application/json; charset=utf-8")
    if answer.headers["content-language"] ~= nil then
        reply:add_header("content-language", answer.headers["content-language"])
    end
    -- The upstream's own Retry-After, if any, was kept above.
    if answer.headers["retry-after"] ~= nil and upstream["retry-after"] == nil then
        reply:add_header("retry-after", answer.headers["retry-after"])
    end
    reply:set_body(answer.body)
    -- Ends the response processing: http-response rules after this one do
    -- not run (http-after-response rules do).
    txn:done(reply)
end

core.register_action("error_l10n", { "http-res" }, error_l10n, 2)
