#!/usr/bin/env bash
# Fault and load check (loopback only, bounded in time and count): starts
# the server with its sandbox and short cache lifetimes, warms the cache for
# a few countries, then for each fault of List App Plans in turn (none,
# latency, 500, 429, malformed JSON, dropped connections) lets the cached
# prices go stale, injects the fault and runs wrk over those countries.
# Every country asked for was priced before the fault, so the page should
# keep answering 200 (with stale prices and the staleness notice): any 5xx
# counts as a failure, and so does a panic in the server's log. Exits
# non-zero on either.
#
# Settings (environment):
#   FAULT_PORT=3310 FAULT_SANDBOX_PORT=3311
#   FAULT_DURATION=8s FAULT_CONNECTIONS=16 FAULT_THREADS=2  each wrk run
#   FAULT_COUNTRIES="US DE FR GB JP BR"     warmed, then requested
#   FAULT_MODES="none latency status-500 status-429 malformed drop"
#   FAULT_LATENCY_MS=2000                   the latency mode's delay
#   FAULT_TIME_LIMIT=600                    seconds, after the build
#   PRICING_CACHE_FRESH_SECS=1 PRICING_CACHE_REVALIDATE_SECS=0 and
#   WIX_BREAKER_OPEN_SECS=2 (an open circuit tries Wix again every 2 s, so
#   the fault keeps being met) are passed on, as is any other PRICING_* or
#   WIX_* setting in the environment
#   BIN, SITE_ROOT, KEEP_TMP: see scripts/lib.sh; BIN=target/debug/wix-pricing
#   runs the debug build and builds nothing
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

port=${FAULT_PORT:-3310}
sandbox_port=${FAULT_SANDBOX_PORT:-3311}
duration=${FAULT_DURATION:-8s}
connections=${FAULT_CONNECTIONS:-16}
threads=${FAULT_THREADS:-2}
read -ra countries <<<"${FAULT_COUNTRIES:-US DE FR GB JP BR}"
read -ra modes <<<"${FAULT_MODES:-none latency status-500 status-429 malformed drop}"
latency=${FAULT_LATENCY_MS:-2000}
fresh=${PRICING_CACHE_FRESH_SECS:-1}
revalidate=${PRICING_CACHE_REVALIDATE_SECS:-0}
breaker_open=${WIX_BREAKER_OPEN_SECS:-2}
notice="may be a few minutes old"
log=$WORK_DIR/server.log

# The sandbox fault of MODE, as the JSON of PUT /_sandbox/faults/list-app-plans.
fault_of() {
  case $1 in
    none) echo "" ;;
    latency) echo "{\"latency_ms\":$latency}" ;;
    status-*) echo "{\"failure\":{\"status\":${1#status-}}}" ;;
    malformed) echo '{"failure":"malformed"}' ;;
    drop) echo '{"failure":"drop"}' ;;
    *) die "unknown fault mode $1 (FAULT_MODES)" ;;
  esac
}
for mode in "${modes[@]}"; do fault_of "$mode" >/dev/null; done

build_release
ensure_apt wrk
ensure_apt jq
watchdog "${FAULT_TIME_LIMIT:-600}"

paths=$WORK_DIR/countries.paths
printf '/?country=%s\n' "${countries[@]}" >"$paths"

# Prices every country with a healthy sandbox; fails unless each answers 200.
warm() {
  local path status
  while read -r path; do
    status=$(curl -s -o /dev/null --max-time 30 -w '%{http_code}' "$SERVER_URL$path" || true)
    [ "$status" = 200 ] || die "warming $path answered $status with a healthy sandbox"
  done <"$paths"
}

# List App Plans calls by outcome as the product's /metrics counts them
# ("ok:12,error:3,..."), n/a without such a metric.
wix_outcomes() {
  local outcomes
  outcomes=$(curl -sf --max-time 5 "$SERVER_URL/metrics" 2>/dev/null |
    awk '/^[a-z_]*calls_total\{/ && /list-app-plans/ && match($0, /outcome="[^"]*"/) {
           print substr($0, RSTART + 9, RLENGTH - 10) ":" $NF }' | sort | paste -sd, -)
  echo "${outcomes:-n/a}"
}

table=$WORK_DIR/table.md
{
  echo "| mode | requests | statuses | p99 ms | stale notice | 5xx while stale available | socket errors | sandbox calls | product's call outcomes |"
  echo "|---|---|---|---|---|---|---|---|---|"
} >"$table"
failures=0
for mode in "${modes[@]}"; do
  # A fresh server per mode: the circuit an earlier fault opened would
  # otherwise keep the next fault from being called at all.
  step "mode $mode: fresh server, ${countries[*]} warmed, prices stale after ${fresh}s + ${revalidate}s, then $connections connections for $duration"
  server_start "$port" "$sandbox_port" "$log" \
    PRICING_CACHE_FRESH_SECS="$fresh" PRICING_CACHE_REVALIDATE_SECS="$revalidate" \
    WIX_BREAKER_OPEN_SECS="$breaker_open"
  warm
  sleep "$(awk -v f="$fresh" -v r="$revalidate" 'BEGIN { print f + r + 0.5 }')"
  fault=$(fault_of "$mode")
  [ -z "$fault" ] || fault_set list-app-plans "$fault"
  before=$(sandbox_calls list-app-plans)
  w=$WORK_DIR/wrk-$mode
  wrk_run "$w" "$threads" "$connections" "$duration" "$SERVER_URL/" \
    WRK_PATHS_FILE="$paths" WRK_TALLY=1 WRK_MARKER="$notice"
  calls=$(($(sandbox_calls list-app-plans) - before))
  outcomes=$(wix_outcomes)
  server_stop
  mix=$(wrk_field "$w" statuses)
  server_errors=$(status_count "$mix" 'code >= 500')
  socket_errors=$(($(wrk_field "$w" connect_errors) + $(wrk_field "$w" read_errors) + $(wrk_field "$w" write_errors) + $(wrk_field "$w" timeouts)))
  failures=$((failures + server_errors))
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$mode" "$(wrk_field "$w" requests)" "$mix" \
    "$(ms "$(wrk_field "$w" p99_us)")" "$(wrk_field "$w" marked)" "$server_errors" "$socket_errors" "$calls" "$outcomes" |
    tee -a "$table"
  [ "$socket_errors" = 0 ] || warn "mode $mode: $socket_errors requests got no response (connection errors or timeouts)"
done

panics=$(count_panics "$log")
step "the server's log (RUST_LOG=${RUST_LOG:-warn}), most frequent lines:"
log_digest "$log"
step "summary: $connections connections, $duration per mode, countries ${countries[*]}, List App Plans faulted; notice: pages saying \"$notice\""
cat "$table"
printf '\nserver panics: %s\n5xx while stale prices were available: %s\n' "$panics" "$failures"
if [ "$panics" != 0 ] || [ "$failures" != 0 ]; then
  printf 'FAIL\n'
  exit 1
fi
printf 'OK\n'
