#!/usr/bin/env bash
# Screenshots of every screen in every shipped language, for the docs and for looking at:
# the control room's pages (demo garage), the lobby kiosk's screens and the commissioning wizard's
# pages. English goes to docs/images/, the others to docs/images/i18n/<language>/.
#   scripts/screenshots.sh [BUILD_DIR] [LANGUAGE...]     (default: build-ci, every language)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-ci}
shift || true
languages=("$@")
[ ${#languages[@]} -eq 0 ] && languages=(en de fr zh_CN ja)
parkwatt="$build/bin/parkwatt"
[ -x "$parkwatt" ] || { echo "screenshots: $parkwatt not built (cmake --build $build)" >&2; exit 1; }
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

for language in "${languages[@]}"; do
    out=docs/images
    [ "$language" = en ] || out=docs/images/i18n/$language
    mkdir -p "$out"
    echo "screenshots: $language -> $out" >&2
    "$parkwatt" --language "$language" --screenshots "$out" >/dev/null
    "$parkwatt" --language "$language" --kiosk --screenshots "$out" >/dev/null
    "$parkwatt" --language "$language" --commission --screenshots "$out" >/dev/null
done
echo "screenshots: $(find docs/images -name '*.png' | wc -l) PNG files under docs/images" >&2
