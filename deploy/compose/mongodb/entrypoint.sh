#!/usr/bin/env bash
# mongod as a replica set (rs0) with authentication. Authentication on a replica set needs a key file for the
# members' internal authentication, even with one member: it is made once, on the first start, and kept in
# the mongodb-config volume. The image's own entrypoint then creates the root user and drops to "mongodb".
set -euo pipefail

keyfile=/data/configdb/replica-set.key
if [[ ! -s $keyfile ]]; then
  head -c 756 /dev/urandom | base64 -w 0 > "$keyfile"
fi
chown mongodb:mongodb "$keyfile"
chmod 400 "$keyfile"

exec docker-entrypoint.sh mongod --replSet rs0 --keyFile "$keyfile" --bind_ip_all --wiredTigerCacheSizeGB 0.25
