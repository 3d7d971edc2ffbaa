#!/usr/bin/env bash
# Installs the Debian 12 packages Janadhar needs to build and test, if missing.
# Usage: scripts/install-deps.sh [--browser] [extra-package ...]
#   --browser  also what the browser test of the web UI needs: Debian's
#              chromium, fonts for Devanagari, and node with npm (for
#              playwright-core, installed by src/web/browser/run.sh)
set -euo pipefail

browser=()
if [ "${1:-}" = "--browser" ]; then
  shift
  browser=(chromium fonts-noto-core)
  # node and npm may come from elsewhere (NodeSource's nodejs carries npm).
  command -v node >/dev/null || browser+=(nodejs)
  command -v npm >/dev/null || browser+=(npm)
fi

packages=(
  cmake ninja-build g++ pkg-config
  libsqlite3-dev libicu-dev zlib1g-dev
  libcli11-dev nlohmann-json3-dev libtomlplusplus-dev
  libxlsxwriter-dev libglpk-dev libsodium-dev libgoogle-perftools-dev libboost-dev
  libgtest-dev libgmock-dev
  "${browser[@]}"
  "$@"
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
