#!/usr/bin/env bash
# Soak (`make soak`; not part of `make test`): the release server on the
# sandbox for SOAK_DURATION seconds (default 600), loaded in 10-second
# rounds that alternate a cold mix (a fresh random sample of every
# country x language x cycle page: 249 x 15 x 2, far more than the page
# cache keeps, so pages are rendered and evicted all along) and a warm mix
# (the 24 pages of the demo's countries, monthly, in their own language),
# with a preview of all countries every minute. After each round it
# records the server's RSS; prints the table, and the growth between the
# end of the second minute (caches full) and the end. Loopback only,
# bounded by a watchdog.
#
# Settings: SOAK_DURATION=600, SOAK_PORT=3620, SOAK_SANDBOX_PORT=3621,
# SOAK_CONNECTIONS=16; BIN, SITE_ROOT (lib.sh).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

duration=${SOAK_DURATION:-600}
connections=${SOAK_CONNECTIONS:-16}
round=10

build_release
ensure_apt wrk
watchdog $((duration + 300))
server_start "${SOAK_PORT:-3620}" "${SOAK_SANDBOX_PORT:-3621}" "$WORK_DIR/server.log"

# Every page a visitor can ask for by the address.
langs="en de fr es pt it nl pl tr ru ja ko zh zh-Hant he"
python3 - "$langs" >"$WORK_DIR/all-paths" <<'PY'
import re, sys
src = open("src/country.rs", encoding="utf-8").read()
codes = re.findall(r'^\s*\("([A-Z]{2})", "', src, re.M)
for code in codes:
    for lang in sys.argv[1].split():
        for cycle in ("monthly", "yearly"):
            print(f"/?country={code}&lang={lang}&cycle={cycle}")
PY
grep -o 'code = "[A-Z]*"' src/sandbox/catalogue.toml | cut -d'"' -f2 |
  sed 's|.*|/?country=&\&cycle=monthly|' >"$WORK_DIR/warm-paths"
step "$(wc -l <"$WORK_DIR/all-paths") pages in the cold mix, $(wc -l <"$WORK_DIR/warm-paths") in the warm one; ${duration}s in ${round}s rounds"

cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
rows=()
for ((t = round, n = 0; t <= duration; t += round, n++)); do
  if ((n % 2 == 0)); then
    mix=cold
    shuf -n 2000 --random-source=<(yes "$n") "$WORK_DIR/all-paths" >"$WORK_DIR/round-paths"
  else
    mix=warm
    cp "$WORK_DIR/warm-paths" "$WORK_DIR/round-paths"
  fi
  if ((t % 60 == 0)); then
    curl -s -o /dev/null --max-time 30 "$SERVER_URL/preview.json?preset=all" || true
  fi
  wrk_run "$WORK_DIR/wrk" 2 "$connections" "${round}s" "$SERVER_URL/" \
    WRK_PATHS_FILE="$WORK_DIR/round-paths" WRK_TALLY=1
  read -r rss hwm < <(memory_mib "$SERVER_PID")
  bad=$(status_count "$(wrk_field "$WORK_DIR/wrk" statuses)" 'code != 200')
  rows+=("| $t | $mix | $(wrk_field "$WORK_DIR/wrk" requests) | $(wrk_field "$WORK_DIR/wrk" rps) | $bad | $rss | $hwm |")
  printf '  %4ss %s rss %s MiB\n' "$t" "$mix" "$rss" >&2
  ((t == 120)) && settled=$rss
done

printf '\nMachine: %s cores, %s; wrk and the server share them.\n\n' "$(nproc)" "$cpu"
echo "| s | mix | requests | req/s | non-200 | RSS MiB | peak RSS MiB |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "RSS after 120 s: ${settled:-n/a} MiB; at the end: $rss MiB; peak: $hwm MiB"
echo "Server panics logged: $(count_panics "$WORK_DIR/server.log")"
