#!/usr/bin/env bash
# The container image, as far as this machine can build and run it
# (`make image`; not part of `make test`). No registry is reachable here,
# so the Dockerfile's build stage (FROM docker.io/library/rust) cannot be
# pulled; everything after it is real:
#
#   1. the build stage's work with the local toolchain: the static (musl)
#      server and the precompressed site, laid out as the stage's /out;
#   2. the Dockerfile's own runtime stage built by buildah, that /out
#      standing in for the build stage (--build-context build=...);
#   3. the image's root file system run read-only, as UID 65532, with
#      nothing from the host: /healthz, /readyz, the page, a hashed asset,
#      and the HEALTHCHECK command; the image's size.
#
# Prints a markdown table; exits non-zero when a check fails.
# Settings: IMAGE_PORT=3630, IMAGE_SANDBOX_PORT=3631.
set -euo pipefail
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

port=${IMAGE_PORT:-3630}
sandbox_port=${IMAGE_SANDBOX_PORT:-3631}
triple=x86_64-unknown-linux-musl
watchdog 2400

SETUP_SKIP_BROWSER=1 SETUP_WITH_WASM_OPT=1 scripts/setup.sh
rustup target list --installed | grep -qx "$triple" || rustup target add "$triple"
ensure_apt musl-gcc musl-tools
ensure_apt buildah

step "the build stage: cargo leptos build --release --precompress for $triple (about 10 minutes on 2 cores)"
LEPTOS_BIN_TARGET_TRIPLE=$triple CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-2} \
  cargo leptos build --release --precompress
bin=target/$triple/release/wix-pricing
file "$bin" | grep -Eq 'statically linked|static-pie linked' || die "$bin is not statically linked: $(file "$bin")"
out=$WORK_DIR/context/out
mkdir -p "$out"
cp "$bin" "$out/"
cp "target/$triple/release/hash.txt" "$out/"
cp -r target/site "$out/site"

step "the Dockerfile's runtime stage, built by buildah"
storage=(--storage-driver vfs)
buildah "${storage[@]}" bud --isolation chroot --format docker \
  --build-context build="$WORK_DIR/context" --target runtime -t wix-pricing:local . >"$WORK_DIR/build.log" 2>&1 ||
  { tail -20 "$WORK_DIR/build.log" >&2; die "buildah could not build the runtime stage"; }
size=$(buildah "${storage[@]}" images --format '{{.Size}}' wix-pricing:local | head -n 1)
container=$(buildah "${storage[@]}" from wix-pricing:local)
at_exit "buildah ${storage[*]} rm $container >/dev/null 2>&1"
root=$(buildah "${storage[@]}" mount "$container")
config=$(buildah "${storage[@]}" inspect --type image wix-pricing:local)
user=$(jq -r '.Docker.config.User' <<<"$config")
healthcheck=$(jq -r '.Docker.config.Healthcheck.Test | join(" ")' <<<"$config")

step "running the image's root read-only as $user, nothing from the host"
readonly_root=$WORK_DIR/root
chroot=$(command -v chroot)
mkdir -p "$readonly_root"
# As a container runtime does: /proc mounted (the server finds its
# hash.txt through /proc/self/exe), the rest of the root read-only.
mkdir -p "$root/proc"
mount --bind "$root" "$readonly_root"
mount -o remount,ro,bind "$readonly_root"
at_exit "umount $readonly_root"
mount -t proc proc "$readonly_root/proc"
at_exit "umount $readonly_root/proc"
environment=(PRICING_SANDBOX=1 PRICING_BIND_ADDR="127.0.0.1:$port" PRICING_SANDBOX_ADDR="127.0.0.1:$sandbox_port"
  LEPTOS_SITE_ROOT=/app/site LEPTOS_OUTPUT_NAME=wix-pricing PRICING_LOG_FORMAT=json)
env -i "${environment[@]}" "$chroot" --userspec="$user" "$readonly_root" /app/wix-pricing >"$WORK_DIR/server.log" 2>&1 &
pid=$!
at_exit "stop_pid $pid"
wait_http "http://127.0.0.1:$port/healthz" 30 || { cat "$WORK_DIR/server.log" >&2; die "the image's server did not start"; }

checks=()
check() { # NAME COMMAND...
  local name=$1
  shift
  if "$@" >/dev/null 2>&1; then checks+=("| $name | yes |"); else checks+=("| $name | **no** |"); failed=1; fi
}
failed=0
page=$(curl -s "http://127.0.0.1:$port/?country=DE")
css=$(grep -o '/pkg/wix-pricing\.[A-Za-z0-9_-]*\.css' <<<"$page" | head -n 1)
check "/healthz answers 200" curl -sf "http://127.0.0.1:$port/healthz"
check "/readyz answers 200" curl -sf "http://127.0.0.1:$port/readyz"
check "the page lists plans" grep -q 'data-plan="pro"' <<<"$page"
check "a fingerprinted asset, precompressed (br)" test "$(curl -s -o /dev/null -w '%{http_code} %header{content-encoding}' -H 'Accept-Encoding: br' "http://127.0.0.1:$port$css")" = "200 br"
check "runs as UID 65532" grep -q '^Uid:[[:space:]]*65532' "/proc/$pid/status"
check "HEALTHCHECK ($healthcheck) succeeds" env -i "${environment[@]}" "$chroot" --userspec="$user" "$readonly_root" /app/wix-pricing healthcheck
check "the root file system is read-only" grep -q " $readonly_root .*\bro\b" /proc/mounts

printf '\nMachine: %s cores, %s\n\n' "$(nproc)" "$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
echo "| | |"
echo "|---|---|"
echo "| image (buildah, vfs) | wix-pricing:local, $size |"
echo "| server binary | $(du -h "$bin" | cut -f1), $(file -b "$bin" | grep -o 'static[-a-z]* linked') |"
echo "| site files | $(du -sh target/site | cut -f1) |"
printf '%s\n' "${checks[@]}"
exit "$failed"
