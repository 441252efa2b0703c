-- wrk script for bench/postback: replays pre-signed Standard Webhooks
-- postbacks from a file (one per line: id, timestamp, signature, body,
-- tab-separated), each thread taking every n-th line, and counts statuses.
local threads = {}
local next_tid = 0

function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
  table.insert(threads, thread)
end

local requests = {}
local i = 0
ok, dup, other, exhausted = 0, 0, 0, 0

function init(args)
  local file, nthreads = args[1], tonumber(args[2])
  local n = 0
  for line in io.lines(file) do
    if n % nthreads == tid then
      local id, ts, sig, body = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)\t(.*)$")
      requests[#requests + 1] = wrk.format("POST", nil, {
        ["Content-Type"] = "application/json",
        ["webhook-id"] = id,
        ["webhook-timestamp"] = ts,
        ["webhook-signature"] = sig,
      }, body)
    end
    n = n + 1
  end
end

-- BENCH_PACE_MS > 0: each connection waits that long before its next request
-- (32 connections at 20 ms offer a little over 1,000 requests/s once latency is added)
local pace = tonumber(os.getenv("BENCH_PACE_MS") or "0")
if pace > 0 then
  function delay()
    return pace
  end
end

function request()
  i = i + 1
  if i > #requests then
    -- out of fresh orders: replaying one would be a duplicate, counted apart
    exhausted = exhausted + 1
    i = 1
  end
  return requests[i]
end

function response(status, headers, body)
  if status == 201 then ok = ok + 1 elseif status == 200 then dup = dup + 1 else other = other + 1 end
end

function done(summary, latency, requests)
  local t = { ok = 0, dup = 0, other = 0, exhausted = 0 }
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + thread:get(k) end
  end
  io.write(string.format("STATUS 201=%d 200=%d other=%d exhausted=%d\n", t.ok, t.dup, t.other, t.exhausted))
  io.write(string.format("LATENCY p50=%.3f p99=%.3f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
