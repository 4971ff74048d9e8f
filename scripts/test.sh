#!/usr/bin/env bash
# Runs every test; exits non-zero on any failure, build failures included.
# Ends with the time each phase took, also when one fails.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"

started=$(date +%s)
phases=()
phase= phase_from=$started
close_phase() {
  [ -n "$phase" ] && phases+=("$(($(date +%s) - phase_from))|$phase")
  phase=
}
step() {
  close_phase
  printf '\n==> %s\n' "$*"
  phase=$1 phase_from=$(date +%s)
}
report() {
  local status=$? entry
  close_phase
  printf '\n==> time per phase (%s; %s)\n' \
    "$([ "$status" = 0 ] && echo passed || echo "failed: exit $status")" \
    "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo), $(nproc) cores"
  for entry in "${phases[@]}"; do
    printf '%6s s  %s\n' "${entry%%|*}" "${entry#*|}"
  done
  printf '%6s s  total\n' "$(($(date +%s) - started))"
}
trap report EXIT

step "toolchain"
# wasm-opt too: the release build below runs it.
SETUP_WITH_WASM_OPT=1 scripts/setup.sh

# cargo-leptos builds debug code with `--cfg erase_components`; the same
# flags here let the tests reuse its compiled dependencies.
export RUSTFLAGS="--cfg erase_components"

step "formatting"
cargo fmt --check

step "layers: every module uses only those below it (scripts/layers.py)"
python3 scripts/layers.py

step "words: every visible word of a view from the catalogue (scripts/words.py)"
python3 scripts/words.py

step "deployment files: the Dockerfile linted, the Kubernetes manifests validated (scripts/ops.py)"
python3 scripts/ops.py

step "Rust unit and integration tests"
# In parallel: each test starts its own servers. (They once stalled when
# one built its routes while another rendered; see route_lists in
# src/server/mod.rs.)
cargo test --features ssr --lib -j2

step "building the release site (server + WASM) with cargo-leptos"
# Once, for everything below: what ships is what is tested. Built with the
# flags `make bench` uses, not the test build's `erase_components`.
env -u RUSTFLAGS CARGO_BUILD_JOBS=2 cargo leptos build --release --precompress
export BIN=target/release/wix-pricing

step "Playwright end-to-end tests against the release server and its sandbox"
(cd end2end && npx playwright test)

step "an attacker's probes against the release build (scripts/attack.sh)"
env -u RUSTFLAGS scripts/attack.sh

step "the preview's spreadsheet as openpyxl reads it, against its JSON (scripts/exports.sh)"
env -u RUSTFLAGS scripts/exports.sh

step "the same bytes as the golden pages, API answer and exports (scripts/golden.sh)"
env -u RUSTFLAGS scripts/golden.sh

step "every kind of document the server writes is valid HTML (scripts/validate.sh)"
env -u RUSTFLAGS scripts/validate.sh
