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
  local t = first + (n - 1) * 900
  if t % 86400 == 85500 then
    -- 23:45 would end after the 23:59 close of the seeded hours: skip to the next day's first slot
    n = n + 1
    t = t + 900
  end
  local start = os.date("!%Y-%m-%dT%H:%M:%SZ", t)
  local body = string.format('{"therapist":"bench-post-%d","start":"%s","timezone":"UTC",'
    .. '"client":{"name":"Load Client","email":"load-%d-%d@example.org"},"consent":true}', tid, start, tid, n)
  return wrk.format("POST", "/api/bookings", {["Content-Type"] = "application/json"}, body)
end
