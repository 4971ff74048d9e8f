#!/usr/bin/env bash
# Three replicas sharing one price cache and one Wix (`make scale-test`; not
# part of `make test`). Wix is a fourth server's sandbox; the replicas run
# in production mode against it, with a redis-server (Debian's) as the
# cache they share, behind nginx as the load balancer. Loopback only,
# bounded by a watchdog. Three phases:
#
# 1. Calls to Wix per country: SCALE_COUNTRIES countries, each asked of
#    replica 1, 2 and 3 in turn; the sandbox's List App Plans calls per
#    country are printed. Goal: at most 1.25 per country (3 without the
#    shared cache).
# 2. Rolling restart under load: wrk on the page for SCALE_DURATION seconds
#    in 5-second slices, checkout POSTs alongside, while each replica in
#    turn gets SIGTERM and is started again, as a rolling update does.
#    Prints, per slice, requests, failed answers, connection errors, p99.
# 3. The cache killed under load: wrk over every country for
#    SCALE_KILL_DURATION seconds (prices fresh for 10 s, so replicas keep
#    asking the cache); the redis-server is killed (SIGKILL) at a quarter
#    of it and started again, empty, at half. Prints the failed requests,
#    /readyz answers other than 200, the calls to the cache that failed or
#    were skipped, and the calls to Wix before, during and after.
#
# Goals: zero failed requests and zero panics throughout.
#
# Settings: SCALE_COUNTRIES=20, SCALE_DURATION=60, SCALE_KILL_DURATION=60,
# SCALE_CATALOGUE (Wix's catalogue; default the demo, e.g. the output of
# scripts/catalogue.py 150 for Wix's largest: phase 1 then says how much
# the shared cache holds at that size),
# SCALE_PORT=3600 (nginx; replicas on the next three ports, Wix's server
# on +9 and its sandbox on +19, the cache on +20), SCALE_CONNECTIONS=32;
# BIN, SITE_ROOT (lib.sh).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

count=${SCALE_COUNTRIES:-20}
duration=${SCALE_DURATION:-60}
kill_duration=${SCALE_KILL_DURATION:-60}
port=${SCALE_PORT:-3600}
connections=${SCALE_CONNECTIONS:-32}
slice=5
# Countries Wix prices, in the order phase 1 asks for them.
countries=(US DE JP BR IN KW GB FR IT ES MX CA AU NL SE CH PL TR KR ID
  AR CL CO ZA NG EG SA AE IL TH VN PH MY SG NZ IE PT BE AT DK NO FI CZ RO
  HU GR UA KE MA PK BD)
[ "$count" -le "${#countries[@]}" ] || die "SCALE_COUNTRIES is at most ${#countries[@]}"

build_release
ensure_apt wrk
ensure_apt nginx
ensure_apt jq
ensure_apt redis-server
watchdog $((duration + kill_duration + 400))

lb="http://127.0.0.1:$port"
replica_port() { echo $((port + $1)); }
cache_port=$((port + 20))
declare -A pids

step "Wix: a sandbox on 127.0.0.1:$((port + 19)); the shared cache: redis-server on 127.0.0.1:$cache_port"
catalogue=${SCALE_CATALOGUE:-src/sandbox/catalogue.toml}
server_start $((port + 9)) $((port + 19)) "$WORK_DIR/wix.log" PRICING_SANDBOX_CATALOGUE="$catalogue"
cache_start "$cache_port" "$WORK_DIR/cache.log"
# The sandbox's apps, as production settings name them, and the first
# app's first plan sold yearly, which the checkout POSTs choose.
read -r app_ids app_secrets first_app yearly_plan < <(python3 -c '
import sys, tomllib
apps = tomllib.load(open(sys.argv[1], "rb"))["apps"]
yearly = next(p["vendor_id"] for p in apps[0]["plans"] if any(x["cycle"] == "yearly" for x in p.get("prices", [])))
print(",".join(a["id"] for a in apps), ",".join(a["id"] + "=" + a["secret"] for a in apps), apps[0]["id"], yearly)
' "$catalogue")

# start_replica N: the release binary on its own port, in production mode
# against the sandbox, sharing the cache; its public address the load
# balancer's, checkout not rate-limited (every POST here comes from one
# address); prices fresh for 10 s, so that the phases see refreshes.
start_replica() {
  local n=$1 p
  p=$(replica_port "$n")
  require_free_port "$p"
  env WIX_APP_IDS="$app_ids" WIX_APP_SECRET="$app_secrets" \
    WIX_API_BASE_URL="$SANDBOX_URL" WIX_WEB_BASE_URL="$SANDBOX_URL" \
    PRICING_SHARED_CACHE_URL="redis://127.0.0.1:$cache_port" \
    PRICING_CACHE_FRESH_SECS=10 PRICING_BIND_ADDR="127.0.0.1:$p" PRICING_PUBLIC_URL="$lb" \
    PRICING_CHECKOUT_RATE_PER_MIN=100000 LEPTOS_SITE_ROOT="$SITE_ROOT" \
    LEPTOS_HASH_FILES="$([ -f "$(dirname "$BIN")/hash.txt" ] && echo true || echo false)" \
    RUST_LOG=warn "$BIN" >>"$WORK_DIR/replica-$n.log" 2>&1 &
  pids[$n]=$!
  # A file, not at_exit: the roll restarts replicas in a subshell.
  echo "${pids[$n]}" >>"$WORK_DIR/replica-pids"
  wait_http "http://127.0.0.1:$p/readyz" 60 || die "replica $n did not become ready"
}

# Wix's List App Plans calls for one country, or for all (no argument).
wix_calls() {
  curl -sf --max-time 5 "$SANDBOX_URL/_sandbox/faults" |
    jq -r --arg c "${1:-}" '.listAppPlansByCountry | if $c == "" then (add // 0) else (.[$c] // 0) end'
}

# The calls to the shared cache, summed over the replicas, whose outcome
# matches the regular expression.
shared_calls() {
  local n total=0 each
  for n in 1 2 3; do
    each=$(curl -sf --max-time 5 "http://127.0.0.1:$(replica_port "$n")/metrics" |
      awk -v re="$1" '/^pricing_shared_cache_calls_total/ && $1 ~ "outcome=\"(" re ")\"" { n += $2 } END { print n + 0 }')
    total=$((total + each))
  done
  echo "$total"
}

at_exit 'while read -r pid; do stop_pid "$pid"; done <"$WORK_DIR/replica-pids"'
step "three replicas behind nginx on $lb"
for n in 1 2 3; do start_replica "$n"; done
cat >"$WORK_DIR/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK_DIR/nginx.pid;
error_log $WORK_DIR/nginx-error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  upstream replicas {
    # Passive health checks: a replica that refuses a connection is left
    # out for two seconds.
    server 127.0.0.1:$(replica_port 1) max_fails=1 fail_timeout=2s;
    server 127.0.0.1:$(replica_port 2) max_fails=1 fail_timeout=2s;
    server 127.0.0.1:$(replica_port 3) max_fails=1 fail_timeout=2s;
  }
  server {
    listen 127.0.0.1:$port;
    location / {
      proxy_pass http://replicas;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      # A request whose connection failed goes to the next replica; nginx
      # resends a POST only when it never reached a replica.
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 1s;
    }
  }
}
NGINX
nginx -c "$WORK_DIR/nginx.conf"
at_exit "nginx -c $WORK_DIR/nginx.conf -s stop"
wait_http "$lb/healthz" 10 || die "nginx does not answer on $lb"
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
printf '\nMachine: %s cores, %s; wrk, nginx, redis-server, Wix'"'"'s sandbox and three replicas share them.\n' "$(nproc)" "$cpu"

step "phase 1: $count countries, each asked of replica 1, 2 and 3 in turn"
echo
echo "| country | calls to List App Plans |"
echo "|---|---|"
phase1_failed=0
for c in "${countries[@]:0:count}"; do
  for n in 1 2 3; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$(replica_port "$n")/?country=$c")
    [ "$code" = 200 ] || phase1_failed=$((phase1_failed + 1))
  done
  echo "| $c | $(wix_calls "$c") |"
done
phase1_calls=$(wix_calls)
echo
echo "Phase 1: $count countries x 3 replicas = $((count * 3)) pages ($phase1_failed not 200) made $phase1_calls calls to List App Plans (goal: at most $((count * 125 / 100)))"
info() { redis-cli -p "$cache_port" info memory | tr -d '\r' | awk -F: -v k="$1" '$1 == k { print $2 }'; }
echo "The shared cache then held $(redis-cli -p "$cache_port" dbsize) keys in $((($(info used_memory) - $(info used_memory_startup)) / 1024)) KiB (above an empty server's)"

step "phase 2: rolling restart under load"
curl -sf -o /dev/null "$lb/" # the page, rendered and kept by one replica
before_roll=$(wix_calls)

start=$(date +%s.%N)
since() { awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

# The roll: from 10 s on, each replica in turn stopped (SIGTERM, drained)
# and started again, then 8 s before the next.
(
  sleep 10
  for n in 1 2 3; do
    from=$(since)
    kill -TERM "${pids[$n]}"
    while kill -0 "${pids[$n]}" 2>/dev/null; do sleep 0.05; done
    start_replica "$n"
    echo "$n $from $(since)" >>"$WORK_DIR/restarts"
    sleep 8
  done
) 2>>"$WORK_DIR/roll.log" &
roller=$!
at_exit "kill $roller 2>/dev/null"

# Checkout POSTs alongside: an App Market visitor's choice, 303 to the
# installer when it works.
(
  end=$(($(date +%s) + duration))
  while [ "$(date +%s)" -lt "$end" ]; do
    curl -s -o /dev/null -w '%{http_code}\n' --max-time 10 -X POST \
      -d "app=$first_app&plan=$yearly_plan&cycle=YEARLY&country=DE" \
      "$lb/checkout" >>"$WORK_DIR/posts" || echo 000 >>"$WORK_DIR/posts"
    sleep 0.05
  done
) &
poster=$!
at_exit "kill $poster 2>/dev/null"

step "load for ${duration}s in ${slice}s slices, $connections connections"
slices=()
for ((t = 0; t < duration; t += slice)); do
  from=$(since)
  wrk_run "$WORK_DIR/wrk-$t" 2 "$connections" "${slice}s" "$lb/" WRK_TALLY=1
  slices+=("$from $(since) $WORK_DIR/wrk-$t")
done
wait "$poster" || true
wait "$roller" || true

echo
echo "Restarts (seconds from the start: SIGTERM sent, ready again)"
echo
echo "| replica | stopped at | ready at |"
echo "|---|---|---|"
while read -r n from to; do echo "| $n | $from | $to |"; done <"$WORK_DIR/restarts"
echo
echo "| slice s | restart in it | requests | non-2xx/3xx | connection errors | p99 ms |"
echo "|---|---|---|---|---|---|"
total=0 failed=0
for entry in "${slices[@]}"; do
  read -r from to out <<<"$entry"
  during=no
  while read -r _ stopped ready; do
    awk -v a="$from" -v b="$to" -v s="$stopped" -v r="$ready" 'BEGIN { exit !(s < b && r > a) }' && during=yes
  done <"$WORK_DIR/restarts"
  requests=$(wrk_field "$out" requests)
  bad=$(status_count "$(wrk_field "$out" statuses)" 'code < 200 || code >= 400')
  errors=$(($(wrk_field "$out" connect_errors) + $(wrk_field "$out" read_errors) + $(wrk_field "$out" write_errors) + $(wrk_field "$out" timeouts)))
  total=$((total + requests))
  failed=$((failed + bad + errors))
  echo "| $from-$to | $during | $requests | $bad | $errors | $(ms "$(wrk_field "$out" p99_us)") |"
done
posts=$(wc -l <"$WORK_DIR/posts")
posts_failed=$(grep -cv '^303$' "$WORK_DIR/posts" || true)
echo
echo "Page requests: $total, failed (non-2xx/3xx or connection errors): $failed"
echo "Checkout POSTs: $posts, failed (anything but 303): $posts_failed"
echo "Calls to List App Plans during the roll (three cold starts): $(($(wix_calls) - before_roll))"

step "phase 3: the shared cache killed and restarted under load (${kill_duration}s)"
for c in "${countries[@]}"; do echo "/?country=$c"; done >"$WORK_DIR/paths"
before_kill=$(wix_calls)
failed_before=$(shared_calls 'refused|error|timeout')
skipped_before=$(shared_calls circuit_open)
kill_at=$((kill_duration / 4)) restart_at=$((kill_duration / 2))
(
  sleep "$kill_at"
  kill -KILL "$CACHE_PID"
  echo "$(wix_calls)" >"$WORK_DIR/calls-at-kill"
  sleep $((restart_at - kill_at))
  cache_start "$cache_port" "$WORK_DIR/cache.log"
  echo "$(wix_calls)" >"$WORK_DIR/calls-at-restart"
  sleep $((kill_duration - restart_at - 10))
  echo "$(wix_calls)" >"$WORK_DIR/calls-last-window"
  # The restarted cache lives as long as the script.
  while kill -0 "$CACHE_PID" 2>/dev/null; do sleep 1; done
) 2>>"$WORK_DIR/cache-restart.log" &
killer=$!
at_exit "kill $killer 2>/dev/null; redis-cli -p $cache_port shutdown nosave >/dev/null 2>&1"
(
  end=$(($(date +%s) + kill_duration))
  while [ "$(date +%s)" -lt "$end" ]; do
    for n in 1 2 3; do
      curl -s -o /dev/null -w '%{http_code}\n' --max-time 2 "http://127.0.0.1:$(replica_port "$n")/readyz" >>"$WORK_DIR/ready" || echo 000 >>"$WORK_DIR/ready"
    done
    sleep 0.5
  done
) &
prober=$!
at_exit "kill $prober 2>/dev/null"
wrk_run "$WORK_DIR/wrk-kill" 2 "$connections" "${kill_duration}s" "$lb/" WRK_TALLY=1 WRK_PATHS_FILE="$WORK_DIR/paths"
wait "$prober" || true
out=$WORK_DIR/wrk-kill
requests=$(wrk_field "$out" requests)
bad=$(status_count "$(wrk_field "$out" statuses)" 'code < 200 || code >= 400')
errors=$(($(wrk_field "$out" connect_errors) + $(wrk_field "$out" read_errors) + $(wrk_field "$out" write_errors) + $(wrk_field "$out" timeouts)))
probes=$(wc -l <"$WORK_DIR/ready")
unready=$(grep -cv '^200$' "$WORK_DIR/ready" || true)
echo
at_kill=$(cat "$WORK_DIR/calls-at-kill") at_restart=$(cat "$WORK_DIR/calls-at-restart")
last_window=$(cat "$WORK_DIR/calls-last-window")
echo "| requests | non-2xx/3xx | connection errors | p99 ms | /readyz probes | not 200 | calls to the cache that failed | skipped, its circuit open |"
echo "|---|---|---|---|---|---|---|---|"
echo "| $requests | $bad | $errors | $(ms "$(wrk_field "$out" p99_us)") | $probes | $unready | $(($(shared_calls 'refused|error|timeout') - failed_before)) | $(($(shared_calls circuit_open) - skipped_before)) |"
echo
echo "Calls to List App Plans (${#countries[@]} countries, prices fresh for 10 s): $((at_kill - before_kill)) in the ${kill_at} s before the kill," \
  "$((at_restart - at_kill)) in the $((restart_at - kill_at)) s the cache was down, $((last_window - at_restart)) in the" \
  "$((kill_duration - restart_at - 10)) s after its restart, $(($(wix_calls) - last_window)) in the last 10 s"
echo "Server panics logged: $(count_panics "$WORK_DIR"/replica-*.log "$WORK_DIR"/wix.log)"
