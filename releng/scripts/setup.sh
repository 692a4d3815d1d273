# Sourced by launch.sh and test.sh: installs the Debian packages a fresh machine lacks and picks a
# JDK 21+ for Maven and Tycho. Prints what it does; changes nothing that is already in place.

rapport_need_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

rapport_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}

rapport_pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(rapport_java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null; then
    :
  else
    local best="" best_major=0 jdk major
    for jdk in /usr/lib/jvm/*/; do
      jdk=${jdk%/}
      [ -x "$jdk/bin/javac" ] || continue
      major=$(rapport_java_major "$jdk")
      [ -n "$major" ] && [ "$major" -gt "$best_major" ] && { best=$jdk; best_major=$major; }
    done
    [ "$best_major" -ge 21 ] || { echo "setup: no JDK 21 or newer found under /usr/lib/jvm; set JAVA_HOME to one" >&2; return 1; }
    export JAVA_HOME=$best
  fi
  export PATH="$JAVA_HOME/bin:$PATH"
  # Maven's bundled Guice calls sun.misc.Unsafe; JDK 24+ warns about it on every run unless allowed.
  if [ "$(rapport_java_major "$JAVA_HOME")" -ge 24 ]; then
    export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow ${MAVEN_OPTS:-}"
  fi
  echo "setup: building with $JAVA_HOME (Java $(rapport_java_major "$JAVA_HOME"))"
}
