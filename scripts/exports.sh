#!/usr/bin/env bash
# The preview's exports as a spreadsheet user opens them (`make test`):
# the release server's /preview.xlsx read by openpyxl (scripts/xlsx.py),
# checked against /preview.json of the same address: numbers as numbers in
# their currency's format, names beside codes, frozen headers.
#
# Settings: BIN and SITE_ROOT as in scripts/lib.sh (default: build the
# release site first); PORT (default 3196) and SANDBOX_PORT (3197).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

PORT=${PORT:-3196}
SANDBOX_PORT=${SANDBOX_PORT:-3197}

build_release
watchdog 300
venv=target/tools/xlsx-venv
ensure_venv "$venv" openpyxl 'openpyxl==3.1.5'

step "starting the release server on 127.0.0.1:$PORT"
server_start "$PORT" "$SANDBOX_PORT" "$WORK_DIR/server.log"
for query in "countries=DE,JP,US,IN,KW" "preset=eu&lang=de" "countries=DE,JP&plan=business&cycle=YEARLY"; do
  step "preview.xlsx?$query"
  curl -sf -o "$WORK_DIR/preview.xlsx" "$SERVER_URL/preview.xlsx?$query" || die "preview.xlsx?$query failed"
  curl -sf -o "$WORK_DIR/preview.json" "$SERVER_URL/preview.json?$query" || die "preview.json?$query failed"
  "$venv/bin/python" scripts/xlsx.py "$WORK_DIR/preview.xlsx" "$WORK_DIR/preview.json"
done
panics=$(count_panics "$WORK_DIR/server.log")
[ "$panics" = 0 ] || die "the server panicked $panics times"
