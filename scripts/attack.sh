#!/usr/bin/env bash
# An attacker's probes (scripts/attack.py) against the release build on
# loopback: the server runs on its sandbox with a preview token, a trusted
# client-IP header, a connection cap and a catalogue whose plan names are
# spreadsheet formulas. Bounded: the probes take about a minute, the whole
# run is stopped after 10 minutes (the release build not counted).
#
# A second server, with the largest catalogue Wix allows, takes the
# memory and starvation probes of issue 27.
#
# Settings: BIN and SITE_ROOT as in scripts/lib.sh (default: build the
# release site first); PORT (default 3190), SANDBOX_PORT (3191), BIG_PORT
# (3192) and BIG_SANDBOX_PORT (3193).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

PORT=${PORT:-3190}
SANDBOX_PORT=${SANDBOX_PORT:-3191}
BIG_PORT=${BIG_PORT:-3192}
BIG_SANDBOX_PORT=${BIG_SANDBOX_PORT:-3193}
TOKEN=attack-token-$$
METRICS_TOKEN=attack-metrics-$$
CAP=16

build_release
watchdog 600

step "a deploy that names no app and no sandbox refuses to start"
refused=0
env -u WIX_APP_IDS -u PRICING_SANDBOX PRICING_BIND_ADDR=127.0.0.1:$PORT \
  timeout 20 "$BIN" >"$WORK_DIR/refused.log" 2>&1 || refused=$?
grep -q 'PRICING_SANDBOX=1' "$WORK_DIR/refused.log" && [ "$refused" != 0 ] && [ "$refused" != 124 ] ||
  die "the server started without apps or the sandbox flag (exit $refused): $(cat "$WORK_DIR/refused.log")"

# The demo catalogue, with formulas for plan names.
catalogue=$WORK_DIR/catalogue.toml
sed -e 's/^name = "Starter"$/name = "=HYPERLINK(\\"http:\/\/evil.example\\")"/' \
    -e 's/^name = "Business"$/name = "+1+1"/' \
    -e 's/^name = "Pro"$/name = "-2+3"/' \
    -e 's/^name = "Agency"$/name = "@SUM(A1)"/' \
    src/sandbox/catalogue.toml >"$catalogue"
grep -q '^name = "@SUM' "$catalogue" || die "could not plant the formulas in the catalogue"

# HTTP/2 is spoken with the h2 package, in a virtualenv kept between runs.
venv=target/tools/attack-venv
ensure_venv "$venv" h2 'h2>=4,<5'

step "starting the release server on 127.0.0.1:$PORT"
server_start "$PORT" "$SANDBOX_PORT" "$WORK_DIR/server.log" \
  PRICING_PREVIEW_TOKEN="$TOKEN" \
  PRICING_METRICS_TOKEN="$METRICS_TOKEN" \
  PRICING_PREVIEW_RATE_PER_MIN=1000 \
  PRICING_CLIENT_IP_HEADER=X-Forwarded-For \
  PRICING_GEO_HEADERS=CF-IPCountry \
  PRICING_MAX_CONNECTIONS_PER_IP=$CAP \
  PRICING_SANDBOX_CATALOGUE="$catalogue"
first=(SERVER_URL SANDBOX_URL SERVER_PID)
for name in "${first[@]}"; do eval "FIRST_$name=\$$name"; done

# The memory and starvation probes need pages of the largest catalogue.
step "starting a second one on 127.0.0.1:$BIG_PORT with the largest catalogue (150 plans)"
python3 scripts/catalogue.py 150 >"$WORK_DIR/largest.toml"
server_start "$BIG_PORT" "$BIG_SANDBOX_PORT" "$WORK_DIR/big.log" \
  PRICING_METRICS_TOKEN="$METRICS_TOKEN" \
  PRICING_SANDBOX_CATALOGUE="$WORK_DIR/largest.toml"

step "probing as an attacker would"
status=0
BIG_URL=$SERVER_URL BIG_PID=$SERVER_PID METRICS_TOKEN=$METRICS_TOKEN \
  "$venv/bin/python" scripts/attack.py "$FIRST_SERVER_URL" "$FIRST_SANDBOX_URL" "$TOKEN" "$CAP" ||
  status=$?
panics=$(count_panics "$WORK_DIR/server.log" "$WORK_DIR/big.log")
if [ "$panics" != 0 ]; then
  printf 'the servers panicked %s times:\n' "$panics" >&2
  grep -h -A3 'panicked at' "$WORK_DIR/server.log" "$WORK_DIR/big.log" >&2
  status=1
fi
exit "$status"
