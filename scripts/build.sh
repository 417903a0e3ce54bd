#!/usr/bin/env bash
# Installs what is missing, then configures and builds with the given CMake preset (default: dev).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-${PARKWATT_PRESET:-dev}}
scripts/setup-debian.sh
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
