-- A fixed request rate for wrk (the part of wrk2 that bench/run needs):
--
--   wrk -t1 -c C -d D -s fixed-rate.lua URL -- RATE
--
-- Requests go out on a schedule of RATE per second: each request takes the
-- next slot (1/RATE s after the previous one) and its connection waits for
-- it. wrk's timers count whole milliseconds, so requests leave in 1 ms steps
-- (about RATE/1000 at a time). A connection is busy until its answer comes,
-- so C must exceed RATE × latency; when the server falls more than 10 ms
-- behind, the schedule restarts from now rather than bursting to catch up
-- (no coordinated-omission correction): bench/run reports the rate reached.
dofile(debug.getinfo(1, "S").source:sub(2):match("(.*/)") .. "report.lua")

local ffi = require("ffi")
ffi.cdef([[
  typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
  int clock_gettime(int clock, bench_timespec *ts);
]])
local CLOCK_MONOTONIC = 1
local ts = ffi.new("bench_timespec")
local function now_ms()
  ffi.C.clock_gettime(CLOCK_MONOTONIC, ts)
  return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

local step, slot

function init(args)
  local rate = tonumber(args[1])
  if not rate or rate <= 0 then
    error("usage: wrk ... -s fixed-rate.lua URL -- RATE (requests/s)")
  end
  step = 1000 / rate -- ms between two requests of this thread
end

function delay()
  local now = now_ms()
  if not slot or slot < now - 10 then
    slot = now
  end
  slot = slot + step
  local wait = slot - now
  return wait > 0 and math.floor(wait) or 0
end
