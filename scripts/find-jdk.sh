# Sourced by ./huntbook and ./run-tests: sets JAVA_HOME to a JDK of version 21 or later.
# Order: $HUNTBOOK_JAVA_HOME, $JAVA_HOME, the java on PATH, then every JDK under /usr/lib/jvm
# and ~/.sdkman, newest first.

huntbook_java_major() {
  # Prints the major version of the java binary given, or nothing.
  "$1" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

huntbook_find_jdk() {
  local candidate major
  local candidates=()
  [ -n "${HUNTBOOK_JAVA_HOME:-}" ] && candidates+=("$HUNTBOOK_JAVA_HOME")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for candidate in $(ls -d /usr/lib/jvm/*/ "$HOME"/.sdkman/candidates/java/*/ 2>/dev/null | sort -rV); do
    candidates+=("${candidate%/}")
  done
  for candidate in "${candidates[@]}"; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(huntbook_java_major "$candidate/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      export JAVA_HOME="$candidate"
      return 0
    fi
  done
  echo "huntbook: no JDK of version 21 or later found (looked at \$JAVA_HOME, PATH and /usr/lib/jvm)." >&2
  echo "huntbook: install one (e.g. Temurin 21+) or set HUNTBOOK_JAVA_HOME." >&2
  return 1
}
