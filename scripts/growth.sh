#!/usr/bin/env bash
# Cost as the catalogue grows (not part of `make test`): for 1, 10, 50 and
# 150 plans (scripts/catalogue.py, three apps at most 50 plans each, most
# with ten prices), a fresh release server on the sandbox with that
# catalogue, and for each: the default page's bytes (identity and br), the
# time to a cold page's first byte with its prices already cached (render,
# compression and keeping), warm throughput, and Chromium's layout time at
# 375 px; then, for the largest, the preview of every country. Prints
# markdown tables; asserts nothing.
#
# Settings: GROWTH_SIZES="1 10 50 150", GROWTH_PORT=3310,
# GROWTH_SANDBOX_PORT=3311, GROWTH_DURATION=5s; BIN, SITE_ROOT (lib.sh).
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

port=${GROWTH_PORT:-3310}
sandbox_port=${GROWTH_SANDBOX_PORT:-3311}
duration=${GROWTH_DURATION:-5s}
sizes=${GROWTH_SIZES:-1 10 50 150}

build_release
ensure_apt wrk
[ -d end2end/node_modules/playwright ] || (cd end2end && npm ci --no-audit --no-fund --loglevel=error)
watchdog "${GROWTH_TIME_LIMIT:-900}"

# Locales that make distinct pages of one country: each is a cold render.
locales="en-US en-GB en-AU en-CA en-IE en-NZ en-IN"

printf '\nMachine: %s cores, %s\n\n' "$(nproc)" "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
echo "| plans | prices | HTML bytes | br bytes | bytes per plan | cold page ms (median of 6) | warm req/s (64 conn.) | layout ms at 375 px | style ms |"
echo "|---|---|---|---|---|---|---|---|---|"
for plans in $sizes; do
  catalogue=$WORK_DIR/catalogue-$plans.toml
  python3 scripts/catalogue.py "$plans" >"$catalogue"
  prices=$(grep -c '^\[\[apps.plans.prices\]\]' "$catalogue")
  # Progress on stderr: stdout is the tables.
  step "$plans plans ($prices prices)" >&2
  server_start "$port" "$sandbox_port" "$WORK_DIR/server-$plans.log" PRICING_SANDBOX_CATALOGUE="$catalogue"
  url="$SERVER_URL/?country=DE"
  # The first locale fetches the prices; the others render from them.
  first=1 cold=()
  for locale in $locales; do
    t=$(curl -s -o /dev/null -w '%{time_starttransfer}' "$url&lang=$locale")
    [ "$first" = 1 ] && first=0 && continue
    cold+=("$t")
  done
  cold_ms=$(printf '%s\n' "${cold[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.1f", 1000 * (a[int((NR + 1) / 2)] + a[int(NR / 2) + 1]) / 2 }')
  identity=$(curl -s -o /dev/null -w '%{size_download}' "$url")
  br=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: br' "$url")
  wrk -t2 -c64 -d2s "$url" >/dev/null
  rps=$(wrk -t2 -c64 -d"$duration" "$url" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
  read -r layout style < <(node scripts/layout.mjs "$url" 3)
  echo "| $plans | $prices | $identity | $br | $((identity / plans)) | $cold_ms | $rps | $layout | $style |"
  if [ "$plans" = "$(echo "$sizes" | awk '{ print $NF }')" ]; then
    preview_rows=()
    for path in "preview.json?preset=all" "preview.csv?preset=all" "preview?preset=all" "preview?preset=all&page=21"; do
      preview_rows+=("| $path | $(curl -s -o /dev/null --max-time 120 -w '%{http_code} | %{time_total} | %{size_download}' "$SERVER_URL/$path") |")
    done
    hwm=$(memory_mib "$SERVER_PID" | awk '{ print $2 }')
  fi
  server_stop
done
echo
echo "Preview of every country with the largest catalogue (first request of each; prices cached by the first)"
echo
echo "| request | status | seconds | bytes |"
echo "|---|---|---|---|"
printf '%s\n' "${preview_rows[@]}"
echo
echo "Server memory peak (VmHWM) after the previews: $hwm MiB"
