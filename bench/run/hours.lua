-- wrk script of bench/run.sh: POST /api/v1/trajectories/{id}/hours, each request another trajectory.
-- Environment: BENCH_TARGETS (file of "trajectory placement day" lines, read before the run from the database),
-- BENCH_COOKIE (VPSESSION=...), BENCH_CSRF, BENCH_HOURS (default 1), BENCH_NOTE (marks the entries), BENCH_BASE_PATH.
-- Thread t of T takes targets t, t+T, t+2T, ... so no two requests of a run share a trajectory until the list wraps.
-- At the end it prints the responses by class (2xx, 4xx, 5xx, other) summed over the threads.

local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("tid", counter)
   table.insert(threads, thread)
end

function init(args)
   targets = {}
   for line in io.lines(os.getenv("BENCH_TARGETS")) do
      local t, p, d = line:match("^(%d+)%s+(%d+)%s+(%S+)")
      if t then
         table.insert(targets, { t, p, d })
      end
   end
   nthreads = tonumber(os.getenv("BENCH_THREADS") or "2")
   index = tid - 1
   hours = os.getenv("BENCH_HOURS") or "1"
   note = os.getenv("BENCH_NOTE") or "bench-run"
   base = os.getenv("BENCH_BASE_PATH") or "/api/v1"
   headers = {
      ["Content-Type"] = "application/json",
      ["Cookie"] = os.getenv("BENCH_COOKIE"),
      ["X-CSRF-Token"] = os.getenv("BENCH_CSRF"),
   }
   c2, c4, c5, cother = 0, 0, 0, 0
   first_error = ""
end

function request()
   local target = targets[(index % #targets) + 1]
   index = index + nthreads
   local body = string.format('{"placementId":%s,"date":"%s","hours":%s,"note":"%s"}', target[2], target[3], hours,
      note)
   return wrk.format("POST", base .. "/trajectories/" .. target[1] .. "/hours", headers, body)
end

function response(status, headers, body)
   if status >= 200 and status < 300 then
      c2 = c2 + 1
   elseif status >= 400 and status < 500 then
      c4 = c4 + 1
      if first_error == "" then first_error = status .. " " .. string.sub(body or "", 1, 300) end
   elseif status >= 500 then
      c5 = c5 + 1
      if first_error == "" then first_error = status .. " " .. string.sub(body or "", 1, 300) end
   else
      cother = cother + 1
   end
end

function done(summary, latency, requests)
   local s2, s4, s5, so = 0, 0, 0, 0
   local err = ""
   for _, thread in ipairs(threads) do
      s2 = s2 + thread:get("c2")
      s4 = s4 + thread:get("c4")
      s5 = s5 + thread:get("c5")
      so = so + thread:get("cother")
      local e = thread:get("first_error")
      if err == "" and e ~= nil and e ~= "" then err = e end
   end
   io.write(string.format("STATUS 2xx=%d 4xx=%d 5xx=%d other=%d\n", s2, s4, s5, so))
   if err ~= "" then
      io.write("FIRST_ERROR " .. string.gsub(err, "\n", " ") .. "\n")
   end
end
