#!/usr/bin/env bash
# Measures budget-service's saga throughput on the local platform (one instance, 2 cores shared with the broker,
# the store and the other services): ContractSigned for fresh ENG employees, contracts per employee as in real
# use, and the time until budget-service answered every one on pactum.budgets. Runs N times (default 3) on a
# data dir of its own and prints each run and the median.
#   bench/throughput.sh [runs] [employees per run] [contracts per employee]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS="${1:-3}"
EMPLOYEES="${2:-1000}"
PER_EMPLOYEE="${3:-3}"
# shellcheck source=bin/find-jdk.sh
source bin/find-jdk.sh # exports JAVA_HOME (a JDK >= 21)
JAVA="$JAVA_HOME/bin/java"
DATA="$(mktemp -d /tmp/pactum-throughput-XXXX)"
trap './pactum down --data-dir "$DATA" >/dev/null 2>&1 || true; rm -rf "$DATA"' EXIT

./pactum up --detach --demo --data-dir "$DATA" >/dev/null
LIB="$DATA/apps/budget-service/lib"
CP="$(printf '%s:' "$LIB"/kafka-clients-*.jar "$LIB"/slf4j-api-*.jar "$LIB"/lz4-java-*.jar "$LIB"/snappy-java-*.jar "$LIB"/zstd-jni-*.jar)"
rates=()
for run in $(seq 1 "$RUNS"); do
  line="$("$JAVA" --class-path "$CP" bench/Throughput.java localhost:9092 http://localhost:9000 http://localhost:8082 \
    "$EMPLOYEES" "$PER_EMPLOYEE" "bench$run-$RANDOM")"
  echo "run $run: $line"
  rates+=("$(echo "$line" | sed -E 's/.*: ([0-9]+) events\/s$/\1/')")
done
printf 'median: %s events/s over %d runs on %d cores\n' \
  "$(printf '%s\n' "${rates[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')" \
  "$RUNS" "$(nproc)"
