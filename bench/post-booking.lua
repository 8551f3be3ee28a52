-- wrk script: each wrk thread books its own therapist (bench-post-<thread>), one distinct 15-minute
-- slot per request, walking forward from the first start given on the command line (epoch seconds, UTC).
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  first = tonumber(args[1])
  n = 0
end

function request()
  n = n + 1
  local start = os.date("!%Y-%m-%dT%H:%M:%SZ", first + (n - 1) * 900)
  local body = string.format('{"therapist":"bench-post-%d","start":"%s","timezone":"UTC",'
    .. '"client":{"name":"Load Client","email":"load-%d-%d@example.org"},"consent":true}', tid, start, tid, n)
  return wrk.format("POST", "/api/bookings", {["Content-Type"] = "application/json"}, body)
end
