#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite twice: a normal debug build
# (with the packaging check) and a build with AddressSanitizer + UndefinedBehaviorSanitizer.
# Usage: scripts/test.sh [--no-asan]
set -euo pipefail
cd "$(dirname "$0")/.."
asan=1
[ "${1:-}" = "--no-asan" ] && asan=0
scripts/install-deps.sh
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

run_suite() {
  local preset=$1
  echo "== $preset: configure and build"
  local start=$SECONDS
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j "$jobs"
  echo "== $preset: built in $((SECONDS - start)) s; running tests"
  start=$SECONDS
  ctest --preset "$preset" -j "$jobs"
  echo "== $preset: tests took $((SECONDS - start)) s"
}

run_suite dev
[ "$asan" = 1 ] && run_suite asan
echo "All test suites passed."
