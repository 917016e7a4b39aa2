#!/usr/bin/env bash
# Container healthcheck that needs nothing but bash (the JRE and Keycloak images have no curl):
# GET http://127.0.0.1:<port><path> and succeed only on an HTTP 200 answer. Spring Boot answers
# /actuator/health with 503 while a component is DOWN, Keycloak /health/ready likewise.
#   pactum-healthcheck [port] [path]     defaults: $SERVER_PORT and /actuator/health
set -euo pipefail

port="${1:-${SERVER_PORT:?SERVER_PORT is not set and no port was given}}"
path="${2:-/actuator/health}"

exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "$path" >&3
IFS= read -r -t 5 status <&3
exec 3<&-
[[ $status =~ ^HTTP/1\.[01]\ 200\  ]]
