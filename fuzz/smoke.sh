#!/usr/bin/env bash
# Runs every fuzz target for N seconds (default 20), one after the other, for CI: a quick check
# that the targets build and that nothing in the seed corpus or near it crashes. Exits non-zero
# on the first crash, leaving the input in fuzz/artifacts/<target>/.
#
#   fuzz/smoke.sh [SECONDS]
#
# Needs the nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz`). Seeds the corpora
# with seed.py first when the shared corpus is there; without it the targets start from the
# hand-written seeds and libFuzzer's empty input.
set -euo pipefail

seconds="${1:-20}"
fuzz_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$fuzz_dir/.."

if [ -d "$fuzz_dir/../../shared/corpus" ]; then
    python3 "$fuzz_dir/seed.py" >/dev/null
else
    mkdir -p "$fuzz_dir/corpus"
    for d in "$fuzz_dir"/seeds/*/; do
        mkdir -p "$fuzz_dir/corpus/$(basename "$d")"
        cp "$d"* "$fuzz_dir/corpus/$(basename "$d")/"
    done
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

# One build for all targets, so the timed runs below are fuzzing only. No sanitizer: storectl
# has no unsafe code, and AddressSanitizer's bookkeeping makes the allocation-heavy targets ten
# times slower. cargo-fuzz's default build keeps debug assertions and overflow checks on.
cargo +nightly fuzz build -s none

for target in $(cargo +nightly fuzz list); do
    mkdir -p "$fuzz_dir/corpus/$target"
    echo "== $target (${seconds}s)"
    # One process at a time: the machine's CPUs are shared. -rss_limit_mb stays at
    # libFuzzer's default (2048); -timeout makes a slow input a failure, not a stall.
    dict=()
    if [ -f "$fuzz_dir/dicts/$target.dict" ]; then
        dict=(-dict="$fuzz_dir/dicts/$target.dict")
    fi
    status=0
    cargo +nightly fuzz run -s none "$target" -- "${dict[@]}" \
        -max_total_time="$seconds" -timeout=10 -print_final_stats=1 >"$log" 2>&1 || status=$?
    grep -E '^#[0-9]+[[:space:]]+DONE|^stat::(number_of_executed_units|peak_rss_mb)' "$log" || true
    if [ "$status" -ne 0 ]; then
        tail -n 60 "$log" >&2
        echo "smoke.sh: $target failed (exit $status); the input is in fuzz/artifacts/$target/" >&2
        exit 1
    fi
done
echo "smoke.sh: all targets ran ${seconds}s without a crash"
