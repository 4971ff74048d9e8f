#!/usr/bin/env bash
# Benchmark: how long the marketing preview takes for every ISO country
# ("preset=all", about 250 List App Plans calls) against the built-in
# sandbox. Prints figures; asserts nothing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
port=${BENCH_PORT:-3300}
runs=${BENCH_RUNS:-5}

SETUP_SKIP_BROWSER=1 SETUP_WITH_WASM_OPT=1 scripts/setup.sh
echo "==> building (release)"
CARGO_BUILD_JOBS=2 cargo leptos build --release

echo "==> starting the server on 127.0.0.1:$port with its sandbox"
PRICING_BIND_ADDR=127.0.0.1:$port LEPTOS_SITE_ROOT=target/site RUST_LOG=warn target/release/wix-pricing &
server=$!
trap 'kill $server 2>/dev/null' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done

measure() {
  local label=$1 url=$2
  for i in $(seq 1 "$runs"); do
    curl -s -o /dev/null -w "%{http_code} %{time_total} %{size_download}\n" "$url"
  done | awk -v label="$label" '
    { n++; sum+=$2; bytes=$3; if (n==1 || $2<min) min=$2; if ($2>max) max=$2; if ($1 != 200) bad++ }
    END { printf "%-28s runs %d  mean %.3f s  min %.3f s  max %.3f s  %d bytes  non-200: %d\n",
          label, n, sum/n, min, max, bytes, bad+0 }'
}

countries=$(curl -s "http://127.0.0.1:$port/preview.json?preset=all" | grep -o '"countries":\[[^]]*\]' | tr ',' '\n' | wc -l)
echo "==> preset=all asks Wix (the sandbox) for $countries countries"
measure "preview.json?preset=all" "http://127.0.0.1:$port/preview.json?preset=all"
measure "preview.csv?preset=all" "http://127.0.0.1:$port/preview.csv?preset=all"
measure "preview page, preset=all" "http://127.0.0.1:$port/preview?preset=all"
measure "preview page, default set" "http://127.0.0.1:$port/preview"
