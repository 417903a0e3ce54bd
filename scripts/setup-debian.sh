#!/usr/bin/env bash
# Installs the Debian 12 packages Parkwatt needs to build, test and run, only those missing.
# Idempotent and quiet when everything is there; uses sudo when not run as root.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-serialbus-dev qt6-websockets-dev qcoro-qt6-dev libssl-dev
    libsqlite3-dev coinor-libclp-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools libgl1-mesa-dev
    xvfb xauth mbpoll sqlite3 fonts-noto-cjk poppler-utils python3 qt6-translations-l10n
    clang libclang-rt-14-dev
    libsystemd-dev
    dpkg-dev file lintian appstream desktop-file-utils librsvg2-bin systemd man-db
)

missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$p" 2>/dev/null || true)
    [ "$status" = "installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "setup: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
fi
echo "setup: installing ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
