#!/usr/bin/env bash
# Builds and runs the fault matrix (tests/faults/tst_faultmatrix: the real meshscope, headless and offscreen,
# against a misbehaving Prometheus and API server, broken credentials and the simulator's fault knobs) and prints
# it as a Markdown table: fault | surface | outcome. Exits non-zero when any case failed (crash, hang, wrong exit
# code, unclear message or a leaked credential). The window cases' screenshots are checked (not blank, the reason
# on screen) and kept in BUILD_DIR/fault-matrix/ to look at.
# Usage: scripts/fault-matrix.sh [BUILD_DIR]   (default build/dev, configured with the dev preset if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
[ -f "$build/CMakeCache.txt" ] || cmake --preset dev >/dev/null
cmake --build "$build" -j "$(nproc)" --target tst_faultmatrix >/dev/null
matrix=$(mktemp)
trap 'rm -f "$matrix"' EXIT
rc=0
shots=$build/fault-matrix
rm -rf "$shots" && mkdir -p "$shots"
MESHSCOPE_FAULT_MATRIX=$matrix MESHSCOPE_FAULT_MATRIX_SHOTS=$(realpath "$shots") \
  ctest --test-dir "$build" -R '^tst_faultmatrix$' --output-on-failure >&2 || rc=$?
echo "| fault | surface | outcome |"
echo "|---|---|---|"
cat "$matrix"
echo
echo "$(wc -l <"$matrix") cases; $(grep -c -E '\*\*(crash|hang|credential leaked)\*\*' "$matrix" || true) crashes, hangs or leaks"
echo "The window's screenshots and the texts they showed: $shots/window-*.png, window-*.txt"
exit $rc
