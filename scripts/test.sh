#!/usr/bin/env bash
# Runs every test; exits non-zero on any failure, build failures included.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n==> %s\n' "$*"; }

step "toolchain"
scripts/setup.sh

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

step "building the site (server + WASM) with cargo-leptos"
CARGO_BUILD_JOBS=2 cargo leptos build

step "Playwright end-to-end tests against the built server and its sandbox"
(cd end2end && npx playwright test)

step "an attacker's probes against the release build (scripts/attack.sh)"
# The release build is built with the flags `make bench` uses, not the
# test builds' `erase_components`.
env -u RUSTFLAGS scripts/attack.sh

step "every kind of document the server writes is valid HTML (scripts/validate.sh)"
env -u RUSTFLAGS scripts/validate.sh
