#!/usr/bin/env bash
# Rolling restart under load (`make scale-test`; not part of `make test`):
# three replicas of the release binary behind nginx as the load balancer
# (passive health checks, the next replica for a request whose connection
# failed), wrk on the page for SCALE_DURATION seconds in 5-second slices,
# checkout POSTs alongside, while each replica in turn gets SIGTERM and is
# started again, as a rolling update does. Prints, per slice, requests,
# non-2xx/3xx answers, connection errors and p99, marking the slices with
# a restart in them; then the checkout POSTs that failed. Loopback only,
# bounded by a watchdog. The goal is zero failed requests.
#
# Settings: SCALE_DURATION=60, SCALE_PORT=3600 (nginx; replicas on the
# next three ports, their sandboxes ten above), SCALE_CONNECTIONS=32;
# BIN, SITE_ROOT (lib.sh).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

duration=${SCALE_DURATION:-60}
port=${SCALE_PORT:-3600}
connections=${SCALE_CONNECTIONS:-32}
slice=5

build_release
ensure_apt wrk
ensure_apt nginx
watchdog $((duration + 300))

lb="http://127.0.0.1:$port"
replica_port() { echo $((port + $1)); }
sandbox_port() { echo $((port + 10 + $1)); }
declare -A pids

# start_replica N: the release binary on its own port and sandbox, its
# public address the load balancer's, checkout not rate-limited (every
# POST here comes from one address).
start_replica() {
  local n=$1 p s
  p=$(replica_port "$n")
  s=$(sandbox_port "$n")
  require_free_port "$p"
  env -u WIX_APP_IDS PRICING_SANDBOX=1 PRICING_BIND_ADDR="127.0.0.1:$p" \
    PRICING_SANDBOX_ADDR="127.0.0.1:$s" PRICING_PUBLIC_URL="$lb" \
    PRICING_CHECKOUT_RATE_PER_MIN=100000 LEPTOS_SITE_ROOT="$SITE_ROOT" \
    LEPTOS_HASH_FILES="$([ -f "$(dirname "$BIN")/hash.txt" ] && echo true || echo false)" \
    RUST_LOG=warn "$BIN" >>"$WORK_DIR/replica-$n.log" 2>&1 &
  pids[$n]=$!
  at_exit "stop_pid ${pids[$n]}"
  wait_http "http://127.0.0.1:$p/readyz" 60 || die "replica $n did not become ready"
}

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
curl -sf -o /dev/null "$lb/" # the page, rendered and kept by one replica

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
      -d 'app=5b1c3e7a-2f4d-4c8e-9a61-0d2f7b9e4a10&plan=pro&cycle=YEARLY&country=DE' \
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

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
printf '\nMachine: %s cores, %s; wrk, nginx and three replicas share them.\n\n' "$(nproc)" "$cpu"
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
echo "Server panics logged: $(count_panics "$WORK_DIR"/replica-*.log)"
