#!/usr/bin/env bash
# Measures ./pactum up on built jars: wall time from start to "Pactum is ready" and the total RSS of the
# platform process and its children at that moment. Runs N times (default 5) with ./pactum down between,
# on a data dir of its own (not .pactum/), and prints each run and the median.
#   bench/startup.sh [runs] [--demo]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS="${1:-5}"
EXTRA=("${@:2}")
DATA="$(mktemp -d /tmp/pactum-bench-XXXX)"
trap './pactum down --data-dir "$DATA" >/dev/null 2>&1 || true; rm -rf "$DATA"' EXIT

rss_mb() {
  # RSS of a process and all its descendants, in MB
  local total=0 pid
  for pid in $(pgrep -P "$1") "$1"; do
    [ -r "/proc/$pid/status" ] || continue
    total=$((total + $(awk '/^VmRSS/ {print $2}' "/proc/$pid/status")))
  done
  echo $((total / 1024))
}

median() {
  sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}

./pactum down --data-dir "$DATA" >/dev/null 2>&1 || true
times=(); rss=()
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s.%N)
  ./pactum up --detach --data-dir "$DATA" "${EXTRA[@]+"${EXTRA[@]}"}" >/dev/null
  end=$(date +%s.%N)
  pid=$(cat "$DATA/platform.pid")
  seconds=$(echo "$end - $start" | bc)
  mb=$(rss_mb "$pid")
  aot=$(find "$DATA/aot" -name "*.aot" 2>/dev/null | wc -l)
  printf 'run %d: %6.1f s to ready, %5d MB RSS (platform + services; %d AOT caches present)\n' "$run" "$seconds" "$mb" "$aot"
  times+=("$seconds"); rss+=("$mb")
  ./pactum down --data-dir "$DATA" >/dev/null
done
printf 'median: %.1f s to ready, %d MB RSS over %d runs on %d cores\n' \
  "$(printf '%s\n' "${times[@]}" | median)" "$(printf '%s\n' "${rss[@]}" | median)" "$RUNS" "$(nproc)"
