#!/usr/bin/env bash
# Same bytes out (`make test`): the release server on the 150-plan
# catalogue (scripts/catalogue.py, its sales dated from a fixed day)
# renders pages, the API's JSON and the preview's exports whose SHA-256
# must equal scripts/golden.sums. A change made for speed must not change
# one byte; a change meant to change what a visitor sees updates the sums
# (GOLDEN_UPDATE=1) in the same commit, which the diff then shows.
#
# Masked before hashing, being the build's or the clock's and not the
# render's: fingerprinted asset names (/pkg/wix-pricing.<hash>.css), the
# scripts' nonces (new for each render) and the preview's "as Wix gave
# them at" minute.
#
# Settings: BIN and SITE_ROOT as in scripts/lib.sh; PORT (default 3198)
# and SANDBOX_PORT (3199); GOLDEN_UPDATE=1 writes the sums instead;
# KEEP_TMP=1 keeps the documents to diff against another build's.
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

PORT=${PORT:-3198}
SANDBOX_PORT=${SANDBOX_PORT:-3199}
sums=scripts/golden.sums

build_release
watchdog 300

catalogue=$WORK_DIR/catalogue-150.toml
python3 scripts/catalogue.py 150 2026-12-06 >"$catalogue"
step "starting the release server on 127.0.0.1:$PORT with the 150-plan catalogue"
server_start "$PORT" "$SANDBOX_PORT" "$WORK_DIR/server.log" PRICING_SANDBOX_CATALOGUE="$catalogue"

# name|address: a page per kind of locale (2 decimals, 0 and 3, right to
# left), the API, and the preview of every country.
documents=(
  "page-de|/?country=DE&lang=en-US"
  "page-jp|/?country=JP&lang=ja-JP"
  "page-kw|/?country=KW&lang=ar"
  "page-il-yearly|/?country=IL&lang=he&cycle=yearly"
  "api-br|/api/v1/pricing?country=BR&lang=pt-BR"
  "preview-page|/preview?preset=eu&lang=de"
  "preview-json|/preview.json?preset=all"
  "preview-csv|/preview.csv?preset=all&lang=fr"
)
out=$WORK_DIR/golden
mkdir -p "$out"
for document in "${documents[@]}"; do
  name=${document%%|*} address=${document#*|}
  step "$name: $address"
  curl -sf --max-time 120 -o "$out/$name.raw" "$SERVER_URL$address" || die "$address failed"
  sed -E \
    -e 's#(/pkg/[A-Za-z0-9_-]+)\.[A-Za-z0-9_-]+\.(css|js|wasm)#\1.HASH.\2#g' \
    -e 's#nonce="[^"]*"#nonce="NONCE"#g' \
    -e 's#[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2} UTC#MINUTE UTC#g' \
    "$out/$name.raw" >"$out/$name"
done
panics=$(count_panics "$WORK_DIR/server.log")
[ "$panics" = 0 ] || die "the server panicked $panics times"

if [ "${GOLDEN_UPDATE:-0}" = 1 ]; then
  (cd "$out" && sha256sum "${documents[@]%%|*}") >"$sums"
  step "wrote $sums"
  cat "$sums"
elif ! (cd "$out" && sha256sum --quiet -c "$LIB_ROOT/$sums"); then
  KEEP_TMP=1
  die "the documents above differ from $sums (kept in $out; GOLDEN_UPDATE=1 if the change is meant)"
else
  step "${#documents[@]} documents are byte for byte the golden ones"
fi
