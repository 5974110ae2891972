#!/usr/bin/env bash
# Builds the libFuzzer targets (cmake --preset fuzz: clang, AddressSanitizer + UndefinedBehaviorSanitizer) and runs
# every target for SECONDS (default 60), as many at a time as there are cores. Prints one line per target,
#   NAME: EXECS execs, CRASHES crashes
# and exits non-zero on any finding (crash, sanitizer report, leak, timeout, out of memory); the input that
# caused it is kept in build/fuzz/findings/NAME/ (replay: build/fuzz/fuzz/fuzz_NAME FILE).
# Usage: scripts/fuzz.sh [SECONDS] [NAME…]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seconds=${1:-60}
[ $# -gt 0 ] && shift
scripts/install-deps.sh
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"

out=build/fuzz
seedlists=$out/fuzz/seeds
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  for list in "$seedlists"/*.txt; do targets+=("$(basename "$list" .txt)"); done
fi

# Seeds: the files listed for the target (upstream fixtures are linked where they are, never copied) and the
# project's own fuzz/corpus/NAME. New coverage goes to build/fuzz/corpus/NAME, kept between runs.
prepare() {
  local name=$1 links=$out/seed-links/$1
  rm -rf "$links" && mkdir -p "$links" "$out/corpus/$name" "$out/findings/$name"
  while IFS= read -r path; do
    [ -n "$path" ] && [ -e "$root/$path" ] || continue
    find "$root/$path" -type f -size -2M -print0 | while IFS= read -r -d '' file; do
      ln -sf "$file" "$links/$(printf '%s' "${file#"$root"/}" | tr '/' '_')"
    done
  done < "$seedlists/$name.txt"
}

run() {
  local name=$1 log=$out/logs/$1.log
  prepare "$name"
  rm -f "$out/findings/$name"/*
  local rc=0
  ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
    "$out/fuzz/fuzz_$name" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=131072 \
    -print_final_stats=1 -artifact_prefix="$out/findings/$name/" "$out/corpus/$name" "$out/seed-links/$name" \
    >"$log" 2>&1 || rc=$?
  local execs crashes
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
  crashes=$(find "$out/findings/$name" -type f | wc -l)
  # A target that failed without leaving an input behind (it did not start, or died on its seeds) is a finding.
  [ "$rc" -ne 0 ] && [ "$crashes" -eq 0 ] && crashes=1
  echo "$name: ${execs:-0} execs, $crashes crashes" | tee "$out/logs/$name.result"
}

mkdir -p "$out/logs"
jobs=$(nproc)
for name in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  run "$name" &
done
wait

found=0
for name in "${targets[@]}"; do
  if ! grep -q ' 0 crashes$' "$out/logs/$name.result"; then
    found=1
    echo "== $name: finding in $out/findings/$name/ (log: $out/logs/$name.log)"
    grep -m1 -E 'ERROR: |SUMMARY: |runtime error' "$out/logs/$name.log" || true
  fi
done
exit $found
