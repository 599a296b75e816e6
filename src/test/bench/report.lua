-- wrk script of bench.sh: an optional POST body from the file in $BENCH_BODY (the ajax answer
-- save), and one machine-readable line at the end: req/s, p50, p95, p99 (ms), HTTP errors
-- (status >= 400), socket errors and timeouts, and the number of requests answered.
local body_file = os.getenv("BENCH_BODY")
if body_file and body_file ~= "" then
    local f = assert(io.open(body_file, "r"))
    wrk.method = "POST"
    wrk.body = f:read("*a")
    f:close()
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded; charset=UTF-8"
    wrk.headers["Faces-Request"] = "partial/ajax"
end

done = function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local e = summary.errors
    io.write(string.format("RESULT %.1f %.1f %.1f %.1f %d %d %d\n", summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
        e.status, e.connect + e.read + e.write + e.timeout, summary.requests))
end
