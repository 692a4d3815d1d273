#!/bin/bash
# SPDX-License-Identifier: EPL-2.0
# Product smoke test: unpack the Linux archive, start it with its own start script (so with its
# bundled Java runtime), wait for the main window, check the log, take a screenshot, quit with
# Ctrl+Q (after printing an agreement to PDF through the platform's save dialog). Then damage the saved window layout and check that the product still starts.
# Needs an X display (xvfb-run gives one) and xdotool; 'import' (ImageMagick) for the screenshot.
# usage: smoke-test.sh <rapport-linux.gtk.x86_64.tar.gz> <work-folder>
set -euo pipefail
archive=${1:?archive}; work=${2:?work folder}
fail() { echo "SMOKE TEST FAILED: $*" >&2; exit 1; }
# a failed check must not leave the product running (the build would wait for it forever)
pid=""
stop_product() {
  if [ -n "$pid" ]; then
    pkill -9 -P "$pid" 2>/dev/null || true
    kill -9 "$pid" 2>/dev/null || true
  fi
}
trap stop_product EXIT
[ -n "${DISPLAY:-}" ] || fail "no X display; run under xvfb-run"
command -v xdotool >/dev/null || fail "xdotool is missing (apt-get install xdotool)"
. "$(dirname "$0")/x11.sh"

rm -rf "$work"; mkdir -p "$work/home"
tar -xzf "$archive" -C "$work"
install="$work/rapport"
[ -x "$install/rapport" ] || fail "no executable start script in the archive"
[ -x "$install/jre/bin/java" ] || fail "no bundled Java runtime in the archive"
log="$work/home/.rapport/workspace/.metadata/.log"

# start <name>: starts the product with a clean environment (no JAVA_HOME, a PATH whose java is too
# old or absent), so the bundled runtime must be the one found.
start() {
  (cd "$work" && env -u JAVA_HOME HOME="$work/home" PATH=/usr/bin:/bin RAPPORT_VM_ARGS="-Duser.home=$work/home ${EXTRA_VM_ARGS:-}" "$install/rapport" >"$work/$1.out" 2>&1) &
  pid=$!
  wid=""
  for _ in $(seq 1 60); do
    wid=$(main_window 2) && break
    kill -0 "$pid" 2>/dev/null || { cat "$work/$1.out" >&2; fail "$1: the product exited before showing its window"; }
  done   # up to 60 s
  [ -n "$wid" ] || { cat "$work/$1.out" >&2; fail "$1: no window titled Rapport after 60 s"; }
  java_pid=$(pgrep -f -n "$install/jre/bin/java" || true)
  [ -n "$java_pid" ] || fail "$1: the product is not running on its bundled runtime"
  echo "$1: main window $wid shown by $install/jre/bin/java (pid $java_pid)"
  sign_in "$1"
}

# sign_in <name>: opening a casebook asks who the user is; the demo trainee signs in with the
# passphrase seeds/README.md gives (the question waits while another dialog, say a recovery offer, is open)
sign_in() {
  signin=$(find_window '^Sign In ?$' 20 || true)
  if [ -n "$signin" ]; then
    focus_window "$signin" || fail "$1: could not type into the Sign In dialog"
    xdotool type --delay 20 "fairweather demo 2026"; xdotool key Return
    for _ in $(seq 1 20); do xdotool getwindowname "$wid" 2>/dev/null | grep -q 'Trainee R. Fairweather' && break; sleep 0.5; done
    xdotool getwindowname "$wid" | grep -q 'Trainee R. Fairweather (demo), trainee' \
      || fail "$1: signing in did not name the trainee in the title ($(xdotool getwindowname "$wid"))"
    echo "$1: signed in: $(xdotool getwindowname "$wid")"
  elif [ "$1" = first-start ] || [ "$1" = after-restore ]; then
    import -window root "$work/no-sign-in.png" 2>/dev/null || true
    fail "$1: opening the demo casebook did not ask who signs in (screen in $work/no-sign-in.png)"
  fi
}

# quit <name>: Ctrl+Q, as a user would, and a clean exit
quit() {
  sleep 2   # let the window settle so the key reaches the bound command
  focus_window "$wid" || fail "could not focus window $wid"   # no window manager under Xvfb
  xdotool key --clearmodifiers ctrl+q
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then kill "$pid"; fail "$1: still running 30 s after Ctrl+Q"; fi
  wait "$pid" || fail "$1: exited with status $?"
  echo "$1: closed cleanly"
}

no_errors_in_log() {
  if [ -f "$log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
    cat "$log" >&2; fail "$1: the workspace log has errors"
  fi
}

# The start script takes the bundled runtime's version from its release file and never starts a
# Java only to ask it: a copy whose bundled "runtime" declares Java 17 is passed over unstarted.
fake="$work/old-runtime"; mkdir -p "$fake/jre/bin" "$fake/plugins"
cp "$install/rapport" "$fake/rapport"
printf '#!/bin/sh\necho started >> "%s/jre-started"\nexit 1\n' "$fake" > "$fake/jre/bin/java"; chmod +x "$fake/jre/bin/java"
echo 'JAVA_VERSION="17.0.9"' > "$fake/jre/release"
status=0; env -u JAVA_HOME PATH=/usr/bin:/bin "$fake/rapport" check "$work" >"$work/old-runtime.out" 2>&1 || status=$?
grep -q "not using $fake/jre/bin/java (Java 17;" "$work/old-runtime.out" || { cat "$work/old-runtime.out" >&2; fail "the start script did not pass over a bundled Java 17"; }
[ ! -e "$fake/jre-started" ] || fail "the start script started the bundled Java to ask its version instead of reading its release file"
echo "start script: a bundled Java 17 passed over unstarted (exit status $status)"

# The headless commands, through the same start script: the shipped demo casebook checks clean; a
# copy with a planted broken file is named and fails; the check writes nothing.
[ -f "$install/seeds/catalogue/rapport.catalogue.xmi" ] || fail "the built-in catalogue is not in the installation"
[ -f "$install/seeds/demo-casebook/casebook.xmi" ] || fail "the demo casebook is not in the installation"
headless() { env -u JAVA_HOME -u DISPLAY HOME="$work/home" PATH=/usr/bin:/bin RAPPORT_VM_ARGS="-Duser.home=$work/home" "$install/rapport" "$@"; }
before=$(find "$install/seeds" -type f -exec sha256sum {} + | sort)
headless check "$install/seeds/demo-casebook" >"$work/check-demo.out" 2>&1 || { cat "$work/check-demo.out" >&2; fail "rapport check on the demo casebook exited with $?"; }
grep -q ': error: ' "$work/check-demo.out" && { cat "$work/check-demo.out" >&2; fail "rapport check reports errors in the demo casebook"; }
[ "$before" = "$(find "$install/seeds" -type f -exec sha256sum {} + | sort)" ] || fail "rapport check wrote into the casebook"
echo "check demo: $(tail -n 1 "$work/check-demo.out")"
cp -r "$install/seeds/demo-casebook" "$work/broken-casebook"
printf '<?xml version="1.0"?>\n<rapport:SessionPlan xmlns:rapport="http://rapport.org/model/1.0">\n<goals>\n' \
  > "$work/broken-casebook/clients/CL-0417/sessions/02-plan.xmi"
status=0; headless check "$work/broken-casebook" >"$work/check-broken.out" 2>&1 || status=$?
[ "$status" = 1 ] || { cat "$work/check-broken.out" >&2; fail "rapport check on a broken casebook exited with $status, not 1"; }
grep -q '^clients/CL-0417/sessions/02-plan.xmi:[0-9]*: error: ' "$work/check-broken.out" \
  || { cat "$work/check-broken.out" >&2; fail "rapport check did not name the broken file"; }
echo "check broken: $(grep -c ': error: ' "$work/check-broken.out") error(s), exit status 1"
headless generate "$work/generated" --sessions 60 >"$work/generate.out" 2>&1 || { cat "$work/generate.out" >&2; fail "rapport generate failed"; }
headless check "$work/generated" >"$work/check-generated.out" 2>&1 || { cat "$work/check-generated.out" >&2; fail "the generated casebook does not check clean"; }
# rapport deidentify --text through the start script: standard input to standard output
scrubbed=$(echo "Markus Jansen rang from 0171 2345678 about the flat in Kirchdorf am Inn." | headless deidentify --text 2>"$work/deidentify.err") \
  || { cat "$work/deidentify.err" >&2; fail "rapport deidentify --text failed"; }
[ "$scrubbed" = "[name or place] rang from [phone] about the flat in [name or place]." ] || fail "rapport deidentify --text gave: $scrubbed"
echo "deidentify --text: $scrubbed ($(cat "$work/deidentify.err"))"
echo "generate: $(cat "$work/generate.out"); check: $(tail -n 1 "$work/check-generated.out")"

# What a lab administrator types first: the usage (rapport help, --help, a command's --help), the
# version, and a wrong command; each says what to type, none starts the workbench or leaves a log.
expect_usage() {   # <what> <text the output must hold> <arguments...>
  what=$1 text=$2; shift 2
  status=0; headless "$@" >"$work/usage.out" 2>&1 || status=$?
  [ "$status" = 2 ] || { cat "$work/usage.out" >&2; fail "$what exited with $status, not 2"; }
  grep -qF -- "$text" "$work/usage.out" || { cat "$work/usage.out" >&2; fail "$what did not print '$text'"; }
  grep -q 'An error has occurred' "$work/usage.out" && { cat "$work/usage.out" >&2; fail "$what reported an error"; }
  echo "$what: usage, exit status 2"
}
expect_usage "rapport --help" "rapport check <casebook folder>" --help
expect_usage "rapport help" "rapport install-extension <archive.zip>" help
expect_usage "rapport chek (a typo)" "'chek' is not a command of Rapport" chek "$install/seeds/demo-casebook"
expect_usage "rapport check --help" "writes nothing" check --help
expect_usage "rapport install-extension --help" "usage: rapport install-extension" install-extension --help
expect_usage "rapport upgrade --help" "usage: rapport upgrade" upgrade --help
# The shipped demo casebook is in the current format: an upgrade of a copy finds nothing to rewrite.
cp -r "$install/seeds/demo-casebook" "$work/upgrade-demo"
headless upgrade "$work/upgrade-demo" >"$work/upgrade.out" 2>&1 || { cat "$work/upgrade.out" >&2; fail "rapport upgrade failed on the demo casebook"; }
grep -q 'already in the current format' "$work/upgrade.out" || { cat "$work/upgrade.out" >&2; fail "rapport upgrade rewrote the shipped demo casebook"; }
echo "upgrade: $(cat "$work/upgrade.out")"
headless --version >"$work/version.out" 2>&1 || { cat "$work/version.out" >&2; fail "rapport --version failed"; }
grep -qE '^Rapport Workbench [0-9]+\.[0-9]+\.[0-9]+' "$work/version.out" || { cat "$work/version.out" >&2; fail "rapport --version printed no version"; }
echo "version: $(cat "$work/version.out")"
[ -z "$(find "$install/configuration" -name '*.log')" ] || fail "a command line left a log in the installation's configuration"

start first-start
sleep 3
demo_copy="$work/home/.rapport/casebooks/demo-casebook"
[ -f "$demo_copy/casebook.xmi" ] || fail "the first start did not open (copy) the demo casebook"
[ -f "$demo_copy/.rapport.lock" ] || fail "the demo casebook is not held open by the product"
echo "first start opened the demo casebook from $demo_copy"
if command -v import >/dev/null; then
  import -window root "$work/screenshot.png" && echo "screenshot: $work/screenshot.png"
fi
# Print an agreement as a user would: open CL-0417's first agreement from the explorer with the
# keyboard, Ctrl+P, type the file name into the platform's save dialog, Enter, and Enter on the report.
focus_window "$wid" || fail "could not focus window $wid"
xdotool key --delay 250 Right Down Right Down; sleep 0.5
xdotool key Return; sleep 3
xdotool key ctrl+p
save=$(find_window '^Print Agreement to PDF$' 20 || true)
[ -n "$save" ] || { import -window root "$work/print-failed.png" 2>/dev/null || true; fail "Ctrl+P on an agreement asked for no file (screen in $work/print-failed.png)"; }
focus_window "$save" || fail "could not focus window $save"
xdotool key ctrl+a; xdotool type --delay 30 "$work/printed-agreement.pdf"; xdotool key Return
for _ in $(seq 1 20); do [ -s "$work/printed-agreement.pdf" ] && break; sleep 0.5; done
[ "$(head -c 5 "$work/printed-agreement.pdf" 2>/dev/null)" = "%PDF-" ] || fail "no PDF was printed"
sleep 1; xdotool key Return   # the report of where it went
echo "print: CL-0417 agreement v1 printed to $work/printed-agreement.pdf ($(stat -c %s "$work/printed-agreement.pdf") bytes)"
quit first-start
no_errors_in_log first-start

# The audit trail the session left (open, print) verifies; a copy with one entry changed fails, naming the line.
headless audit verify "$demo_copy" >"$work/audit-demo.out" 2>&1 || { cat "$work/audit-demo.out" >&2; fail "rapport audit verify failed on the demo casebook"; }
grep -q 'every link holds' "$work/audit-demo.out" || { cat "$work/audit-demo.out" >&2; fail "rapport audit verify did not confirm the chain"; }
cp -r "$demo_copy" "$work/tampered-audit"; rm -f "$work/tampered-audit/.rapport.lock"
sed -i '1s/\topen\t/\terase\t/' "$work/tampered-audit/audit.log"
status=0; headless audit verify "$work/tampered-audit" >"$work/audit-tampered.out" 2>&1 || status=$?
[ "$status" = 1 ] || { cat "$work/audit-tampered.out" >&2; fail "rapport audit verify on a tampered trail exited with $status, not 1"; }
grep -q 'BROKEN at line 1' "$work/audit-tampered.out" || { cat "$work/audit-tampered.out" >&2; fail "the tampered entry was not named"; }
echo "audit: $(cat "$work/audit-demo.out"); tampered copy: $(cat "$work/audit-tampered.out")"

# Every signed step of the demo verifies; each kind of tampering on a copy fails, naming what; OpenSSL
# verifies the exported steps of a locked reflection on its own.
headless verify "$install/seeds/demo-casebook" >"$work/verify-demo.out" 2>&1 || { cat "$work/verify-demo.out" >&2; fail "rapport verify failed on the demo casebook"; }
tamper() {   # <name> <file in the casebook> <sed expression> <text the report must hold>
  cp -r "$install/seeds/demo-casebook" "$work/$1"
  sed -i "$3" "$work/$1/$2"
  status=0; headless verify "$work/$1" >"$work/$1.out" 2>&1 || status=$?
  [ "$status" = 1 ] || { cat "$work/$1.out" >&2; fail "rapport verify on $1 exited with $status, not 1"; }
  grep -qF -- "$4" "$work/$1.out" || { cat "$work/$1.out" >&2; fail "rapport verify on $1 did not say '$4'"; }
  echo "verify: $1 found: $(grep -m1 -F -- "$4" "$work/$1.out" | cut -c1-150)"
}
tamper text-after-approval clients/CL-0417/sessions/01-reflection.xmi '0,/text="/s//text="Rewritten: /' "differs from what was signed"
tamper status-flipped clients/CL-0417/agreement-v1.xmi 's/status="superseded"/status="signed"/' "says it is signed, but its signed steps leave it superseded"
tamper step-backdated clients/CL-0417/sessions/02-reflection.xmi 's/\(<steps [^>]* at="\)2026-12/\12026-01/' "the signature does not verify"
tamper approval-deleted clients/CL-0417/sessions/01-reflection.xmi '/<approval role="supervisor"/d' "approval is not the one its signed steps record"
tamper amendment-forged clients/CL-0417/sessions/01-reflection.xmi 's|</rapport:ReflectionNote>|  <amendments authorId="P-trainee-1" at="2026-04-01T09:00" reason="Tidied" anchor="stage:gibbs.description" original="a" amended="b"/>\n</rapport:ReflectionNote>|' "amendments but 1 signed step records them"
# a supervisor's entry in the index changed by hand after the owner endorsed their key
tamper person-renamed casebook.xmi 's/name="Supervisor M. Hollis (demo)"/name="Supervisor M. Hollis (acting)"/' "the people of the casebook were changed after the owner endorsed them"
# the trail the session left, deleted with its head: the index it anchored in says entries are missing
cp -r "$demo_copy" "$work/trail-deleted"; rm -f "$work/trail-deleted/.rapport.lock" "$work/trail-deleted"/audit.*
status=0; headless verify "$work/trail-deleted" >"$work/trail-deleted.out" 2>&1 || status=$?
[ "$status" = 1 ] && grep -q 'audit trail: ERROR: .*removed or cut back' "$work/trail-deleted.out" \
  || { cat "$work/trail-deleted.out" >&2; fail "rapport verify did not find the deleted audit trail (exit $status)"; }
echo "verify: trail-deleted found: $(grep -m1 'audit trail: ERROR' "$work/trail-deleted.out")"
# the same trail cut back to its first entry, as if an older copy had been put back
cp -r "$demo_copy" "$work/trail-truncated"; rm -f "$work/trail-truncated/.rapport.lock" "$work/trail-truncated/audit.head.bak"
head -n 1 "$work/trail-truncated/audit.log" > "$work/trail-truncated/audit.log.cut"
mv "$work/trail-truncated/audit.log.cut" "$work/trail-truncated/audit.log"
status=0; headless verify "$work/trail-truncated" >"$work/trail-truncated.out" 2>&1 || status=$?
[ "$status" = 1 ] && grep -q 'audit trail: ERROR' "$work/trail-truncated.out" \
  || { cat "$work/trail-truncated.out" >&2; fail "rapport verify did not find the truncated audit trail (exit $status)"; }
echo "verify: trail-truncated found: $(grep -m1 'audit trail: ERROR' "$work/trail-truncated.out" | cut -c1-150)"
# the same trail rewritten by a script that recomputes every hash and the head: an "open" becomes an "erase"
cp -r "$demo_copy" "$work/trail-rewritten"; rm -f "$work/trail-rewritten/.rapport.lock" "$work/trail-rewritten/audit.head.bak"
previous=0000000000000000000000000000000000000000000000000000000000000000; count=0
while IFS=$'\t' read -r number at actor action document detail _ _ signature; do
  [ "$action" = open ] && action=erase
  body=$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s' "$number" "$at" "$actor" "$action" "$document" "$detail" "$previous")
  previous=$(printf '%s' "$body" | sha256sum | cut -d' ' -f1); count=$((count + 1))
  printf '%s\t%s%s\n' "$body" "$previous" "${signature:+$'\t'$signature}"
done < "$work/trail-rewritten/audit.log" > "$work/trail-rewritten/audit.log.new"
mv "$work/trail-rewritten/audit.log.new" "$work/trail-rewritten/audit.log"
printf '%s\t%s' "$count" "$previous" > "$work/trail-rewritten/audit.head"
status=0; headless audit verify "$work/trail-rewritten" >"$work/trail-rewritten.out" 2>&1 || status=$?
[ "$status" = 1 ] && grep -qE 'is signed, but the signature does not verify|is not the one the index recorded' "$work/trail-rewritten.out" \
  || { cat "$work/trail-rewritten.out" >&2; fail "rapport audit verify did not find the trail rewritten with recomputed hashes (exit $status)"; }
echo "verify: trail-rewritten found: $(head -c 150 "$work/trail-rewritten.out")"
# a symbolic link planted in place of a document is never followed
cp -r "$install/seeds/demo-casebook" "$work/symlinked"
ln -sf /etc/hostname "$work/symlinked/clients/CL-0417/sessions/02-reflection.xmi"
status=0; headless verify "$work/symlinked" >"$work/symlinked.out" 2>&1 || status=$?
[ "$status" = 1 ] && grep -q 'is a symbolic link' "$work/symlinked.out" \
  || { cat "$work/symlinked.out" >&2; fail "rapport verify did not refuse the planted symbolic link (exit $status)"; }
echo "verify: symlinked found: $(grep -m1 'symbolic link' "$work/symlinked.out" | cut -c1-150)"
# the whole casebook put back from an older backup (index, journal and trail together) is consistent in
# itself; this workstation remembers how far its trail went, and reports it until an administrator accepts
cp -r "$install/seeds/demo-casebook" "$work/restored"
opened() { RAPPORT_PERSON_PASSPHRASE="fairweather demo 2026" headless keys "$work/restored" --endorse P-sup-1 --as P-trainee-1 >/dev/null; }
opened; cp -r "$work/restored" "$work/restored-backup"; opened; opened
rm -rf "$work/restored"; mv "$work/restored-backup" "$work/restored"
status=0; headless verify "$work/restored" >"$work/restored.out" 2>&1 || status=$?
[ "$status" = 1 ] && grep -q 'audit trail: ERROR: this workstation saw the trail with' "$work/restored.out" \
  || { cat "$work/restored.out" >&2; fail "rapport verify did not find the casebook put back from a backup (exit $status)"; }
headless check "$work/restored" >"$work/restored-check.out" 2>&1 || true
grep -q 'older than when this workstation last worked in it' "$work/restored-check.out" \
  || { cat "$work/restored-check.out" >&2; fail "rapport check did not report the casebook put back from a backup"; }
headless audit accept-restore "$work/restored" >"$work/accept-restore.out" 2>&1 || { cat "$work/accept-restore.out" >&2; fail "rapport audit accept-restore failed"; }
headless verify "$work/restored" >"$work/restored.out" 2>&1 || { cat "$work/restored.out" >&2; fail "rapport verify still fails after the restore was accepted"; }
echo "verify: restored-whole found: $(grep -m1 'older than' "$work/restored-check.out" | cut -c1-150); then $(cat "$work/accept-restore.out")"
# an encrypted casebook whose key file was removed is not opened as a plain one
export RAPPORT_PASSPHRASE="smoke lantern harbour 2026"
headless generate "$work/encrypted" --sessions 3 --encrypted >"$work/encrypted.out" 2>&1 || { cat "$work/encrypted.out" >&2; fail "rapport generate --encrypted failed"; }
headless verify "$work/encrypted" >>"$work/encrypted.out" 2>&1 || { cat "$work/encrypted.out" >&2; fail "the encrypted casebook does not verify"; }
# a sealed backup put in its file's place does not open there: it is sealed under its own name
cp -r "$work/encrypted" "$work/backup-in-place"; cp "$work/backup-in-place/casebook.xmi.bak" "$work/backup-in-place/casebook.xmi"
status=0; headless check "$work/backup-in-place" >"$work/backup-in-place.out" 2>&1 || status=$?
[ "$status" = 1 ] && grep -q "backup (casebook.xmi.bak) put in its place" "$work/backup-in-place.out" \
  || { cat "$work/backup-in-place.out" >&2; fail "rapport check did not name the backup put in place of the index (exit $status)"; }
echo "check: backup-in-place found: $(grep -m1 'put in its place' "$work/backup-in-place.out" | cut -c1-150)"
rm -f "$work/encrypted"/casebook.key*
status=0; headless verify "$work/encrypted" >"$work/key-removed.out" 2>&1 || status=$?
unset RAPPORT_PASSPHRASE
[ "$status" = 1 ] && grep -q 'key file .* is gone' "$work/key-removed.out" \
  || { cat "$work/key-removed.out" >&2; fail "rapport verify opened an encrypted casebook without its key file (exit $status)"; }
echo "verify: key-removed found: $(grep -m1 'is gone' "$work/key-removed.out" | cut -c1-150)"
headless verify "$install/seeds/demo-casebook" --export CL-0417-S01-reflection "$work/exported" >/dev/null 2>&1 || fail "rapport verify --export failed"
for bin in "$work"/exported/*.bin; do
  n=${bin%.bin}
  openssl pkeyutl -verify -pubin -inkey "$n.pem" -rawin -in "$n.bin" -sigfile "$n.sig" >/dev/null \
    || fail "OpenSSL does not verify step $(basename "$n") exported from the demo"
done
echo "verify: $(tail -n 1 "$work/verify-demo.out"); OpenSSL verified $(ls "$work"/exported/*.bin | wc -l) exported step(s)"

layout="$work/home/.rapport/workspace/.metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"
[ -f "$layout" ] || fail "no window layout was saved on exit"
head -c 300 "$layout" > "$layout.cut" && mv "$layout.cut" "$layout"   # as if a crash cut the write short
start damaged-layout
quit damaged-layout
no_errors_in_log damaged-layout
grep -q 'saved window layout could not be read' "$log" || fail "the damaged layout was not reported in the log"
ls "$(dirname "$layout")"/workbench.xmi.unreadable-* >/dev/null || fail "the damaged layout was not kept aside"

# Crash recovery with a real kill -9: open a plan with the keyboard, type a new time into its first
# field (the plan editor starts there), wait for the recovery copy, kill the process, restart,
# restore with Enter, save, and find the edit in the file.
EXTRA_VM_ARGS="-Drapport.recovery.seconds=1"
start crash
sleep 2
focus_window "$wid" || fail "could not focus window $wid"
xdotool key --delay 250 Right Down Down Down Down Right Down; sleep 0.5
xdotool key Return
sleep 3   # the editor opens and takes the focus
xdotool key ctrl+a; xdotool type --delay 60 "2026-02-24 11:15"; xdotool key Return
recovery="$demo_copy/.recovery/CL-0417-S03-plan.xmi"
for _ in $(seq 1 20); do grep -qs 'dateTime="2026-02-24T11:15:00"' "$recovery" && break; sleep 0.5; done
if ! grep -qs 'dateTime="2026-02-24T11:15:00"' "$recovery"; then
  import -window root "$work/crash-failed.png" 2>/dev/null || true
  fail "the unsaved edit was not kept for recovery (screen in $work/crash-failed.png)"
fi
grep -q 'dateTime="2026-02-24T11:15:00"' "$demo_copy/clients/CL-0417/sessions/03-plan.xmi" && fail "the edit reached the document before any save"
kill -9 "$java_pid"; wait "$pid" 2>/dev/null || true
echo "crash: killed the product with an unsaved edit kept in $recovery"
start crash-restart
dialog=$(find_window '^Restore Unsaved Changes ?$' 40 || true)
[ -n "$dialog" ] || fail "no offer to restore the unsaved changes after the crash"
focus_window "$dialog" || fail "could not focus window $dialog"
xdotool key Return; sleep 2
sign_in after-restore
focus_window "$wid" || fail "could not focus window $wid"
xdotool key ctrl+s
for _ in $(seq 1 20); do grep -q 'dateTime="2026-02-24T11:15:00"' "$demo_copy/clients/CL-0417/sessions/03-plan.xmi" && break; sleep 0.5; done
grep -q 'dateTime="2026-02-24T11:15:00"' "$demo_copy/clients/CL-0417/sessions/03-plan.xmi" || fail "the restored edit was not saved"
for _ in $(seq 1 10); do [ -f "$recovery" ] || break; sleep 0.5; done   # the copy goes right after the file is written
[ -f "$recovery" ] && fail "saving the restored document left its recovery copy"
quit crash-restart
[ -d "$demo_copy/.recovery" ] && fail "a clean exit left recovery data"
no_errors_in_log crash-restart
echo "crash recovery: restored after kill -9, saved, clean exit left no recovery data"
EXTRA_VM_ARGS=""

# One installation for every user of a workstation, read-only (as root in /opt): another user, who
# can write nothing in it, starts the workbench and gets the demo casebook copied into their own
# home, runs a headless command, and leaves the installation exactly as it was.
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1 && command -v setpriv >/dev/null; then
  # under /tmp, which every account can reach whatever the permissions of the build's own folders
  shared_root=$(mktemp -d /tmp/rapport-shared.XXXXXX); chmod 755 "$shared_root"
  shared="$shared_root/opt/rapport"
  mkdir -p "$(dirname "$shared")"; cp -a "$install" "$shared"; chown -R root:root "$shared_root/opt"; chmod -R go-w "$shared_root/opt"
  user_home="$shared_root/home"; mkdir -p "$user_home"; chown nobody "$user_home"
  cp "${XAUTHORITY:-/dev/null}" "$user_home/.Xauthority" 2>/dev/null || true; chown nobody "$user_home/.Xauthority" 2>/dev/null || true
  as_user() { setpriv --reuid=nobody --regid=nogroup --clear-groups env -i HOME="$user_home" PATH=/usr/bin:/bin DISPLAY="$DISPLAY" \
    XAUTHORITY="$user_home/.Xauthority" RAPPORT_VM_ARGS="-Duser.home=$user_home" "$@"; }
  shared_before=$(find "$shared" -exec stat -c '%n %s %Y' {} + | sort)
  as_user "$shared/rapport" check "$shared/seeds/demo-casebook" >"$work/shared-check.out" 2>&1 \
    || { cat "$work/shared-check.out" >&2; fail "rapport check as another user of the shared installation failed"; }
  (cd "$user_home" && as_user "$shared/rapport" >"$work/shared-start.out" 2>&1) &
  pid=$!
  for _ in $(seq 1 120); do [ -f "$user_home/.rapport/casebooks/demo-casebook/.rapport.lock" ] && break; sleep 0.5; done
  [ -f "$user_home/.rapport/casebooks/demo-casebook/casebook.xmi" ] \
    || { cat "$work/shared-start.out" >&2; fail "another user's first start did not copy the demo casebook into their home"; }
  wid=$(main_window 40 || true)
  [ -n "$wid" ] || { cat "$work/shared-start.out" >&2; fail "no window for another user of the shared installation"; }
  sign_in shared-installation
  quit shared-installation
  [ "$shared_before" = "$(find "$shared" -exec stat -c '%n %s %Y' {} + | sort)" ] || fail "another user's run wrote into the shared installation"
  echo "shared installation: read-only for user nobody, demo casebook in their home, installation unchanged"
  rm -rf "$shared_root"
else
  echo "shared installation: not tried (it needs root, a user 'nobody' and setpriv, to run as someone who cannot write)"
fi

echo "archive sizes:"; ls -l "$(dirname "$archive")" | awk 'NR>1 {printf "  %6.1f MB  %s\n", $5/1048576, $9}'
echo "bundled runtime: $(du -sh "$install/jre" | cut -f1); bundles: $(ls "$install/plugins" | wc -l)"
echo "PRODUCT SMOKE TEST PASSED"
