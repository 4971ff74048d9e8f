#!/usr/bin/env bash
# An attacker's probes (scripts/attack.py) against the release build on
# loopback: the server runs on its sandbox with a preview token, a trusted
# client-IP header, a connection cap and a catalogue whose plan names are
# spreadsheet formulas. Bounded: the probes take about a minute, the whole
# run is stopped after 10 minutes (the release build not counted).
#
# Settings: BIN and SITE_ROOT as in scripts/lib.sh (default: build the
# release site first); PORT (default 3190) and SANDBOX_PORT (3191).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

PORT=${PORT:-3190}
SANDBOX_PORT=${SANDBOX_PORT:-3191}
TOKEN=attack-token-$$
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

step "starting the release server on 127.0.0.1:$PORT"
server_start "$PORT" "$SANDBOX_PORT" "$WORK_DIR/server.log" \
  PRICING_PREVIEW_TOKEN="$TOKEN" \
  PRICING_PREVIEW_RATE_PER_MIN=1000 \
  PRICING_CLIENT_IP_HEADER=X-Forwarded-For \
  PRICING_GEO_HEADERS=CF-IPCountry \
  PRICING_MAX_CONNECTIONS_PER_IP=$CAP \
  PRICING_SANDBOX_CATALOGUE="$catalogue"

step "probing as an attacker would"
status=0
python3 scripts/attack.py "$SERVER_URL" "$SANDBOX_URL" "$TOKEN" "$CAP" || status=$?
panics=$(count_panics "$WORK_DIR/server.log")
if [ "$panics" != 0 ]; then
  printf 'the server panicked %s times:\n' "$panics" >&2
  grep -A3 'panicked at' "$WORK_DIR/server.log" >&2
  status=1
fi
exit "$status"
