#!/bin/bash
# SPDX-License-Identifier: EPL-2.0
# Lab end-to-end test: two products unpacked side by side, each with a home of its own (the
# trainee's workstation and the supervisor's), share the demo casebook through Debian's git daemon
# on 127.0.0.1. The trainee submits a reflection in one window and syncs; the supervisor syncs,
# approves it in the other window and syncs; the trainee's Sync Now brings the verified approval.
# Then rapport sync is killed with SIGKILL at several moments and run again: nothing is lost.
# Needs an X display (xvfb-run), xdotool, git; 'import' (ImageMagick) for the screenshots.
# usage: lab-e2e.sh <rapport-linux.gtk.x86_64.tar.gz> <work-folder>
set -euo pipefail
archive=${1:?archive}; work=${2:?work folder}
fail() { echo "LAB TEST FAILED: $*" >&2; import -window root "$work/failed.png" 2>/dev/null || true; exit 1; }
pids=()
stop_all() {
  for p in "${pids[@]}"; do pkill -9 -P "$p" 2>/dev/null || true; kill -9 "$p" 2>/dev/null || true; done
  [ -f "$work/git-daemon.pid" ] && kill "$(cat "$work/git-daemon.pid")" 2>/dev/null || true
}
trap stop_all EXIT
[ -n "${DISPLAY:-}" ] || fail "no X display; run under xvfb-run"
for tool in xdotool git; do command -v "$tool" >/dev/null || fail "$tool is missing"; done
. "$(dirname "$0")/x11.sh"

rm -rf "$work"; mkdir -p "$work/srv"
for who in trainee supervisor; do
  mkdir -p "$work/$who/home"
  tar -xzf "$archive" -C "$work/$who"
done
casebook() { echo "$work/$1/home/casebook"; }
headless() {   # <who> <command...>: the headless command of that workstation's installation
  who=$1; shift
  env -u JAVA_HOME -u DISPLAY HOME="$work/$who/home" PATH=/usr/bin:/bin RAPPORT_VM_ARGS="-Duser.home=$work/$who/home" \
    "$work/$who/rapport/rapport" "$@"
}

# the lab's server: a bare repository served by git daemon on a free port of 127.0.0.1
git init -q --bare --initial-branch=main "$work/srv/lab.git"
git --git-dir="$work/srv/lab.git" config daemon.receivepack true
for _ in 1 2 3 4 5; do
  port=$((20000 + RANDOM % 30000))
  /usr/lib/git-core/git-daemon --reuseaddr --listen=127.0.0.1 --port="$port" --base-path="$work/srv" --export-all \
    --enable=receive-pack --detach --pid-file="$work/git-daemon.pid" "$work/srv" 2>"$work/git-daemon.err" || continue
  for _ in $(seq 1 50); do git ls-remote "git://127.0.0.1:$port/lab.git" >/dev/null 2>&1 && break 2; sleep 0.1; done
  kill "$(cat "$work/git-daemon.pid")" 2>/dev/null || true
done
remote="git://127.0.0.1:$port/lab.git"
git ls-remote "$remote" >/dev/null 2>&1 || fail "git daemon did not start ($(cat "$work/git-daemon.err"))"
echo "lab: git daemon (pid $(cat "$work/git-daemon.pid")) serving $remote"
lab_has() {   # <file> <text>: whether the lab's newest version of the file holds the text
  git --git-dir="$work/srv/lab.git" show "main:$1" 2>/dev/null | grep -qF -- "$2"
}

# the trainee finished the demo's draft note (its last stage was empty) and shares the casebook
cp -r "$work/trainee/rapport/seeds/demo-casebook" "$(casebook trainee)"
note=clients/CL-0552/sessions/04-reflection.xmi
sed -i 's|stageId="what-so-what-now-what.now-what" text=""|stageId="what-so-what-now-what.now-what" text="Next time I will agree the agenda with the client at the start and leave room for the card."|' \
  "$(casebook trainee)/$note"
headless trainee share "$(casebook trainee)" "$remote" >"$work/share.out" 2>&1 || { cat "$work/share.out" >&2; fail "rapport share exited with $?"; }
grep -q 'rapport share: In step' "$work/share.out" || { cat "$work/share.out" >&2; fail "rapport share did not end in step"; }
headless supervisor clone "$remote" "$(casebook supervisor)" >"$work/clone.out" 2>&1 || { cat "$work/clone.out" >&2; fail "rapport clone exited with $?"; }
echo "lab: $(tail -n 1 "$work/share.out"); $(tail -n 1 "$work/clone.out")"
# the supervisor signed in on their own workstation before: the sign-in offers them first
prefs="$work/supervisor/home/.rapport/workspace/.metadata/.plugins/org.eclipse.core.runtime/.settings"
mkdir -p "$prefs"; printf 'eclipse.preferences.version=1\nuser.id=P-sup-1\n' > "$prefs/org.rapport.app.prefs"

focus() { focus_window "$1" || fail "could not give window $1 the focus"; }
start() {   # <who> <passphrase> <x>: starts that workstation's workbench on its casebook, signed in, placed at x
  who=$1
  (cd "$work/$who" && env -u JAVA_HOME HOME="$work/$who/home" PATH=/usr/bin:/bin RAPPORT_VM_ARGS="-Duser.home=$work/$who/home" \
    "$work/$who/rapport/rapport" --casebook "$(casebook "$who")" >"$work/$who.out" 2>&1) &
  pids+=($!)
  java=""; wid=""
  for _ in $(seq 1 60); do
    java=$(pgrep -f -n "$work/$who/rapport/jre/bin/java" || true)
    [ -n "$java" ] && wid=$(main_window 1 "$java") && break
    sleep 0.5
  done
  [ -n "$wid" ] || { cat "$work/$who.out" >&2; fail "$who: no window"; }
  pids+=("$java")   # the start script runs Java as its child: stopping the script alone would leave it running
  signin=$(find_window '^Sign In ?$' 40 "$java" || true)
  [ -n "$signin" ] || fail "$who: opening the casebook did not ask who signs in"
  focus "$signin"
  xdotool type --delay 20 "$2"
  for _ in 1 2 3; do   # Return once the dialog has the text; again if a key was lost while it settled
    sleep 0.5; focus "$signin"; xdotool key Return
    for _ in $(seq 1 10); do xdotool getwindowname "$wid" | grep -q "$3" && break 2; sleep 0.5; done
  done
  xdotool getwindowname "$wid" | grep -q "$3" || fail "$who: signing in did not name $3 ($(xdotool getwindowname "$wid"))"
  xdotool windowsize "$wid" 640 1000; xdotool windowmove "$wid" "$4" 0
  eval "wid_$who=$wid; java_$who=$java"
  echo "$who: signed in, window $wid: $(xdotool getwindowname "$wid")"
}
open_note() {   # the explorer from the top: CL-0552 (collapsed first if a refresh left it open), its fourth session, the reflection
  sleep 2   # a sync just ended: let the explorer's refresh finish before walking it
  focus "$1"
  # one key at a time: expanding a row builds its children, and keys sent in one burst overtake it
  # (Down first: in a tree with no row selected, Home selects nothing but Down selects the first row)
  for key in Down Home Left Down Left Right Down Down Down Down Down Right Down Down Return; do xdotool key "$key"; sleep 0.4; done
  sleep 3
}
sync_now() {   # <window> <file> <text>: Ctrl+Alt+Y, until the lab's copy of the file holds the text
  focus "$1"; xdotool key --clearmodifiers ctrl+alt+y
  for _ in $(seq 1 40); do lab_has "$2" "$3" && return 0; sleep 0.5; done
  fail "Sync Now did not bring '$3' of $2 to the lab"
}

start trainee "fairweather demo 2026" "Trainee R. Fairweather" 0
open_note "$wid_trainee"
xdotool key --clearmodifiers alt+v   # Submit for review
for _ in $(seq 1 20); do grep -q 'status="submitted"' "$(casebook trainee)/$note" && break; sleep 0.5; done
grep -q 'status="submitted"' "$(casebook trainee)/$note" || fail "the trainee's Alt+V did not submit the note"
sync_now "$wid_trainee" "$note" 'status="submitted"'
echo "trainee: submitted $note and synced"

start supervisor "hollis demo 2026" "Supervisor M. Hollis" 640
focus "$wid_supervisor"; xdotool key --clearmodifiers ctrl+alt+y
for _ in $(seq 1 40); do grep -q 'status="submitted"' "$(casebook supervisor)/$note" && break; sleep 0.5; done
grep -q 'status="submitted"' "$(casebook supervisor)/$note" || fail "the supervisor's Sync Now did not bring the submitted note"
open_note "$wid_supervisor"
xdotool key --clearmodifiers alt+a   # Approve
for _ in $(seq 1 20); do grep -q 'status="approved"' "$(casebook supervisor)/$note" && break; sleep 0.5; done
grep -q 'status="approved"' "$(casebook supervisor)/$note" || fail "the supervisor's Alt+A did not approve the note"
sync_now "$wid_supervisor" "$note" 'status="approved"'
echo "supervisor: approved $note and synced"

focus "$wid_trainee"; xdotool key --clearmodifiers ctrl+alt+y
for _ in $(seq 1 40); do grep -q 'status="approved"' "$(casebook trainee)/$note" && break; sleep 0.5; done
grep -q 'status="approved"' "$(casebook trainee)/$note" || fail "the trainee's Sync Now did not bring the approval"
sleep 2   # the open editor reads the note again
import -window root "$work/lab-both-windows.png" 2>/dev/null && echo "screenshot: $work/lab-both-windows.png"
for who in trainee supervisor; do
  wid=$(eval echo "\$wid_$who"); focus "$wid"; xdotool key --clearmodifiers ctrl+q
done
for p in "${pids[@]}"; do
  for _ in $(seq 1 60); do kill -0 "$p" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$p" 2>/dev/null && fail "a workbench still runs 30 s after Ctrl+Q"
done
pids=()
for who in trainee supervisor; do
  log="$work/$who/home/.rapport/workspace/.metadata/.log"
  if [ -f "$log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then cat "$log" >&2; fail "$who: the workspace log has errors"; fi
done
headless trainee verify "$(casebook trainee)" >"$work/verify-trainee.out" 2>&1 || { cat "$work/verify-trainee.out" >&2; fail "rapport verify on the trainee's casebook"; }
grep -A4 "^$note:" "$work/verify-trainee.out" | grep -q 'approved by Supervisor M. Hollis (demo).*signature verified' \
  || { cat "$work/verify-trainee.out" >&2; fail "the approval does not verify on the trainee's workstation"; }
echo "trainee: $(grep -A4 "^$note:" "$work/verify-trainee.out" | grep -m1 'approved by')"

# rapport sync killed with SIGKILL at several moments, then run again: it ends in step, nothing is lost
plan="$(casebook supervisor)/clients/CL-0417/sessions/01-plan.xmi"
for delay in 0.5 1.5 2.5 3.5; do
  sed -i "s|materials=\"[^\"]*\"|materials=\"Edited before a sync killed after $delay s\"|" "$plan"
  grep -q "killed after $delay s" "$plan" || fail "the plan has no materials to edit"
  headless supervisor sync "$(casebook supervisor)" >"$work/killed.out" 2>&1 &
  sync_pid=$!
  sleep "$delay"
  pkill -9 -P "$sync_pid" 2>/dev/null || true; kill -9 "$sync_pid" 2>/dev/null || true; wait "$sync_pid" 2>/dev/null || true
  status=0; headless supervisor sync "$(casebook supervisor)" >"$work/after-kill.out" 2>&1 || status=$?
  [ "$status" = 0 ] || { cat "$work/after-kill.out" >&2; fail "rapport sync after a kill at $delay s exited with $status"; }
  lab_has clients/CL-0417/sessions/01-plan.xmi "killed after $delay s" || fail "the edit before the kill at $delay s did not reach the lab"
  echo "kill -9 at $delay s: $(tail -n 1 "$work/after-kill.out")"
done
for who in supervisor trainee; do
  headless "$who" sync "$(casebook "$who")" >"$work/final-$who.out" 2>&1 || { cat "$work/final-$who.out" >&2; fail "$who: the last sync"; }
  headless "$who" check "$(casebook "$who")" >"$work/check-$who.out" 2>&1 || { cat "$work/check-$who.out" >&2; fail "$who: rapport check"; }
  headless "$who" verify "$(casebook "$who")" >"$work/verify-$who.out" 2>&1 || { cat "$work/verify-$who.out" >&2; fail "$who: rapport verify"; }
done
grep -q 'killed after 3.5 s' "$(casebook trainee)/clients/CL-0417/sessions/01-plan.xmi" || fail "the last edit did not reach the trainee"
echo "both workstations: in step, rapport check and rapport verify clean"
echo "LAB TEST PASSED"
