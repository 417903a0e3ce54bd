#!/usr/bin/env bash
# Installs, builds and starts Parkwatt on the built-in demo garage.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh dev
exec build/bin/parkwatt --demo "$@"
