-- wrk script of bench/run: one request shape, repeated. Configured by the environment:
--   BENCH_METHOD (GET), BENCH_HEADERS ("Name: value" lines), BENCH_BODY_FILE (a file sent as the body;
--   every "{{n}}" in it is replaced by a text unique to the request, e.g. for a new project acronym: the
--   run's BENCH_RUN, the thread and a counter), BENCH_RESPONSES (when set, each thread stops once it has
--   had this many responses, and the last of the BENCH_THREADS to stop, counted in the file BENCH_DONE_FILE,
--   interrupts wrk, which otherwise sleeps out its duration: a run bounded by a count of requests, the
--   duration only a cap).
-- Prints one line "BENCH {json}" with the counts and the latency percentiles (microseconds).
local method = os.getenv("BENCH_METHOD") or "GET"
local headers = {}
for line in (os.getenv("BENCH_HEADERS") or ""):gmatch("[^\n]+") do
  local name, value = line:match("^([^:]+):%s*(.*)$")
  if name then headers[name] = value end
end
local template = nil
local body_file = os.getenv("BENCH_BODY_FILE")
if body_file and body_file ~= "" then
  local f = assert(io.open(body_file, "rb"))
  template = f:read("*a")
  f:close()
end

local run = os.getenv("BENCH_RUN") or "0"
local counter = 0
local next_thread = 0

-- Runs in the main state; thread_id becomes a global of each thread's own state.
function setup(thread)
  next_thread = next_thread + 1
  thread:set("thread_id", next_thread)
end

function request()
  local body = nil
  if template then
    counter = counter + 1
    body = template:gsub("{{n}}", string.format("%sT%dN%d", run, thread_id, counter))
  end
  return wrk.format(method, wrk.path, headers, body)
end

local responses_wanted = tonumber(os.getenv("BENCH_RESPONSES") or "")
local responses = 0

-- Records this thread as done; the last one interrupts wrk (SIGINT ends its sleep, then it reports).
local function thread_done()
  local done_file = os.getenv("BENCH_DONE_FILE")
  local f = assert(io.open(done_file, "a"))
  f:write("done\n")
  f:close()
  local count = 0
  for _ in io.lines(done_file) do count = count + 1 end
  if count >= tonumber(os.getenv("BENCH_THREADS")) then
    -- From the background, a second later: system() ignores SIGINT in wrk until its shell has exited.
    os.execute("(sleep 1; kill -INT $PPID) &")
  end
end

if responses_wanted then
  function response(status, headers, body)
    responses = responses + 1
    if responses == responses_wanted then
      wrk.thread:stop()
      thread_done()
    end
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"durationMicros":%d,"bytes":%d,"socketErrors":%d,"statusErrors":%d,' ..
    '"p50":%d,"p95":%d,"p99":%d,"max":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
