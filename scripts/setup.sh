#!/usr/bin/env bash
# Installs the offline toolchain this project needs (see ../shared/toolchain.md).
# Idempotent: every step is skipped when the right version is already present.
set -euo pipefail

CARGO_LEPTOS_VERSION=0.3.8
WASM_BINDGEN_VERSION=0.2.130
BINARYEN_VERSION=132

log() { printf '[setup] %s\n' "$*" >&2; }
root=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(cargo leptos --version 2>/dev/null | awk '{print $2}')" != "$CARGO_LEPTOS_VERSION" ]; then
  log "installing cargo-leptos $CARGO_LEPTOS_VERSION (about 5 minutes on 2 cores)"
  # Unoptimised: its manifest asks for fat LTO in one codegen unit, and
  # optimising swc, lightningcss and git2 took 13 of an install's 14
  # minutes (5 without). What it does per build (wasm-bindgen, minifying
  # the JS glue, precompressing) takes seconds either way and writes the
  # same files (the same fingerprints, measured).
  CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=256 CARGO_PROFILE_RELEASE_DEBUG=false \
    cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked -j2
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (must equal the crate in Cargo.lock)"
  cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" -j2
fi

if [ "${SETUP_SKIP_BROWSER:-0}" != 1 ]; then
  # The shared price cache's tests run a real one on loopback.
  if ! command -v redis-server >/dev/null 2>&1; then
    log "installing Debian redis-server (for the shared price cache's tests)"
    apt-get update -qq
    RUNLEVEL=1 DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
  fi

  if ! command -v chromium >/dev/null 2>&1; then
    log "installing Debian chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi

  # The Japanese, Korean and Chinese screenshots need glyphs, not boxes.
  if ! fc-list 2>/dev/null | grep -q 'Noto Sans CJK'; then
    log "installing Debian fonts-noto-cjk (for the CJK pages' screenshots)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >/dev/null
  fi

  if [ ! -x "$root/end2end/node_modules/.bin/playwright" ] \
     || [ "$root/end2end/package-lock.json" -nt "$root/end2end/node_modules/.package-lock.json" ]; then
    log "installing Playwright (npm ci in end2end/)"
    (cd "$root/end2end" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi

if [ "${SETUP_WITH_WASM_OPT:-0}" = 1 ] && [ "$(wasm-opt --version 2>/dev/null | awk '{print $3}')" != "$BINARYEN_VERSION" ]; then
  log "installing binaryen $BINARYEN_VERSION (wasm-opt, for release builds)"
  npm install -g "binaryen@$BINARYEN_VERSION" --no-audit --no-fund --loglevel=error
fi

log "toolchain ready"
