# shellcheck shell=bash
# Sourced by ./pactum and .ci/run: exports JAVA_HOME pointing at a JDK >= 21.
# JAVA_HOME wins when it is new enough; otherwise the newest JDK under /usr/lib/jvm.

pactum_java_major() {
  # prints the feature version of the java at $1/bin/java, or 0
  local version
  version=$("$1/bin/java" -version 2>&1 | head -1 | sed -E 's/.*version "([0-9]+)(\.[^"]*)?".*/\1/')
  case "$version" in
    ''|*[!0-9]*) echo 0 ;;
    *) echo "$version" ;;
  esac
}

pactum_find_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(pactum_java_major "$JAVA_HOME")" -ge 21 ]; then
    return 0
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/*; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(pactum_java_major "$candidate")
    if [ "$major" -gt "$best_major" ]; then
      best="$candidate"
      best_major="$major"
    fi
  done
  if [ "$best_major" -lt 21 ]; then
    echo "Pactum needs a JDK 21 or newer: set JAVA_HOME, or install one under /usr/lib/jvm." >&2
    return 1
  fi
  JAVA_HOME="$best"
}

pactum_find_jdk || exit 1
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
