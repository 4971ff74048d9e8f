#!/usr/bin/env bash
# Fuzzes the instance-token parser, the Wix response parser (and the page
# built from it) and the money formatter, each for a bounded time.
#
#   scripts/fuzz.sh [seconds-per-target, default 300] [target...]
#
# Targets: instance, wix_response, money (default: all). The fuzz crate is
# scripts/fuzz (cargo-fuzz, libFuzzer + AddressSanitizer); it needs nightly
# compiler features, which RUSTC_BOOTSTRAP=1 unlocks on the stable toolchain.
# Each target starts from the committed seeds in scripts/fuzz/seeds/<target>
# and grows scripts/fuzz/corpus/<target> (not committed). Exits non-zero if
# any target crashes, printing the crash file; reproduce one with
#   scripts/fuzz/target/x86_64-unknown-linux-gnu/release/<target> <crash file>
# and turn it into a unit test before fixing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n==> %s\n' "$*"; }

secs=${1:-300}
[[ $secs =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [seconds-per-target] [target...]" >&2; exit 2; }
shift || true
targets=("$@")
((${#targets[@]})) || targets=(instance wix_response money)

fuzz_dir=scripts/fuzz
target_dir=$fuzz_dir/target
triple=$(rustc -vV | sed -n 's/^host: //p')
export RUSTC_BOOTSTRAP=1
export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-2}
# None disables AddressSanitizer (faster, catches panics only).
sanitizer=${FUZZ_SANITIZER:-address}

step "cargo-fuzz"
cargo fuzz --version >/dev/null 2>&1 || cargo install cargo-fuzz --locked
cargo fuzz --version

step "building the fuzz targets (sanitizer: $sanitizer; first build takes ~15 min on 2 cores)"
# Its own target dir, so the main build's cargo lock is never held here.
# cargo fuzz builds one named target, or all of them.
build=()
((${#targets[@]} == 1)) && build=("${targets[0]}")
cargo fuzz build --fuzz-dir "$fuzz_dir" --target-dir "$target_dir" \
    --sanitizer "$sanitizer" "${build[@]}"

mkdir -p "$fuzz_dir/logs"
summary=()
failed=0
for t in "${targets[@]}"; do
    bin=$target_dir/$triple/release/$t
    [[ -x $bin ]] || { echo "no fuzz target $t ($bin)" >&2; exit 2; }
    mkdir -p "$fuzz_dir/corpus/$t" "$fuzz_dir/artifacts/$t"
    log=$fuzz_dir/logs/$t.log
    args=(-max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
          -artifact_prefix="$fuzz_dir/artifacts/$t/")
    [[ -f $fuzz_dir/dicts/$t.dict ]] && args+=(-dict="$fuzz_dir/dicts/$t.dict")

    step "fuzzing $t for ${secs}s (full log: $log)"
    # New inputs go to the first directory; the seeds are only read.
    ASAN_OPTIONS=${ASAN_OPTIONS:-detect_odr_violation=0} \
        "$bin" "${args[@]}" "$fuzz_dir/corpus/$t" "$fuzz_dir/seeds/$t" >"$log" 2>&1 &
    pid=$!
    # Progress: libFuzzer's latest status line every 30 s.
    while kill -0 "$pid" 2>/dev/null; do
        for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null && sleep 1; done
        status=$(grep -aE '^#[0-9]+' "$log" | tail -n 1 || true)
        [[ -n $status ]] && printf '  %s\n' "$status"
    done
    rc=0
    wait "$pid" || rc=$?

    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
    corpus=$(find "$fuzz_dir/corpus/$t" -type f | wc -l)
    crash=$(sed -n 's/.*Test unit written to //p' "$log" | tail -n 1)
    if ((rc != 0)) || [[ -n $crash ]]; then
        failed=1
        echo "!! $t FAILED (exit $rc). Last lines of $log:"
        grep -av 'ICU4X data error' "$log" | grep -aE -A 30 'panicked|ERROR|SUMMARY|deadly|timeout' | head -n 60 || true
        echo "!! crash input: ${crash:-none written; see $log}"
        summary+=("$(printf '%-13s CRASH  execs=%s  corpus=%s  input=%s' "$t" "${execs:-?}" "$corpus" "${crash:-?}")")
    else
        summary+=("$(printf '%-13s ok     %ss  execs=%s (%s/s)  corpus=%s files' "$t" "$secs" "$execs" "$rate" "$corpus")")
    fi
done

step "summary"
printf '  %s\n' "${summary[@]}"
exit "$failed"
