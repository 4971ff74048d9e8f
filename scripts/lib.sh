# shellcheck shell=bash
# Shared by scripts/bench.sh and scripts/fault-load.sh; source it, don't run
# it. Loopback only: every server here listens on 127.0.0.1 and every load
# generator targets it. Sourcing it cds to the repository root, makes a
# private temporary directory ($WORK_DIR) and installs an exit trap that
# stops whatever was started (servers, nginx, watchdog), also on Ctrl-C.
#
# Settings common to both scripts:
#   BIN        server binary; when set, nothing is built
#              (default: target/release/wix-pricing, built first)
#   SITE_ROOT  the site the binary serves (default target/site; with
#              CARGO_TARGET_DIR set, $CARGO_TARGET_DIR/site)
#   KEEP_TMP=1 keep $WORK_DIR (logs, wrk output) after the run

LIB_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$LIB_ROOT" || exit 1
export PATH="$HOME/.cargo/bin:$PATH"
WRK_LUA="$LIB_ROOT/scripts/wrk/report.lua"

step() { printf '==> %s\n' "$*"; }
warn() { printf 'warning: %s\n' "$*" >&2; }
die() {
  printf 'error: %s\n' "$*" >&2
  exit 1
}

# ---- clean-up -------------------------------------------------------------

WORK_DIR=$(mktemp -d "${TMPDIR:-/tmp}/wix-pricing-XXXXXX")
_cleanups=()

# Runs CMD... at exit (last registered first).
at_exit() { _cleanups+=("$*"); }

_on_exit() {
  local status=$? i
  trap - EXIT INT TERM
  stop_pid "${_wrk_pid:-}"
  for ((i = ${#_cleanups[@]} - 1; i >= 0; i--)); do
    eval "${_cleanups[i]}" || true
  done
  if [ "${KEEP_TMP:-0}" = 1 ]; then
    printf 'kept %s\n' "$WORK_DIR" >&2
  else
    rm -rf "$WORK_DIR"
  fi
  exit "$status"
}
trap _on_exit EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Stops process PID (TERM, then KILL after 5 s) and reaps it.
stop_pid() {
  local pid=$1 _
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# Ends the whole script (TERM to this shell, so the exit trap still runs)
# when it has not finished within SECONDS.
watchdog() {
  local seconds=$1 main=$$
  (
    trap 'kill "$sleeper" 2>/dev/null; exit 0' TERM
    sleep "$seconds" &
    sleeper=$!
    wait "$sleeper"
    printf 'error: time limit of %s s reached, stopping\n' "$seconds" >&2
    kill -TERM "$main"
  ) &
  local pid=$!
  at_exit "kill $pid 2>/dev/null"
}

# ---- tools ----------------------------------------------------------------

# Installs Debian package PKG (default: CMD) when command CMD is missing.
# RUNLEVEL=1 keeps a package's service (nginx's) from being started.
ensure_apt() {
  local cmd=$1 pkg=${2:-$1}
  command -v "$cmd" >/dev/null 2>&1 && return 0
  step "installing $pkg (Debian)"
  export DEBIAN_FRONTEND=noninteractive
  RUNLEVEL=1 apt-get install -y -qq "$pkg" >/dev/null 2>&1 || {
    apt-get update -qq
    RUNLEVEL=1 apt-get install -y -qq "$pkg" >/dev/null
  }
}

# ensure_venv DIR MODULE SPEC: a virtualenv at DIR holding the pip package
# SPEC, whose Python module MODULE imports; made once, kept between runs.
ensure_venv() {
  local dir=$1 module=$2 spec=$3
  "$dir/bin/python" -c "import $module" 2>/dev/null && return 0
  step "installing $spec (pip, into $dir)"
  python3 -m venv "$dir"
  "$dir/bin/pip" install --quiet "$spec"
}

# Installs npm lighthouse into target/tools/lighthouse when missing; sets
# LIGHTHOUSE to its command. Lighthouse 12 is the last line that runs on
# Node 20 (13 needs Node 22.19).
ensure_lighthouse() {
  local version=${LIGHTHOUSE_VERSION:-12.8.2} prefix="$LIB_ROOT/target/tools/lighthouse"
  LIGHTHOUSE="$prefix/node_modules/.bin/lighthouse"
  if [ "$("$LIGHTHOUSE" --version 2>/dev/null)" != "$version" ]; then
    step "installing lighthouse $version (npm, into ${prefix#"$LIB_ROOT"/})"
    mkdir -p "$prefix"
    npm install --prefix "$prefix" --no-audit --no-fund --loglevel=error "lighthouse@$version" >/dev/null
  fi
}

# ---- the product ----------------------------------------------------------

# Builds the release site and server unless BIN was given; sets BIN and
# SITE_ROOT.
build_release() {
  local target=${CARGO_TARGET_DIR:-target}
  SITE_ROOT=${SITE_ROOT:-${CARGO_TARGET_DIR:+$CARGO_TARGET_DIR/site}}
  SITE_ROOT=${SITE_ROOT:-target/site}
  if [ -n "${BIN:-}" ]; then
    step "using $BIN (no build)"
  else
    SETUP_SKIP_BROWSER=1 SETUP_WITH_WASM_OPT=1 scripts/setup.sh
    step "building the release site (cargo leptos build --release --precompress; about 10 minutes on 2 cores)"
    LEPTOS_SITE_ROOT=$SITE_ROOT CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-2} \
      cargo leptos build --release --precompress
    BIN=$target/release/wix-pricing
  fi
  [ -x "$BIN" ] || die "no server binary at $BIN"
  [ -d "$SITE_ROOT/pkg" ] || die "no site at $SITE_ROOT (set SITE_ROOT)"
}

# Fails when something already listens on 127.0.0.1:PORT.
require_free_port() {
  if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
    die "127.0.0.1:$1 is taken; choose other ports (see the script's header)"
  fi
}

# Waits until URL answers 2xx, for at most SECONDS (default 30).
wait_http() {
  local url=$1 seconds=${2:-30} _
  for _ in $(seq 1 $((seconds * 5))); do
    curl -sf -o /dev/null --max-time 2 "$url" && return 0
    sleep 0.2
  done
  return 1
}

# server_start PORT SANDBOX_PORT LOG [NAME=VALUE...]: starts $BIN in sandbox
# mode on loopback with the settings given, output appended to LOG; sets
# SERVER_PID, SERVER_URL, SANDBOX_URL and waits for /healthz.
server_start() {
  local port=$1 sandbox_port=$2 log=$3
  shift 3
  require_free_port "$port"
  require_free_port "$sandbox_port"
  # cargo-leptos fingerprints /pkg (hash-files) and writes the hashes next
  # to the binary; the server reads them only when told to at run time.
  local hashed=false
  [ -f "$(dirname "$BIN")/hash.txt" ] && hashed=true
  env -u WIX_APP_IDS \
    PRICING_SANDBOX=1 \
    PRICING_BIND_ADDR="127.0.0.1:$port" \
    PRICING_SANDBOX_ADDR="127.0.0.1:$sandbox_port" \
    LEPTOS_SITE_ROOT="$SITE_ROOT" \
    LEPTOS_HASH_FILES="${LEPTOS_HASH_FILES:-$hashed}" \
    RUST_LOG="${RUST_LOG:-warn}" \
    "$@" "$BIN" >>"$log" 2>&1 &
  SERVER_PID=$!
  SERVER_URL="http://127.0.0.1:$port"
  SANDBOX_URL="http://127.0.0.1:$sandbox_port"
  at_exit "stop_pid $SERVER_PID"
  if ! wait_http "$SERVER_URL/healthz" 60; then
    tail -20 "$log" >&2
    die "the server did not answer $SERVER_URL/healthz"
  fi
}

server_stop() {
  stop_pid "${SERVER_PID:-}"
  SERVER_PID=
}

# Prints how many panics the server LOG... files record.
# cache_start PORT LOG: a redis-server on 127.0.0.1:PORT, empty and
# without persistence (the shared price cache); sets CACHE_PID.
cache_start() {
  local port=$1 log=$2 _
  require_free_port "$port"
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no >>"$log" 2>&1 &
  CACHE_PID=$!
  at_exit "stop_pid $CACHE_PID"
  for _ in $(seq 1 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    sleep 0.1
  done
  die "redis-server did not start on 127.0.0.1:$port"
}

count_panics() {
  cat "$@" | grep -c 'panicked at' || true
}

# Prints the LOG... files' most frequent lines (digits folded), with counts.
log_digest() {
  local digest
  digest=$(cat "$@" | sed -E 's/\x1b\[[0-9;]*m//g; s/^[0-9TZ:.-]+ +//; s/[0-9]+/N/g' |
    sort | uniq -c | sort -rn | head -"${LOG_DIGEST_LINES:-8}")
  printf '%s\n' "${digest:-      (empty)}"
}

# Prints "VmRSS VmHWM" of PID in MiB (one decimal).
memory_mib() {
  awk '/^VmRSS:/ { rss = $2 } /^VmHWM:/ { hwm = $2 }
       END { printf "%.1f %.1f\n", rss / 1024, hwm / 1024 }' "/proc/$1/status"
}

# ---- the sandbox's fault API ----------------------------------------------

# fault_set ENDPOINT JSON, e.g. fault_set list-app-plans '{"latency_ms":100}'.
fault_set() {
  curl -sf --max-time 5 -X PUT -H 'Content-Type: application/json' \
    --data "$2" "$SANDBOX_URL/_sandbox/faults/$1" >/dev/null ||
    die "the sandbox refused fault $1 $2"
}

fault_clear() {
  curl -sf --max-time 5 -X DELETE "$SANDBOX_URL/_sandbox/faults" >/dev/null ||
    die "the sandbox did not clear its faults"
}

# Prints how many calls ENDPOINT has received so far (only grows).
sandbox_calls() {
  curl -sf --max-time 5 "$SANDBOX_URL/_sandbox/faults" |
    jq -r --arg e "$1" '.calls[$e] // 0'
}

# sandbox_event EVENT_TYPE INSTANCE_ID DATA_JSON: a webhook as Wix sends one
# (a JWT whose `data` holds the event), signed now with the sandbox's key.
sandbox_event() {
  local now event header claims
  now=$(date +%s)
  event=$(jq -cn --arg t "$1" --arg i "$2" --arg d "$3" '{eventType: $t, instanceId: $i, data: $d}')
  header=$(printf '%s' '{"alg":"RS256","kid":"sandbox"}' | _base64url)
  claims=$(jq -cjn --arg d "$event" --argjson now "$now" '{data: $d, iat: $now, exp: ($now + 3600000)}' | _base64url)
  printf '%s.%s.%s' "$header" "$claims" "$(printf '%s.%s' "$header" "$claims" |
    openssl dgst -sha256 -binary -sign "$LIB_ROOT/src/sandbox/webhook-key.pem" | _base64url)"
}

_base64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# ---- wrk ------------------------------------------------------------------

# wrk_run OUT THREADS CONNECTIONS DURATION URL [NAME=VALUE...]: one wrk run
# with scripts/wrk/report.lua (the NAME=VALUE pairs are its WRK_* switches);
# wrk's own output goes to OUT, read the figures with wrk_field OUT NAME.
wrk_run() {
  local out=$1 threads=$2 connections=$3 duration=$4 url=$5
  shift 5
  # In the background and waited for: wrk ends quietly on Ctrl-C, which
  # would keep a foreground wrk's caller from noticing the interrupt.
  env WRK_THREADS="$threads" "$@" \
    wrk -t"$threads" -c"$connections" -d"$duration" --timeout "${WRK_TIMEOUT:-10s}" \
    --latency -s "$WRK_LUA" "$url" >"$out" 2>&1 &
  _wrk_pid=$!
  wait "$_wrk_pid" || {
    cat "$out" >&2
    die "wrk failed against $url"
  }
  _wrk_pid=
  grep -q '^wrk-report ' "$out" || {
    cat "$out" >&2
    die "wrk printed no report"
  }
}

# wrk_field OUT NAME: one figure of a wrk_run, e.g. rps, p99_us, statuses.
wrk_field() {
  grep '^wrk-report ' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"
}

# Microseconds as milliseconds with two decimals ("n/a" passes through).
ms() {
  case $1 in
    '' | n/a) echo n/a ;;
    *) awk -v us="$1" 'BEGIN { printf "%.2f", us / 1000 }' ;;
  esac
}

# The sum of the counts in a status mix ("200:5,503:2") whose code matches
# the awk condition COND on `code`, e.g. status_count "$mix" 'code >= 500'.
status_count() {
  printf '%s\n' "$1" | tr ',' '\n' |
    awk -F: "\$1 ~ /^[0-9]+\$/ { code = \$1 + 0; if ($2) n += \$2 } END { print n + 0 }"
}
