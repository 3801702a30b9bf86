-- wrk's summary as one JSON line (prefixed "JSON "), after wrk's own text:
-- exact microsecond percentiles for bench/run to collect. The request is the
-- one given on the command line (-H for headers). Other scripts load this one.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'JSON {"requests":%d,"duration_us":%d,"rps":%.1f,"p50_us":%d,"p90_us":%d,'
      .. '"p99_us":%d,"p999_us":%d,"max_us":%d,"mean_us":%.1f,"socket_errors":%d}\n',
    summary.requests, summary.duration, summary.requests / summary.duration * 1e6,
    latency:percentile(50), latency:percentile(90), latency:percentile(99),
    latency:percentile(99.9), latency.max, latency.mean,
    e.connect + e.read + e.write + e.timeout))
end
