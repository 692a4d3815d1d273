# SPDX-License-Identifier: EPL-2.0
# Window helpers the end-to-end scripts share (sourced, not run). Xvfb has no window manager, so the
# scripts find windows and give them the focus themselves. GTK creates a shell's X window before it
# maps it, and focusing a window that is not yet viewable is an X error (BadMatch): every lookup
# here asks for visible windows only, and focusing waits until the window takes the focus.

# find_window <title regex> <tries> [pid]: prints the first visible window with that title,
# looking every half second; returns 1 when none appeared
find_window() {
  local title=$1 tries=$2 pid=${3:-} w
  for _ in $(seq 1 "$tries"); do
    if [ -n "$pid" ]; then
      w=$(xdotool search --all --onlyvisible --pid "$pid" --name "$title" 2>/dev/null | head -n 1 || true)
    else
      w=$(xdotool search --onlyvisible --name "$title" 2>/dev/null | head -n 1 || true)
    fi
    [ -n "$w" ] && { echo "$w"; return 0; }
    sleep 0.5
  done
  return 1
}

# main_window <tries> [pid]: the product's main shell, the visible one titled Rapport that is wider
# than the hidden helper shells e4 also titles Rapport
main_window() {
  local tries=$1 pid=${2:-} w width
  for _ in $(seq 1 "$tries"); do
    local found
    if [ -n "$pid" ]; then
      found=$(xdotool search --all --onlyvisible --pid "$pid" --name '^Rapport( |$)' 2>/dev/null || true)
    else
      found=$(xdotool search --onlyvisible --name '^Rapport( |$)' 2>/dev/null || true)
    fi
    for w in $found; do
      width=$(xdotool getwindowgeometry "$w" 2>/dev/null | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')
      [ "${width:-0}" -ge 400 ] && { echo "$w"; return 0; }
    done
    sleep 0.5
  done
  return 1
}

# focus_window <window>: gives it the input focus, trying for up to ten seconds while it is still
# being mapped; returns 1 (with the reason on stderr) when it never took the focus
focus_window() {
  local w=$1
  for _ in $(seq 1 20); do
    if xdotool windowfocus --sync "$w" 2>/dev/null; then sleep 0.3; return 0; fi
    sleep 0.5
  done
  echo "window $w ($(xdotool getwindowname "$w" 2>/dev/null || echo 'gone')) never took the focus" >&2
  return 1
}
