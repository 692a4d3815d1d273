#!/bin/bash
# Runs every UI test bundle again and again, to show that no UI test fails by chance.
#   releng/scripts/ui-repeat.sh [--runs N] [--load]
#   --runs N   how many runs (default 10)
#   --load     keep both cores busy meanwhile (Debian's stress-ng), as a second build would
# Builds and installs the bundles once, then runs the UI test bundles N times with Maven offline,
# and prints one line per run and a closing count. No test is ever retried.
set -euo pipefail
cd "$(dirname "$0")/../.."

usage() { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; }
runs=10
load=false
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --load) load=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "ui-repeat: unknown option $1" >&2; usage >&2; exit 2 ;;
  esac
done

. releng/scripts/setup.sh
rapport_need_packages xvfb xauth libgtk-3-0
$load && rapport_need_packages stress-ng
rapport_pick_jdk

modules=bundles/org.rapport.app.tests,bundles/org.rapport.editor.plan.tests,bundles/org.rapport.editor.agreement.tests,bundles/org.rapport.editor.reflection.tests,bundles/org.rapport.security.tests,bundles/org.rapport.catalogue.ui.tests
echo "ui-repeat: installing the bundles once"
installed=$(mktemp)
./mvnw -B -q clean install -DskipTests -pl '!releng/org.rapport.product,!releng/org.rapport.institution.example.repository' > "$installed" 2>&1
log=target/ui-repeat   # after the clean, which empties target/
mkdir -p "$log"
mv "$installed" "$log/install.log"

stress_pid=
stop_load() { [ -n "$stress_pid" ] && kill "$stress_pid" 2>/dev/null; wait "$stress_pid" 2>/dev/null || true; stress_pid=; }
trap stop_load EXIT
if $load; then
  stress-ng --cpu "$(nproc)" --timeout 4h --quiet &
  stress_pid=$!
  echo "ui-repeat: stress-ng on $(nproc) cores (pid $stress_pid)"
fi

passed=0
failed=0
for run in $(seq 1 "$runs"); do
  started=$(date +%s)
  if xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -o -B -fae verify -pl "$modules" > "$log/run-$run.log" 2>&1; then
    passed=$((passed + 1)); result=green
  else
    failed=$((failed + 1)); result=RED
  fi
  # the closing line of each bundle's tests (with Maven's level in front of it when it failed)
  tests=$(sed -E 's/^\[[A-Z]+\] //' "$log/run-$run.log" | grep -E '^Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' \
    | awk -F'[ ,]+' '{t += $3; f += $5 + $7} END {print t " tests, " f " failed"}')
  echo "run $run: $result in $(( $(date +%s) - started )) s ($tests)"
done
stop_load
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
