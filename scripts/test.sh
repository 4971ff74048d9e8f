#!/usr/bin/env bash
# Runs every test; exits non-zero on any failure, build failures included.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n==> %s\n' "$*"; }

step "toolchain"
scripts/setup.sh

step "Rust unit and integration tests"
cargo test --features ssr --lib -j2

step "building the site (server + WASM) with cargo-leptos"
cargo leptos build -j2

step "Playwright end-to-end tests against the built server and its sandbox"
cd end2end
npx playwright test
