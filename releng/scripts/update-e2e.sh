#!/bin/bash
# SPDX-License-Identifier: EPL-2.0
# Offline update of Rapport itself, end to end, from one built version to the next and back (run by
# test.sh after ./mvnw verify): build the next release from a copy of this tree (the same sources, a
# later qualifier); unpack the built Linux archive and install the example extension into it; refuse
# a damaged archive, an extension archive and the installed release; "rapport update" to the next
# release (its start script, Java runtime and every bundle replaced, the extension kept), then start
# the updated workbench; "rapport rollback" back to the first release, start it again; a second
# rollback finds nothing to restore. Every step checks "rapport --version" and the casebook check.
# Needs an X display (xvfb-run) and xdotool for the workbench starts.
# usage: update-e2e.sh <rapport-linux.gtk.x86_64.tar.gz> <rapport-repository.zip> <extension.zip> <work-folder>
set -euo pipefail
archive=${1:?product archive}; release=${2:?release repository zip}; extension=${3:?extension zip}; work=${4:?work folder}
root=$(cd "$(dirname "$0")/../.." && pwd)
fail() {
  [ -n "${DISPLAY:-}" ] && import -window root "$work/failed.png" 2>/dev/null && echo "screen: $work/failed.png" >&2
  echo "UPDATE TEST FAILED: $*" >&2; exit 1
}
pid=""
stop_product() { if [ -n "$pid" ]; then pkill -9 -P "$pid" 2>/dev/null || true; kill -9 "$pid" 2>/dev/null || true; fi; }
trap stop_product EXIT
for file in "$archive" "$release" "$extension"; do [ -f "$file" ] || fail "no $file: build the product first"; done
[ -n "${DISPLAY:-}" ] || fail "no X display; run under xvfb-run"
. "$(dirname "$0")/x11.sh"

absolute() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }
archive=$(absolute "$archive"); release=$(absolute "$release"); extension=$(absolute "$extension")
rm -rf "$work"; mkdir -p "$work/home"
work=$(cd "$work" && pwd)   # the next release is built in a folder of its own: paths must not depend on where
tar -xzf "$archive" -C "$work"
install="$work/rapport"
headless() { env -u JAVA_HOME -u DISPLAY HOME="$work/home" PATH=/usr/bin:/bin RAPPORT_VM_ARGS="-Duser.home=$work/home" "$install/rapport" "$@"; }
version() { headless --version | sed 's/^Rapport Workbench //'; }
first=$(version)
echo "installed: $first"

# The next release: the same sources with a later qualifier, built offline from a copy of the tree
# (two builds in one tree would collide). Only its zipped p2 repository is used.
started=$(date +%s)
next_qualifier="${first##*.}-next"
mkdir -p "$work/next-src"
(cd "$root" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -xf - -C "$work/next-src"
(cd "$work/next-src" && ./mvnw -o -B -q package -DskipTests -DforceContextQualifier="$next_qualifier" \
  -pl releng/org.rapport.product -am >"$work/next-build.out" 2>&1) || { tail -n 40 "$work/next-build.out" >&2; fail "the next release did not build"; }
next_zip=$(ls "$work"/next-src/releng/org.rapport.product/target/rapport-repository-*.zip | head -n 1)
next="${first%.*}.$next_qualifier"
echo "built the next release $next in $(( $(date +%s) - started )) s: $(basename "$next_zip") ($(du -h "$next_zip" | cut -f1))"

# status <expected> <name> <command...>: runs a headless command, keeps its output, checks the status
status() {
  local expected=$1 name=$2 code=0; shift 2
  headless "$@" >"$work/$name.out" 2>&1 || code=$?
  [ "$code" = "$expected" ] || { cat "$work/$name.out" >&2; fail "rapport $* exited with $code, not $expected"; }
}
expect() { grep -q "$2" "$work/$1.out" || { cat "$work/$1.out" >&2; fail "$1: no '$2' in what rapport said"; }; }
casebook_checks() { status 0 "check-$1" check "$install/seeds/demo-casebook"; expect "check-$1" "22 documents checked: 0 error"; }

# window <name>: starts the installed workbench on the demo casebook and signs the demo trainee in
window() {
  (cd "$work" && env -u JAVA_HOME HOME="$work/home" PATH=/usr/bin:/bin RAPPORT_VM_ARGS="-Duser.home=$work/home" "$install/rapport" \
    >"$work/$1-window.out" 2>&1) &
  pid=$!
  signed_in "$1"
}
# signed_in <name>: waits for the main window and signs the demo trainee in
signed_in() {
  wid=$(main_window 120) || { cat "$work/$1-window.out" >&2; fail "$1: the workbench showed no window"; }
  signin=$(find_window '^Sign In ?$' 40) || fail "$1: opening the demo casebook did not ask who signs in"
  focus_window "$signin" || fail "$1: the Sign In dialog took no keys"
  xdotool type --delay 20 "fairweather demo 2026"; xdotool key Return
  gone "$signin" || fail "$1: the Sign In dialog did not close"
  sleep 2
}
# the dialogs of one command share a title, so wait for each to close before looking for the next
gone() { for _ in $(seq 1 60); do xdotool search --onlyvisible --name '.' 2>/dev/null | grep -qx "$1" || return 0; sleep 0.5; done; return 1; }
# help_item <downs> <title>: Help menu (F10 opens the menu bar at File, Left wraps round to Help),
# the item that many rows down; prints the window it opens
help_item() {
  focus_window "$wid" || fail "the main window took no keys"
  xdotool key --clearmodifiers F10; sleep 0.7; xdotool key Left; sleep 0.7
  for _ in $(seq 1 "$1"); do xdotool key Down; sleep 0.3; done
  xdotool key Return
  find_window "^$2 ?\$" 40 || fail "Help > $2 opened nothing"
}
# answer <title> <name>: the next dialog titled so takes Enter (its default button); a screenshot first
answer() {
  local dialog
  dialog=$(find_window "^$1 ?\$" 120) || fail "no '$1' dialog for $2"
  sleep 1; import -window root "$work/$2.png" 2>/dev/null || true
  focus_window "$dialog" || fail "the '$1' dialog took no keys"; xdotool key Return
  gone "$dialog" || fail "the '$1' dialog for $2 did not close"
}
# restarted <name>: Restart Now ends the workbench with status 23 and the start script starts the
# installed (changed) one; it comes back signed in, and then quits with Ctrl+Q
restarted() {
  for _ in $(seq 1 60); do xdotool getwindowname "$wid" >/dev/null 2>&1 || break; sleep 0.5; done
  signed_in "$1"
  kill -0 "$pid" || fail "$1: the start script ended instead of restarting"
  import -window root "$work/$1-window.png" 2>/dev/null || true
  focus_window "$wid" || fail "$1: the main window took no keys"; xdotool key --clearmodifiers ctrl+q
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && fail "$1: still running 30 s after Ctrl+Q"
  pid=""
  local log="$work/home/.rapport/workspace/.metadata/.log"
  if [ -f "$log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then cat "$log" >&2; fail "$1: the workspace log has errors"; fi
}

status 0 install-extension install-extension "$extension"
casebook_checks first

# refused, with the installation as it was: a damaged archive, an extension's archive, the installed release
head -c 4000 /dev/urandom >"$work/damaged.zip"
status 1 damaged update "$work/damaged.zip"; expect damaged 'not a readable zip archive'
status 1 not-a-release update "$extension"; expect not-a-release 'holds no release of'
status 1 same update "$release"; expect same "$first is installed already"
status 1 nothing-to-restore rollback; expect nothing-to-restore 'No earlier version of'
[ "$(version)" = "$first" ] || fail "a refused update changed the version to $(version)"

# the update through the window: Help > Update Rapport from Archive, the release typed into the
# platform's file dialog, Update, Restart Now; the restarted workbench is the next release
window update
chooser=$(help_item 3 'Update Rapport from Archive')
focus_window "$chooser" || fail "the file dialog took no keys"; sleep 0.5
xdotool key ctrl+l; sleep 0.3; xdotool type --delay 30 "$next_zip"; sleep 1; xdotool key Return
# the location field may take the first Enter for its completion; then a second opens the file
sleep 2; xdotool search --onlyvisible --name '.' 2>/dev/null | grep -qx "$chooser" && { focus_window "$chooser"; xdotool key Return; }
gone "$chooser" || fail "the file dialog did not close"
answer 'Update Rapport from Archive' update-confirm    # what the update replaces: Update
answer 'Update Rapport from Archive' update-restart    # Restart Now
restarted updated
[ "$(version)" = "$next" ] || fail "after the update the version is $(version), not $next"
grep -q "^org.rapport.store,$next," "$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
  || fail "the update left org.rapport.store at its old version"
[ -d "$install/p2/org.rapport.previous" ] || fail "the update kept no previous version"
status 0 kept installed-extensions; expect kept 'Northbridge'
casebook_checks updated
echo "update through the window: the restarted workbench is $next, the extension kept"

# the rollback: back to the first release, whole
status 0 rollback rollback
expect rollback "from $next to $first"
[ "$(version)" = "$first" ] || fail "after the rollback the version is $(version), not $first"
[ "$(grep -c "^org.rapport.store,$first," "$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info")" = 1 ] \
  || fail "the rollback did not bring org.rapport.store $first back"
[ -e "$install/p2/org.rapport.previous" ] && fail "the rollback left the restored version kept as previous"
status 0 kept-after installed-extensions; expect kept-after 'Northbridge'
casebook_checks restored
echo "rollback: $(tail -n 1 "$work/rollback.out")"

# the same from the command line, and back through the window: Help > Restore Previous Version
code=0; headless update "$next_zip" >"$work/update.out" 2>&1 || code=$?
if [ "$code" != 0 ]; then
  cat "$work/update.out" >&2
  # whole or not at all: a failed update leaves the first release working
  [ "$(version)" = "$first" ] && headless check "$install/seeds/demo-casebook" >/dev/null 2>&1 \
    && fail "rapport update exited with $code; the first release still works" \
    || fail "rapport update exited with $code and left the installation broken"
fi
expect update "from $first to $next"
[ "$(version)" = "$next" ] || fail "after rapport update the version is $(version), not $next"
echo "update: $(tail -n 1 "$work/update.out")"
window restore
help_item 4 'Restore Previous Version' >/dev/null
answer 'Restore Previous Version' restore-confirm     # the first release comes back: Restore
answer 'Restore Previous Version' restore-restart     # Restart Now
restarted restored
[ "$(version)" = "$first" ] || fail "after Restore Previous Version the version is $(version), not $first"
echo "restore through the window: the restarted workbench is $first"
status 1 twice rollback; expect twice 'No earlier version of'
echo "UPDATE TEST PASSED"
