#!/usr/bin/env bash
# Fails when any of the project's own .cpp/.h files is not formatted as .clang-format says.
# Usage: scripts/check-format.sh [--fix]   (build directories and ../shared are never looked at)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v clang-format >/dev/null || { echo "clang-format is not installed (apt-get install clang-format)" >&2; exit 2; }
mapfile -d '' files < <(find app bench fuzz models sim tests ui views -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)
[ "${#files[@]}" -gt 0 ] || { echo "no sources found under $(pwd)" >&2; exit 2; }
if [ "${1:-}" = "--fix" ]; then
  clang-format -i "${files[@]}"
  exit 0
fi
drift=$(clang-format --dry-run "${files[@]}" 2>&1 | grep -oE '^[^:]+\.(cpp|h):[0-9]+:[0-9]+: (warning|error):' | cut -d: -f1 | sort -u || true)
if [ -n "$drift" ]; then
  echo "These files are not clang-formatted (scripts/check-format.sh --fix, or clang-format -i FILE):" >&2
  echo "$drift" >&2
  exit 1
fi
echo "${#files[@]} files checked, all formatted ($(clang-format --version))"
