#!/usr/bin/env bash
# Measures analytics-service's overview and ROI latency over HTTP with a large organisation in its read models
# (default 100,000 employees and 1,000,000 contracts): bench/AnalyticsBench.java fills the MongoDB-wire store
# (mongo-java-server in the bench's JVM; BENCH_STORE=h2 (default): its H2 MVStore backend in a file, as ./pactum up
# runs it; BENCH_STORE=memory: in memory) directly through the service's persistence code, starts the service's fat
# jar against it and times the requests, N runs (default 3); then prints the median p50/p95 per scenario.
#   bench/analytics.sh [runs] [employees] [contracts per employee] [requests per scenario and run]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS="${1:-3}"
EMPLOYEES="${2:-100000}"
PER_EMPLOYEE="${3:-10}"
REQUESTS="${4:-500}"
BENCH_HEAP="${BENCH_HEAP:-6g}"
BENCH_STORE="${BENCH_STORE:-h2}"
# shellcheck source=bin/find-jdk.sh
source bin/find-jdk.sh # exports JAVA_HOME (a JDK >= 21)
JAVA="$JAVA_HOME/bin/java"
WORK="$(mktemp -d /tmp/pactum-analytics-bench-XXXX)"
trap 'rm -rf "$WORK"' EXIT

./mvnw -B -q -o -DskipTests package -pl analytics-service
./mvnw -B -q -o dependency:build-classpath -pl analytics-service -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt"
CP="analytics-service/target/classes:$(cat "$WORK/cp.txt")"
if [ "$BENCH_STORE" = h2 ]; then
  # the H2 backend and H2 as the local platform resolves them
  ./mvnw -B -q -o dependency:build-classpath -pl local-platform -Dmdep.includeScope=runtime -Dmdep.outputFile="$WORK/platform-cp.txt"
  CP="$CP:$(tr ':' '\n' < "$WORK/platform-cp.txt" | grep -E '/(mongo-java-server-h2-backend|h2)-[0-9]' | paste -sd:)"
fi
"$JAVA" "-Xmx$BENCH_HEAP" -XX:+UseParallelGC --class-path "$CP" bench/AnalyticsBench.java "$EMPLOYEES" "$PER_EMPLOYEE" "$RUNS" \
  "$REQUESTS" analytics-service/target/analytics-service.jar "$JAVA" "$WORK/analytics-service.log" "$BENCH_STORE" | tee "$WORK/bench.txt"

median() {
  sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'
}
echo "median over $RUNS runs on $(nproc) cores:"
grep '^run ' "$WORK/bench.txt" | sed -E 's/^run [0-9]+: //' | awk -F '  +p50' '{print $1}' | sort -u | while read -r scenario; do
  p50=$(grep -F ": $scenario " "$WORK/bench.txt" | sed -E 's/.*p50 +([0-9.]+) ms.*/\1/' | median)
  p95=$(grep -F ": $scenario " "$WORK/bench.txt" | sed -E 's/.*p95 +([0-9.]+) ms.*/\1/' | median)
  printf '  %-24s p50 %6.1f ms  p95 %6.1f ms\n' "$scenario" "$p50" "$p95"
done
