-- The one wrk script of scripts/bench.sh and scripts/fault-load.sh (driven
-- by wrk_run in scripts/lib.sh). It always prints a machine-readable line in
-- done(); the rest is switched on by environment variables, so a plain
-- throughput run keeps wrk's fast path (no request/response callbacks):
--
--   WRK_PATHS_FILE   file of request paths, one a line: each thread takes
--                    every WRK_THREADS-th path (its own share) and rotates
--                    through it; the report counts the distinct paths sent
--   WRK_THREADS      the -t given to wrk (to share the paths out)
--   WRK_MAX_PER_THREAD  each thread sends this many requests, then idles
--                    until the run ends (a burst of exactly -c requests
--                    when -c = threads * this)
--   WRK_TALLY=1      count responses per status code
--   WRK_MARKER       with WRK_TALLY: also count bodies containing this text
--   WRK_POST_FILE    POST this file's contents (text/plain) instead of GET
--
-- done() prints one line:
--   wrk-report requests=N duration_us=N rps=N p50_us=N p90_us=N p99_us=N
--     p999_us=N max_us=N mean_us=N connect_errors=N read_errors=N write_errors=N
--     timeouts=N non2xx=N statuses=200:N,503:N marked=N distinct_paths=N
-- (statuses, marked: n/a without WRK_TALLY; distinct_paths: n/a without paths)

local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

local paths_file = os.getenv("WRK_PATHS_FILE") or ""
local max_per_thread = tonumber(os.getenv("WRK_MAX_PER_THREAD") or "")
local tally = os.getenv("WRK_TALLY") == "1"
local marker = os.getenv("WRK_MARKER") or ""
local post_file = os.getenv("WRK_POST_FILE") or ""

if post_file ~= "" then
  local file = assert(io.open(post_file, "rb"))
  wrk.method = "POST"
  wrk.body = file:read("*a")
  wrk.headers["Content-Type"] = "text/plain"
  file:close()
end

-- Thread state (each wrk thread runs its own copy of this file).
statuses = {}
marked = 0
seen = {}
local requests, names, index, sent = {}, {}, 0, 0

function init(args)
  if paths_file == "" then return end
  local nthreads = tonumber(os.getenv("WRK_THREADS") or "1") or 1
  local n = 0
  for line in io.lines(paths_file) do
    if line ~= "" then
      if n % nthreads == (id or 0) % nthreads then
        table.insert(names, line)
        table.insert(requests, wrk.format("GET", line))
      end
      n = n + 1
    end
  end
  -- A thread whose share is empty (more threads than paths) takes them all.
  if #requests == 0 and n > 0 then
    for line in io.lines(paths_file) do
      if line ~= "" then
        table.insert(names, line)
        table.insert(requests, wrk.format("GET", line))
      end
    end
  end
end

if paths_file ~= "" then
  function request()
    index = index % #requests + 1
    seen[names[index]] = true
    return requests[index]
  end
end

if max_per_thread then
  function delay()
    sent = sent + 1
    if sent > max_per_thread then
      return 3600000 -- idle past the end of the run
    end
    return 0
  end
end

if tally then
  function response(status, headers, body)
    statuses[status] = (statuses[status] or 0) + 1
    if marker ~= "" and body and string.find(body, marker, 1, true) then
      marked = marked + 1
    end
  end
end

function done(summary, latency, _)
  local all_statuses, all_marked, union, distinct = {}, 0, {}, 0
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses") or {}) do
      all_statuses[status] = (all_statuses[status] or 0) + count
    end
    all_marked = all_marked + (thread:get("marked") or 0)
    for path in pairs(thread:get("seen") or {}) do
      if not union[path] then
        union[path] = true
        distinct = distinct + 1
      end
    end
  end
  local codes = {}
  for status in pairs(all_statuses) do table.insert(codes, status) end
  table.sort(codes)
  local mix = {}
  for _, status in ipairs(codes) do
    table.insert(mix, string.format("%d:%d", status, all_statuses[status]))
  end
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "wrk-report requests=%d duration_us=%d rps=%.1f p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d mean_us=%.0f"
      .. " connect_errors=%d read_errors=%d write_errors=%d timeouts=%d non2xx=%d statuses=%s marked=%s distinct_paths=%s\n",
    summary.requests, summary.duration, seconds > 0 and summary.requests / seconds or 0,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
    latency.max, latency.mean,
    e.connect, e.read, e.write, e.timeout, e.status,
    tally and (#mix > 0 and table.concat(mix, ",") or "none") or "n/a",
    (tally and marker ~= "") and tostring(all_marked) or "n/a",
    paths_file ~= "" and tostring(distinct) or "n/a"))
end
