#!/usr/bin/env bash
# Runs ui_test.mjs: installs playwright-core (package-lock.json) into
# BUILD_DIR/web-browser once, then the test with its scratch folder there.
# Usage: run.sh JANADHAR_BINARY SOURCE_DIR BUILD_DIR [SCREENSHOTS_DIR]
set -euo pipefail
binary=$1 source=$2 build=$3
here="$source/src/web/browser"
dir="$build/web-browser"
mkdir -p "$dir"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "run.sh: node and npm are needed (scripts/install-deps.sh installs them)" >&2
  exit 1
fi
if ! cmp -s "$here/package-lock.json" "$dir/package-lock.json" || [ ! -d "$dir/node_modules/playwright-core" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$dir/"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
fi
cp "$here/ui_test.mjs" "$dir/"
JANADHAR_BINARY="$binary" JANADHAR_SOURCE_DIR="$source" WORK_DIR="$dir/work" \
  SCREENSHOTS_DIR="${4:-$dir/work/screenshots}" node "$dir/ui_test.mjs"
