#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, clang + ASan/UBSan, only the sources they need) and runs
# each for SECONDS (default 60). Corpora grow in build-fuzz/corpus/<target>, seeded from the
# built-in profiles; a crash leaves its input in build-fuzz/crashes/ and fails the script.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build=build-fuzz
command -v clang++ >/dev/null || { echo "fuzz: clang++ missing (scripts/setup-debian.sh installs it)" >&2; exit 1; }
if [ ! -f "$build/build.ninja" ]; then
    CXX=clang++ cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" -j "$(nproc)" >/dev/null
mkdir -p "$build/crashes"
status=0
for target in fuzz_registercodec fuzz_readingdecoder fuzz_profilereader; do
    corpus="$build/corpus/$target"
    mkdir -p "$corpus"
    if [ "$target" = fuzz_profilereader ]; then
        cp -n resources/profiles/*.json "$corpus/"
    else
        # Seeds: a built-in profile's bytes are as good a start as any for register words.
        cp -n resources/profiles/parkwatt-v2g.json resources/profiles/sunspec-storage.json "$corpus/"
    fi
    echo "fuzz: $target for ${seconds}s" >&2
    if ! "$build/$target" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$build/crashes/$target-" -print_final_stats=1 2>"$build/$target.log"; then
        echo "fuzz: $target FAILED, see $build/$target.log and $build/crashes/" >&2
        tail -40 "$build/$target.log" >&2
        status=1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/$target.log" | sed "s/^/fuzz: $target /" >&2 || true
    grep -E "^#[0-9]+.*cov:" "$build/$target.log" | tail -n 1 | sed "s/^/fuzz: $target /" >&2 || true
done
exit $status
