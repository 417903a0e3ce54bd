#!/usr/bin/env bash
# Installs, builds and runs every test with ctest (GUI tests run offscreen).
# PARKWATT_PRESET=ci (what .ci/run uses) makes compiler warnings errors.
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${PARKWATT_PRESET:-dev}
scripts/build.sh "$preset"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" -j "$(nproc)" --timeout 600 "$@"
scripts/package-check.sh "build$([ "$preset" = dev ] || echo "-$preset")" # the preset's binaryDir: the .deb built, linted, installed and run
# A short libFuzzer run per target (clang build of only the fuzzed sources; scripts/fuzz.sh).
scripts/fuzz.sh "${PARKWATT_FUZZ_SECONDS:-8}"
