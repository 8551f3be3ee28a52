-- wrk script for bench/workspace: every request carries the signed-in therapist's session cookie (given after
-- "--"); the request is built once per thread, so the page is measured, not the script.
function init(args)
  req = wrk.format(nil, nil, {["Cookie"] = args[1]})
end

function request()
  return req
end
