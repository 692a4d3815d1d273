#!/bin/bash
# SPDX-License-Identifier: EPL-2.0
# Institution extension, end to end, on the built product (run by ./mvnw verify after the smoke test):
# unpack the Linux archive; install the example institution's extension from its zip with the
# network cut off (a network namespace of our own when the kernel allows one); check with the
# headless commands that its catalogue entries, its rule and its exporter are active; refuse a
# damaged archive and one that does not fit, leaving the installation as it was; uninstall and
# check that they are gone. Then the window: Help > Install Extension from Archive, the file typed
# into the platform's dialog, Install, Restart Now, a plan in the restarted product (screenshot);
# Help > Installed Extensions, Remove, Restart Now, and the product without it.
# usage: extension-e2e.sh <rapport-linux.gtk.x86_64.tar.gz> <extension.zip> <work-folder>
set -euo pipefail
archive=${1:?archive}; extension=${2:?extension zip}; work=${3:?work folder}
fail() {
  [ -n "${DISPLAY:-}" ] && [ -n "$pid" ] && import -window root "$work/failed.png" 2>/dev/null && echo "screen: $work/failed.png" >&2
  echo "EXTENSION TEST FAILED: $*" >&2; exit 1
}
pid=""
stop_product() { if [ -n "$pid" ]; then pkill -9 -P "$pid" 2>/dev/null || true; kill -9 "$pid" 2>/dev/null || true; fi; }
trap stop_product EXIT
[ -f "$extension" ] || fail "no extension archive at $extension"

rm -rf "$work"; mkdir -p "$work/home"
tar -xzf "$archive" -C "$work"
install="$work/rapport"
headless() { env -u JAVA_HOME -u DISPLAY HOME="$work/home" PATH=/usr/bin:/bin RAPPORT_VM_ARGS="-Duser.home=$work/home" "$install/rapport" "$@"; }
# offline <command>: with no network at all when user namespaces allow it, else as it is (our p2
# transport refuses anything but local files either way)
if unshare -rn true 2>/dev/null; then
  offline() { unshare -rn env -u JAVA_HOME -u DISPLAY HOME="$work/home" PATH=/usr/bin:/bin RAPPORT_VM_ARGS="-Duser.home=$work/home" "$install/rapport" "$@"; }
  network="in a network namespace with no network"
else
  offline() { headless "$@"; }
  network="with the network present (no user namespaces here) but unused"
fi
state() { (cd "$install" && cat configuration/org.eclipse.equinox.simpleconfigurator/bundles.info && ls plugins features && headless installed-extensions); }
cp -r "$install/seeds/demo-casebook" "$work/casebook"
# one plan that names no risk, for the example's rule to find (every demo plan names one), and
# that plans to practise the example's two techniques, which only its catalogue knows
plan="$work/casebook/clients/CL-0417/sessions/03-plan.xmi"
sed -i '/<risks /d; s/techniqueId="validating-statements"/techniqueId="northbridge.silence"/; s/techniqueId="summarising"/techniqueId="northbridge.immediacy"/' "$plan"
grep -q 'northbridge.immediacy' "$plan" || fail "the demo plan CL-0417/03 is not as this test expects"

# before: nothing of the example is active
headless extensions >"$work/extensions-before.out" 2>&1 || true
grep -q northbridge "$work/extensions-before.out" && { cat "$work/extensions-before.out" >&2; fail "the example is active before it was installed"; }
headless check "$work/casebook" >"$work/check-before.out" 2>&1 || true
grep -q '03-plan.xmi:[0-9]*: warning: .*risk' "$work/check-before.out" && fail "the example's rule runs before it was installed"
grep -q "technique 'northbridge.silence' is not in the catalogue" "$work/check-before.out" \
  || { cat "$work/check-before.out" >&2; fail "before installing, rapport check should not know the example's technique"; }

# a damaged archive and one that does not fit: clear messages, nothing changed
before=$(state)
head -c 4000 /dev/urandom >"$work/damaged.zip"
status=0; offline install-extension "$work/damaged.zip" >"$work/damaged.out" 2>&1 || status=$?
[ "$status" = 1 ] || { cat "$work/damaged.out" >&2; fail "a damaged archive gave status $status, not 1"; }
grep -q 'not a readable zip archive' "$work/damaged.out" || { cat "$work/damaged.out" >&2; fail "a damaged archive was not explained"; }
mkdir -p "$work/misfit"
cat >"$work/misfit/content.xml" <<'XML'
<?xml version='1.0' encoding='UTF-8'?>
<?metadataRepository version='1.2.0'?>
<repository name='Misfit' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
  <units size='1'>
    <unit id='org.example.misfit.feature.group' version='1.0.0'>
      <properties size='2'>
        <property name='org.eclipse.equinox.p2.name' value='Misfit Clinic'/>
        <property name='org.eclipse.equinox.p2.type.group' value='true'/>
      </properties>
      <provides size='1'><provided namespace='org.eclipse.equinox.p2.iu' name='org.example.misfit.feature.group' version='1.0.0'/></provides>
      <requires size='1'><required namespace='osgi.bundle' name='org.rapport.extension' range='[9.0.0,10.0.0)'/></requires>
      <touchpoint id='null' version='0.0.0'/>
    </unit>
  </units>
</repository>
XML
cat >"$work/misfit/artifacts.xml" <<'XML'
<?xml version='1.0' encoding='UTF-8'?>
<?artifactRepository version='1.1.0'?>
<repository name='Misfit' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>
  <artifacts size='0'/>
</repository>
XML
(cd "$work/misfit" && "${JAVA_HOME:?JAVA_HOME names the JDK that builds}/bin/jar" --create --no-manifest --file "$work/misfit.zip" .)
status=0; offline install-extension "$work/misfit.zip" >"$work/misfit.out" 2>&1 || status=$?
[ "$status" = 1 ] || { cat "$work/misfit.out" >&2; fail "an archive that does not fit gave status $status, not 1"; }
grep -q 'Misfit Clinic cannot be installed' "$work/misfit.out" && grep -q 'org.rapport.extension' "$work/misfit.out" \
  || { cat "$work/misfit.out" >&2; fail "an archive that does not fit was not explained"; }
[ "$before" = "$(state)" ] || fail "a refused archive changed the installation"
echo "refused: $(head -n 1 "$work/damaged.out")"
echo "refused: $(head -n 2 "$work/misfit.out" | tr '\n' ' ')"

# install, offline
offline install-extension "$extension" >"$work/install.out" 2>&1 || { cat "$work/install.out" >&2; fail "installing the example failed"; }
echo "installed $network:"; sed 's/^/  /' "$work/install.out"
headless installed-extensions | grep -q 'Northbridge' || fail "the example is not listed as installed"
headless extensions >"$work/extensions.out" 2>&1 || { cat "$work/extensions.out" >&2; fail "rapport extensions reports problems with the example"; }
for expected in 'catalogue.northbridge/northbridge.catalogue' 'instrument-wording.northbridge/northbridge.pulse' \
    'rule.northbridge/plan-names-a-risk' 'exporter.northbridge/sessions-csv' 'programme.northbridge/first-year-placement'; do
  grep -q "$expected" "$work/extensions.out" || { cat "$work/extensions.out" >&2; fail "$expected is not active after installing"; }
done
echo "active after installing:"; sed 's/^/  /' "$work/extensions.out"
status=0; headless check "$work/casebook" >"$work/check.out" 2>&1 || status=$?
grep -q '^clients/CL-0417/sessions/03-plan.xmi:[0-9]*: warning: .*risk' "$work/check.out" \
  || { cat "$work/check.out" >&2; fail "the example's rule did not find the plan that names no risk"; }
echo "rule: $(grep -m 1 '03-plan.xmi.*risk' "$work/check.out")"
grep -q "northbridge.silence' is not in the catalogue\|northbridge.immediacy' is not in the catalogue" "$work/check.out" \
  && { cat "$work/check.out" >&2; fail "the example's techniques are not in the catalogue after installing"; }
echo "techniques: northbridge.silence and northbridge.immediacy are in the catalogue rapport check uses"
headless export "$work/casebook" northbridge/sessions-csv "$work/sessions.csv" >"$work/export.out" 2>&1 \
  || { cat "$work/export.out" >&2; fail "the example's exporter failed"; }
grep -q 'CL-0417' "$work/sessions.csv" || { cat "$work/sessions.csv" >&2; fail "the exported CSV has no session of CL-0417"; }
echo "exporter: $(wc -l <"$work/sessions.csv") lines in $work/sessions.csv"

# uninstall: gone again
offline uninstall-extension org.rapport.institution.example.feature >"$work/uninstall.out" 2>&1 \
  || { cat "$work/uninstall.out" >&2; fail "removing the example failed"; }
headless installed-extensions | grep -q 'Northbridge' && fail "the example is still listed after removing it"
# p2 keeps the bundles of the running framework, so the jar goes at the next command, run without it
ls "$install/plugins" | grep -q 'org.rapport.institution.example' && fail "the example's jar was left in plugins/ after removing it"
headless extensions >"$work/extensions-after.out" 2>&1 || true
grep -q northbridge "$work/extensions-after.out" && { cat "$work/extensions-after.out" >&2; fail "the example is still active after removing it"; }
headless check "$work/casebook" >"$work/check-after.out" 2>&1 || true
grep -q '03-plan.xmi:[0-9]*: warning: .*risk' "$work/check-after.out" && fail "the example's rule still runs after removing it"
grep -q "technique 'northbridge.silence' is not in the catalogue" "$work/check-after.out" || fail "the example's techniques are still known after removing it"
echo "removed: $(tail -n 1 "$work/uninstall.out")"

# The window, as a new user: Help > Install Extension from Archive, the zip typed into the file
# dialog, Install, Restart Now; the restarted product has the extension.
if [ -z "${DISPLAY:-}" ] || ! command -v xdotool >/dev/null; then
  echo "no X display or xdotool: the installation through the window was not tried"
else
  . "$(dirname "$0")/x11.sh"
  focus() { focus_window "$1" || fail "could not give window $1 the focus"; }
  # opening the casebook asks who signs in: the demo trainee, with the passphrase seeds/README.md gives
  sign_in() {
    signin=$(find_window '^Sign In ?$' 40) || { import -window root "$work/no-sign-in.png" 2>/dev/null || true; fail "the product did not ask who signs in"; }
    focus "$signin"; xdotool type --delay 20 "fairweather demo 2026"; xdotool key Return
    gone "$signin" || fail "the Sign In dialog did not close"
  }
  # the dialogs share one title, so wait for each to close before looking for the next
  # (GTK may keep a closed dialog's window unmapped, so "gone" means no longer visible)
  gone() { for _ in $(seq 1 60); do xdotool search --onlyvisible --name '.' 2>/dev/null | grep -qx "$1" || return 0; sleep 0.5; done; return 1; }
  (cd "$work" && env -u JAVA_HOME HOME="$work/home" PATH=/usr/bin:/bin RAPPORT_VM_ARGS="-Duser.home=$work/home" "$install/rapport" >"$work/window.out" 2>&1) &
  pid=$!
  wid=$(main_window 120) || fail "no main window"
  sign_in
  sleep 3; focus "$wid"
  # F10 opens the menu bar at File; Left wraps round to Help, whose first item is Install Extension
  xdotool key --clearmodifiers F10; sleep 0.7; xdotool key Left; sleep 0.7; xdotool key Down; sleep 0.3; xdotool key Return
  chooser=$(find_window '^Install Extension from Archive ?$' 40) || { import -window root "$work/install-failed.png" 2>/dev/null || true; fail "Help > Install Extension from Archive showed no file dialog"; }
  focus "$chooser"; sleep 0.5
  xdotool key ctrl+l; sleep 0.3; xdotool type --delay 30 "$extension"; sleep 1; xdotool key Return
  # the location field may take the first Enter for its completion; then a second opens the file
  sleep 2; xdotool search --onlyvisible --name '.' 2>/dev/null | grep -qx "$chooser" && { focus "$chooser"; xdotool key Return; }
  gone "$chooser" || fail "the file dialog did not close"
  # the dialog that says what will be installed: its default button is Install
  confirm=$(find_window '^Install Extension from Archive ?$' 40) || fail "no confirmation of what will be installed"
  import -window root "$work/install-confirm.png" 2>/dev/null || true
  focus "$confirm"; xdotool key Return
  gone "$confirm" || fail "the confirmation did not close"
  restart=$(find_window '^Install Extension from Archive ?$' 60) || fail "no offer to restart after installing"
  sleep 1; import -window root "$work/install-restart.png" 2>/dev/null || true
  # the user's demo casebook (copied at the first start): a plan that names no risk, for the rule
  sed -i '/<risks /d' "$work/home/.rapport/casebooks/demo-casebook/clients/CL-0417/sessions/03-plan.xmi"
  focus "$restart"; xdotool key Return
  # the start script starts the product again (exit status 23); wait for the old window to go
  for _ in $(seq 1 60); do xdotool getwindowname "$wid" >/dev/null 2>&1 || break; sleep 0.5; done
  wid=$(main_window 120) || { cat "$work/window.out" >&2; fail "the product did not come back after Restart Now"; }
  sign_in
  kill -0 "$pid" || fail "the start script ended instead of restarting"
  headless installed-extensions | grep -q 'Northbridge' || fail "installing through the window did not install the example"
  grep -q 'org.rapport.institution.example' "$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
    || fail "the example's bundle is not in the restarted configuration"
  # CL-0417's third plan, opened from the explorer with the keyboard: the rule's warning in Problems
  sleep 3; focus "$wid"
  xdotool key --delay 250 Right Down Down Down Down Right Down; sleep 0.5; xdotool key Return
  sleep 4; import -window root "$work/restarted-plan.png" 2>/dev/null || true
  # Help > Installed Extensions: Remove (the first and only row), Remove, Restart Now
  focus "$wid"; xdotool key --clearmodifiers F10; sleep 0.7; xdotool key Left; sleep 0.7; xdotool key Down Down; sleep 0.3; xdotool key Return
  list=$(find_window '^Installed Extensions ?$' 40) || fail "Help > Installed Extensions showed nothing"
  sleep 1; import -window root "$work/installed-extensions.png" 2>/dev/null || true
  focus "$list"; xdotool key --clearmodifiers alt+r
  gone "$list" || fail "Remove did not close the list"
  confirm=$(find_window '^Installed Extensions ?$' 40) || fail "no confirmation of what will be removed"
  focus "$confirm"; xdotool key Return
  gone "$confirm" || fail "the confirmation did not close"
  restart=$(find_window '^Installed Extensions ?$' 60) || fail "no offer to restart after removing"
  focus "$restart"; xdotool key Return
  # the open plan is unchanged, so Restart Now asks nothing more
  for _ in $(seq 1 60); do xdotool getwindowname "$wid" >/dev/null 2>&1 || break; sleep 0.5; done
  wid=$(main_window 120) || { cat "$work/window.out" >&2; fail "the product did not come back after removing the example"; }
  sign_in
  headless installed-extensions | grep -q 'Northbridge' && fail "removing through the window left the example installed"
  grep -q 'org.rapport.institution.example' "$install/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" \
    && fail "the example's bundle is still in the configuration after removing it"
  sleep 3; focus "$wid"; xdotool key --clearmodifiers ctrl+q
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && fail "still running 30 s after Ctrl+Q"
  log="$work/home/.rapport/workspace/.metadata/.log"
  if [ -f "$log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then cat "$log" >&2; fail "the workspace log has errors"; fi
  echo "window: installed through Help > Install Extension from Archive, restarted with the example, removed through"
  echo "  Help > Installed Extensions, restarted without it (screens in $work)"
fi
# An administrator installs the extension once, as root, into an installation shared read-only by
# every user of the workstation; another user, who can write nothing there, then has it too.
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1 && command -v setpriv >/dev/null; then
  # under /tmp, which every account can reach whatever the permissions of the build's own folders
  shared_root=$(mktemp -d /tmp/rapport-shared.XXXXXX); chmod 755 "$shared_root"
  shared="$shared_root/opt/rapport"
  mkdir -p "$shared_root/opt"; tar -xzf "$archive" -C "$shared_root/opt"
  chown -R root:root "$shared_root/opt"; chmod -R go-w "$shared_root/opt"
  user_home="$shared_root/home"; mkdir -p "$user_home"; chown nobody "$user_home"
  as_user() { setpriv --reuid=nobody --regid=nogroup --clear-groups env -i HOME="$user_home" PATH=/usr/bin:/bin \
    RAPPORT_VM_ARGS="-Duser.home=$user_home" "$shared/rapport" "$@"; }
  env -u JAVA_HOME -u DISPLAY HOME="$work/home" PATH=/usr/bin:/bin "$shared/rapport" install-extension "$extension" \
    >"$work/shared-install.out" 2>&1 || { cat "$work/shared-install.out" >&2; fail "root could not install the example into the shared installation"; }
  as_user installed-extensions >"$work/shared-installed.out" 2>&1 || { cat "$work/shared-installed.out" >&2; fail "another user could not list the extensions"; }
  grep -q 'Northbridge' "$work/shared-installed.out" || { cat "$work/shared-installed.out" >&2; fail "another user does not see the example as installed"; }
  as_user extensions >"$work/shared-extensions.out" 2>&1 || { cat "$work/shared-extensions.out" >&2; fail "rapport extensions failed for another user"; }
  grep -q 'northbridge/plan-names-a-risk' "$work/shared-extensions.out" || { cat "$work/shared-extensions.out" >&2; fail "the example's rule is not active for another user"; }
  # the user may not remove it: p2 would record that in a profile of their own and say "Removed"
  status=0; as_user uninstall-extension org.rapport.institution.example.feature >"$work/shared-user-remove.out" 2>&1 || status=$?
  [ "$status" = 1 ] || { cat "$work/shared-user-remove.out" >&2; fail "removing from a shared installation as another user exited with $status, not 1"; }
  grep -q 'which this account cannot change' "$work/shared-user-remove.out" || { cat "$work/shared-user-remove.out" >&2; fail "the refusal does not say why"; }
  as_user installed-extensions | grep -q 'Northbridge' || fail "the example went for another user after a refused removal"
  echo "shared installation: installed by root, active for user nobody, whose removal is refused: $(head -c 120 "$work/shared-user-remove.out")..."
  rm -rf "$shared_root"
else
  echo "shared installation: not tried (it needs root, a user 'nobody' and setpriv)"
fi
echo "EXTENSION TEST PASSED"
