#!/usr/bin/env bash
# Benchmark of the pricing page (not part of `make test`): builds a release,
# starts it on loopback with its built-in Wix sandbox and prints figures; it
# asserts nothing. Everything it starts (server, a private nginx, Chromium)
# is stopped at exit, Ctrl-C included.
#
#   1. the marketing preview, preset=all (249 countries): JSON, CSV, page
#   2. throughput and latency (p50, p99, p99.9) of the default page next to
#      nginx serving the same bytes as a static file, at 1, 16, 64 and 256
#      connections (BENCH_LOADS="1/1 16/2 64/2 256/2": connections/threads)
#      and Wix's webhooks: a genuine event and a forged one at 64 connections
#   3. page weight: HTML, CSS, JS and WASM, identity / brotli / gzip
#   4. Lighthouse, mobile (three runs) and desktop presets; the period
#      switch's first answer with the CPU slowed 4x (Playwright)
#   5. cold cache: a fresh server, 100 ms of sandbox latency on List App
#      Plans, a burst of concurrent requests for one cold country, then
#      64 connections over every ISO country; upstream calls counted
#   6. server memory after the load, then a summary for BENCHMARKS.md
#
# Settings (environment):
#   BENCH_PORT=3300 BENCH_SANDBOX_PORT=3301 BENCH_NGINX_PORT=3302
#   BENCH_DURATION=10s      each measured wrk run (after BENCH_WARMUP=3s)
#   BENCH_COLD_DURATION=10s the rotation over every country
#   BENCH_BURST=200         concurrent requests of the cold burst (even)
#   BENCH_BURST_COUNTRY=FR  its country
#   BENCH_COLD_LATENCY_MS=100  sandbox latency during the cold-cache runs
#   BENCH_RUNS=5            runs of each preview request
#   BENCH_LIGHTHOUSE=1      0: skip Lighthouse
#   BENCH_SHARED_CACHE=0    1: the server shares its price cache through a
#                           redis-server on BENCH_CACHE_PORT=3303 (emptied
#                           before each start), as replicas do
#   BENCH_TIME_LIMIT=1200   seconds the measurements may take (after the build)
#   BIN, SITE_ROOT, KEEP_TMP: see scripts/lib.sh (BIN set: no build)
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

port=${BENCH_PORT:-3300}
sandbox_port=${BENCH_SANDBOX_PORT:-3301}
nginx_port=${BENCH_NGINX_PORT:-3302}
duration=${BENCH_DURATION:-10s}
warmup=${BENCH_WARMUP:-3s}
cold_duration=${BENCH_COLD_DURATION:-10s}
burst=${BENCH_BURST:-200}
burst_country=${BENCH_BURST_COUNTRY:-FR}
cold_latency=${BENCH_COLD_LATENCY_MS:-100}
runs=${BENCH_RUNS:-5}
summary=$WORK_DIR/summary.md
: >"$summary"

# Prints its arguments and keeps them for the closing summary.
out() { printf '%s\n' "$*" | tee -a "$summary"; }

build_release
ensure_apt wrk
ensure_apt nginx
ensure_apt jq
[ "${BENCH_LIGHTHOUSE:-1}" = 1 ] && ensure_lighthouse
shared=()
if [ "${BENCH_SHARED_CACHE:-0}" = 1 ]; then
  ensure_apt redis-server
  cache_port=${BENCH_CACHE_PORT:-3303}
  cache_start "$cache_port" "$WORK_DIR/cache.log"
  shared=(PRICING_SHARED_CACHE_URL="redis://127.0.0.1:$cache_port")
fi
watchdog "${BENCH_TIME_LIMIT:-1200}"

# start LOG: the server in sandbox mode; the preview's per-client rate limit
# and the connections-per-address cap are lifted (every request here comes
# from 127.0.0.1). With the shared
# cache, an empty one: a fresh server is a cold one.
start() {
  [ -n "${cache_port:-}" ] && redis-cli -p "$cache_port" flushall >/dev/null
  server_start "$port" "$sandbox_port" "$1" \
    PRICING_PREVIEW_RATE_PER_MIN="${PRICING_PREVIEW_RATE_PER_MIN:-100000}" \
    PRICING_MAX_CONNECTIONS_PER_IP="${PRICING_MAX_CONNECTIONS_PER_IP:-0}" "${shared[@]}"
}

step "starting the server on 127.0.0.1:$port, its sandbox on 127.0.0.1:$sandbox_port"
start "$WORK_DIR/server.log"

# ---- 1. the marketing preview ---------------------------------------------

# measure LABEL URL: BENCH_RUNS requests; mean, min and max time.
measure() {
  local label=$1 url=$2 _
  for _ in $(seq 1 "$runs"); do
    curl -s -o /dev/null --max-time 60 -w "%{http_code} %{time_total} %{size_download}\n" "$url" || true
  done | awk -v label="$label" '
    { n++; sum += $2; bytes = $3; if (n == 1 || $2 < min) min = $2; if ($2 > max) max = $2; if ($1 != 200) bad++ }
    END { printf "| %s | %d | %.3f | %.3f | %.3f | %d | %d |\n", label, n, sum / n, min, max, bytes, bad + 0 }'
}

# Every ISO country the product knows, for the cold-cache rotation (5.).
curl -sf --max-time 60 "$SERVER_URL/preview.json?preset=all" |
  jq -r --arg skip "$burst_country" '.countries[] | select(. != $skip) | "/?country=" + .' >"$WORK_DIR/countries.paths"
countries=$(($(wc -l <"$WORK_DIR/countries.paths") + 1))
step "marketing preview: preset=all asks the sandbox for $countries countries, $runs runs each (the first is cold)"
out ""
out "Marketing preview, preset=all ($countries countries), $runs runs on a fresh server"
out ""
out "| request | runs | mean s | min s | max s | bytes | non-200 |"
out "|---|---|---|---|---|---|---|"
out "$(measure "preview.json?preset=all" "$SERVER_URL/preview.json?preset=all")"
out "$(measure "preview.csv?preset=all" "$SERVER_URL/preview.csv?preset=all")"
out "$(measure "preview page 1, preset=all" "$SERVER_URL/preview?preset=all")"
out "$(measure "preview page, default set" "$SERVER_URL/preview")"

# ---- 2. throughput next to nginx ------------------------------------------

step "saving the default page and serving the same bytes with nginx on 127.0.0.1:$nginx_port"
www=$WORK_DIR/nginx
mkdir -p "$www/www" "$www/tmp"
chmod 711 "$WORK_DIR" # nginx's workers run as nobody
chmod -R a+rX "$www"
read -r page_status content_type < <(curl -s --max-time 30 -o "$www/www/page.html" \
  -w '%{http_code} %{content_type}\n' "$SERVER_URL/")
[ "$page_status" = 200 ] || die "the default page answered $page_status"
cat >"$www/nginx.conf" <<EOF
worker_processes auto;
pid $www/nginx.pid;
error_log $www/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  client_body_temp_path $www/tmp/body;
  proxy_temp_path $www/tmp/proxy;
  fastcgi_temp_path $www/tmp/fastcgi;
  uwsgi_temp_path $www/tmp/uwsgi;
  scgi_temp_path $www/tmp/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    location = / {
      root $www/www;
      types { }
      default_type "$content_type";
      try_files /page.html =404;
    }
  }
}
EOF
require_free_port "$nginx_port"
nginx -p "$www" -c "$www/nginx.conf" -e "$www/error.log" -g 'daemon off;' &
nginx_pid=$!
at_exit "stop_pid $nginx_pid"
nginx_url="http://127.0.0.1:$nginx_port/"
wait_http "$nginx_url" 10 || die "nginx did not start: $(cat "$www/error.log")"
cmp -s "$www/www/page.html" <(curl -s "$nginx_url") || die "nginx does not serve the saved page"

# load TARGET_URL THREADS CONNECTIONS OUT: warm-up, then the measured run.
load() {
  wrk_run "$4.warmup" "$2" "$3" "$warmup" "$1"
  wrk_run "$4" "$2" "$3" "$duration" "$1"
}

out ""
out "Default page ($(wc -c <"$www/www/page.html") bytes, no compression) vs nginx serving the same file; wrk $duration after a $warmup warm-up, each pair run back to back"
out ""
out "| connections / threads | product req/s | p50 ms | p99 ms | p99.9 ms | nginx req/s | p50 ms | p99 ms | p99.9 ms | product/nginx |"
out "|---|---|---|---|---|---|---|---|---|---|"
for load_shape in ${BENCH_LOADS:-1/1 16/2 64/2 256/2}; do
  IFS=/ read -r connections threads <<<"$load_shape"
  step "wrk: $connections connection(s), $threads thread(s): product, then nginx"
  load "$SERVER_URL/" "$threads" "$connections" "$WORK_DIR/product-$connections"
  load "$nginx_url" "$threads" "$connections" "$WORK_DIR/nginx-$connections"
  p=$WORK_DIR/product-$connections n=$WORK_DIR/nginx-$connections
  [ "$(wrk_field "$p" non2xx)" = 0 ] || warn "the product answered $(wrk_field "$p" non2xx) non-2xx responses"
  row="| $connections / $threads"
  for f in "$p" "$n"; do
    row="$row | $(wrk_field "$f" rps) | $(ms "$(wrk_field "$f" p50_us)") | $(ms "$(wrk_field "$f" p99_us)") | $(ms "$(wrk_field "$f" p999_us)")"
  done
  out "$row | $(awk -v a="$(wrk_field "$p" rps)" -v b="$(wrk_field "$n" rps)" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }') |"
done
stop_pid "$nginx_pid"
out ""
out "Server memory after that load: VmRSS / VmHWM $(memory_mib "$SERVER_PID" | awk '{ print $1 " / " $2 }') MiB"

# ---- 2b. Wix's webhooks -----------------------------------------------------

# A genuine event (counted the first time, then each a duplicate) and a
# forged one (its signature cut), from 64 connections: what answering Wix
# within its 1,250 ms costs, and what a flood of forgeries does.
formflow=5b1c3e7a-2f4d-4c8e-9a61-0d2f7b9e4a10 # the demo catalogue's first app
genuine=$WORK_DIR/webhook-genuine forged=$WORK_DIR/webhook-forged
sandbox_event PaidPlanPurchased bench-site '{"vendorProductId":"pro","cycle":"MONTHLY"}' >"$genuine"
printf '%s.AAAA' "$(cut -d. -f1,2 "$genuine")" >"$forged"
out ""
out "POST /webhooks/wix/{app}: wrk $duration, 64 connections, 2 threads"
out ""
out "| event | req/s | p50 ms | p99 ms | max ms | statuses |"
out "|---|---|---|---|---|---|"
for kind in genuine forged; do
  step "wrk: webhooks, $kind"
  w=$WORK_DIR/webhooks-$kind
  wrk_run "$w" 2 64 "$duration" "$SERVER_URL/webhooks/wix/$formflow" \
    WRK_POST_FILE="$WORK_DIR/webhook-$kind" WRK_TALLY=1
  out "| $kind | $(wrk_field "$w" rps) | $(ms "$(wrk_field "$w" p50_us)") | $(ms "$(wrk_field "$w" p99_us)") |" \
    "$(ms "$(wrk_field "$w" max_us)") | $(wrk_field "$w" statuses) |"
done

# ---- 3. page weight -------------------------------------------------------

# fetch URL ENCODING: bytes received with Accept-Encoding ENCODING
# ("identity": none asked); n/a when the server did not use that encoding.
fetch() {
  local status size used asked=()
  [ "$2" = identity ] || asked=(-H "Accept-Encoding: $2")
  read -r status size used < <(curl -s -o /dev/null --max-time 30 "${asked[@]}" \
    -w '%{http_code} %{size_download} %header{content-encoding}\n' "$1")
  if [ "$status" != 200 ]; then
    echo "HTTP $status"
  elif [ "${used:-identity}" = "$2" ]; then
    echo "$size"
  else
    echo "n/a"
  fi
}

step "page weight"
asset() { grep -o "\"/pkg/[^\"]*\\.$1\"" "$www/www/page.html" | head -1 | tr -d '"'; }
out ""
out "Page weight in bytes (n/a: not served in that encoding)"
out ""
out "| resource | identity | br | gzip |"
out "|---|---|---|---|"
out "| HTML / | $(fetch "$SERVER_URL/" identity) | $(fetch "$SERVER_URL/" br) | $(fetch "$SERVER_URL/" gzip) |"
for kind in css js wasm; do
  path=$(asset "$kind")
  if [ -z "$path" ]; then
    out "| $kind | n/a (not linked from the page) | | |"
    continue
  fi
  out "| $path | $(fetch "$SERVER_URL$path" identity) | $(fetch "$SERVER_URL$path" br) | $(fetch "$SERVER_URL$path" gzip) |"
done

# ---- 4. Lighthouse --------------------------------------------------------

# lighthouse_run LABEL [OPTION...]: one Lighthouse run of the default page,
# tried again once when Lighthouse fails (it sometimes loses the trace:
# NO_NAVSTART).
lighthouse_run() {
  local label=$1 json=$WORK_DIR/lighthouse-$1.json log=$WORK_DIR/lighthouse-$1.log try
  shift
  for try in 1 2; do
    if [ "$try" = 1 ]; then step "Lighthouse, $label"; else step "Lighthouse, $label, again"; fi
    rm -f "$json"
    if CHROME_PATH=/usr/bin/chromium timeout 300 "$LIGHTHOUSE" "$SERVER_URL/" "$@" \
      --output=json --output-path="$json" --quiet \
      --chrome-flags="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run" \
      >"$log" 2>&1 && [ -s "$json" ] && [ -z "$(jq -r '.runtimeError.message // empty' "$json")" ]; then
      out "$(jq -r --arg name "$label" '
        def score(c): (.categories[c].score // null) | if . == null then "n/a" else (. * 100 | round | tostring) end;
        def num(a; f): (.audits[a].numericValue // null) | if . == null then "n/a" else f end;
        "| \($name) | \(score("performance")) | \(score("accessibility")) | \(score("best-practices")) | \(score("seo")) | \(num("first-contentful-paint"; round)) | \(num("largest-contentful-paint"; round)) | \(num("cumulative-layout-shift"; . * 1000 | round / 1000)) | \(num("total-blocking-time"; round)) |"' "$json")"
      return
    fi
    warn "Lighthouse ($label) failed: $(tail -3 "$log")"
  done
  out "| $label | n/a | n/a | n/a | n/a | n/a | n/a | n/a | n/a |"
}

if [ "${BENCH_LIGHTHOUSE:-1}" = 1 ]; then
  out ""
  out "Lighthouse $("$LIGHTHOUSE" --version) on / (Chromium $(chromium --version 2>/dev/null | awk '{ print $2 }'))"
  out ""
  out "| preset | performance | accessibility | best-practices | seo | FCP ms | LCP ms | CLS | TBT ms |"
  out "|---|---|---|---|---|---|---|---|---|"
  for run in $(seq 1 "${BENCH_LIGHTHOUSE_RUNS:-3}"); do
    lighthouse_run "mobile-$run"
  done
  lighthouse_run desktop --preset=desktop
fi

if [ "${BENCH_LIGHTHOUSE:-1}" = 1 ]; then
  step "the period switch's first answer, CPU slowed 4x (scripts/first-switch.mjs)"
  [ -d end2end/node_modules/playwright ] || (cd end2end && npm ci --no-audit --no-fund --loglevel=error)
  out ""
  out "First switch to yearly after the islands loaded on their own, Chromium, CPU slowed 4x"
  out ""
  out "| runs | median ms | worst ms |"
  out "|---|---|---|"
  out "$(node "$LIB_ROOT/scripts/first-switch.mjs" "$SERVER_URL/?country=DE" 7)"
fi
server_stop

# ---- 5. cold cache --------------------------------------------------------

step "cold cache: a fresh server, List App Plans answering in $cold_latency ms"
start "$WORK_DIR/server-cold.log"
fault_set list-app-plans "{\"latency_ms\":$cold_latency}"
out ""
out "Cold cache: fresh server, sandbox List App Plans latency $cold_latency ms"
out ""
out "| run | requests | req/s | p50 ms | p99 ms | statuses | distinct countries | upstream calls |"
out "|---|---|---|---|---|---|---|---|"

# cold_run NAME LABEL THREADS CONNECTIONS DURATION PATHS [NAME=VALUE...]
cold_run() {
  local w=$WORK_DIR/cold-$1 label=$2 threads=$3 connections=$4 run_for=$5 paths=$6 before rps
  shift 6
  before=$(sandbox_calls list-app-plans)
  wrk_run "$w" "$threads" "$connections" "$run_for" "$SERVER_URL/" \
    WRK_PATHS_FILE="$paths" WRK_TALLY=1 "$@"
  rps=$(wrk_field "$w" rps)
  case " $* " in *" WRK_MAX_PER_THREAD="*) rps=- ;; esac # a burst: no rate
  out "| $label | $(wrk_field "$w" requests) | $rps | $(ms "$(wrk_field "$w" p50_us)") |" \
    "$(ms "$(wrk_field "$w" p99_us)") | $(wrk_field "$w" statuses) | $(wrk_field "$w" distinct_paths) |" \
    "$(($(sandbox_calls list-app-plans) - before)) |"
}

step "burst: $burst concurrent requests for country=$burst_country (expect 1 upstream call)"
echo "/?country=$burst_country" >"$WORK_DIR/burst.paths"
cold_run burst "burst of $burst, one cold country" 2 "$burst" "${BENCH_BURST_DURATION:-5s}" \
  "$WORK_DIR/burst.paths" WRK_MAX_PER_THREAD=$((burst / 2))
[ "$(wrk_field "$WORK_DIR/cold-burst" requests)" = "$burst" ] ||
  warn "only $(wrk_field "$WORK_DIR/cold-burst" requests) of the $burst burst requests finished in time (BENCH_BURST_DURATION)"

step "64 connections rotating through every ISO country but $burst_country, $cold_duration (expect 1 upstream call per country)"
cold_run rotation "64 connections, $(wc -l <"$WORK_DIR/countries.paths") countries" 2 64 "$cold_duration" "$WORK_DIR/countries.paths"
fault_clear
out ""
out "Server memory after the cold-cache runs: VmRSS / VmHWM $(memory_mib "$SERVER_PID" | awk '{ print $1 " / " $2 }') MiB"
server_stop
panics=$(count_panics "$WORK_DIR"/server*.log)
step "the server's log (RUST_LOG=${RUST_LOG:-warn}), most frequent lines:"
log_digest "$WORK_DIR"/server*.log

# ---- 6. summary -----------------------------------------------------------

printf '\n==> summary (for BENCHMARKS.md)\n\n'
cat <<EOF
## $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo n/a)$(git diff --quiet HEAD -- src Cargo.toml 2>/dev/null || echo ' (+ uncommitted changes)')

Machine: $(nproc) cores, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1),
$(awk '/^MemTotal:/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo) memory; wrk $(wrk -v 2>&1 | awk 'NR == 1 { print $2 }'), nginx $(nginx -v 2>&1 | sed 's|.*/||'); load generator, server and nginx share the cores.
Server panics logged: $panics
EOF
cat "$summary"
