#!/usr/bin/env bash
# Creates Pactum's topics and dead-letter topics if they do not exist yet (safe to run on every start).
# Domain topics keep their records forever (retention.ms=-1): analytics and other read models are rebuilt
# by replaying them. Dead-letter topics keep theirs for 90 days, long enough to be looked at and replayed.
set -euo pipefail

: "${KAFKA_BOOTSTRAP:?}" "${PACTUM_TOPICS:?}" "${PACTUM_TOPIC_PARTITIONS:?}" "${PACTUM_DLQ_TOPICS:?}"
: "${REPLICATION_FACTOR:?}" "${MIN_INSYNC_REPLICAS:?}"
export KAFKA_HEAP_OPTS="-Xmx128m"
kafka_topics=/opt/kafka/bin/kafka-topics.sh

create() {
  local topic=$1 partitions=$2 retention=$3
  "$kafka_topics" --bootstrap-server "$KAFKA_BOOTSTRAP" --create --if-not-exists --topic "$topic" \
    --partitions "$partitions" --replication-factor "$REPLICATION_FACTOR" \
    --config min.insync.replicas="$MIN_INSYNC_REPLICAS" --config retention.ms="$retention" \
    --config cleanup.policy=delete
}

for topic in $PACTUM_TOPICS; do
  create "$topic" "$PACTUM_TOPIC_PARTITIONS" -1
done
for topic in $PACTUM_DLQ_TOPICS; do
  create "$topic" 1 7776000000
done
"$kafka_topics" --bootstrap-server "$KAFKA_BOOTSTRAP" --list
