# shellcheck shell=bash
# tests/ui/xvfb.sh: sourced by the tests that drive a real window (tests/ui/e2e*.sh,
# tests/lrs/window.sh): a display, and reading what the window drew from the
# file it writes under RAPPORT_UI_BOXES (one line per box, "screen NAME" first).
#
# e2e_begin BINARY NAME [SHOTS]: the preamble every e2e script had copied.
# Sets BIN (BINARY as an absolute path), WORK (a fresh folder,
# /tmp/rapport-NAME-XXXXXX), APID (the window's pid) and XPID (Xvfb's), both
# empty, and a trap on EXIT INT TERM (e2e_cleanup) that kills whichever of the
# two is set and removes WORK, so a failing or interrupted test leaves no
# window, server or folder behind. With SHOTS: makes that folder and sets
# SHOTS to its absolute path (screenshots are written there).
# shellcheck disable=SC2034 # BIN and SHOTS are for the sourcing script
e2e_begin() {
  BIN=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
  WORK=$(mktemp -d "/tmp/rapport-$2-XXXXXX")
  XPID=
  APID=
  trap e2e_cleanup EXIT INT TERM
  if [ $# -gt 2 ]; then
    mkdir -p "$3"
    SHOTS=$(cd "$3" && pwd)
  fi
}
e2e_cleanup() {
  [ -n "$APID" ] && kill "$APID" 2>/dev/null || true
  [ -n "$XPID" ] && kill "$XPID" 2>/dev/null || true
  rm -rf "$WORK"
}

# e2e_display NAME: start_xvfb with its log in $WORK/xvfb.log, and
# RAPPORT_UI_BOXES exported as $WORK/boxes.txt (the window's frame file).
# When Xvfb does not come up: "NAME: Xvfb did not start", its log, exit 1.
e2e_display() {
  start_xvfb "$WORK/xvfb.log" || { echo "$1: Xvfb did not start"; cat "$WORK/xvfb.log"; exit 1; }
  export RAPPORT_UI_BOXES="$WORK/boxes.txt"
}

# window_id [PID]: prints the id of the visible window named rapport once it
# is mapped (about 60 s at most, less when PID, if given, has died); returns 1
# when none came. It polls rather than use xdotool's --sync, which waits
# forever, and a search that could not reach the display counts as "not yet":
# that happened in a fresh chroot under load ("Can't open display"), and one
# failed search then sent every later key to no window.
window_id() {
  local w i=0
  while [ $i -lt 600 ]; do
    w=$(xdotool search --onlyvisible --name '^rapport$' 2>/dev/null | head -1)
    if [ -n "$w" ]; then
      echo "$w"
      return 0
    fi
    if [ -n "${1:-}" ] && ! kill -0 "$1" 2>/dev/null; then return 1; fi
    sleep 0.1
    i=$((i + 1))
  done
  return 1
}

# start_xvfb LOG: starts Xvfb (1280x800x24, no TCP) on a display it picks
# itself with -displayfd, so tests running in parallel never race for a number,
# exports DISPLAY, sets XPID (the caller kills it on exit) and waits until
# xdotool can talk to it. Returns 1, with Xvfb's log in LOG, when it did not
# come up within about 30 seconds (a hang guard: the wait ends as soon as it
# is up; 5 s was short for a machine busy with a sanitizer build's tests).
start_xvfb() {
  local log=$1 numfile d="" i=0
  numfile=$(mktemp)
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$numfile" >"$log" 2>&1 &
  XPID=$!
  while [ -z "$d" ] && [ $i -lt 300 ]; do
    d=$(tr -dc 0-9 <"$numfile")
    [ -n "$d" ] || sleep 0.1
    i=$((i + 1))
  done
  rm -f "$numfile"
  [ -n "$d" ] || return 1
  export DISPLAY=":$d"
  i=0
  until xdotool getmouselocation >/dev/null 2>&1; do
    i=$((i + 1))
    [ $i -gt 300 ] && return 1
    sleep 0.1
  done
}

# screen: the name of the screen the window drew last.
screen() { sed -n 's/^screen \([a-z]*\).*/\1/p' "$RAPPORT_UI_BOXES" 2>/dev/null; }

# frame_head: the last frame's first line (screen, steps, coach, revealed,
# refusals...).
frame_head() { head -1 "$RAPPORT_UI_BOXES" 2>/dev/null; }
# frame_field NAME: the number after NAME in that line ("steps", "refused"...).
frame_field() { frame_head | sed -n "s/.* $1 \(-*[0-9][0-9]*\).*/\1/p"; }
# changed_from LINE: until the window has drawn a frame whose first line
# differs from LINE (frame_head before an input), that is, until it has acted
# on the key or click just sent: a step, the coach panel, the screen, a
# refused pick. Polls every 50 ms, 1200 times at most: a hang guard.
changed_from() {
  local n=0
  while [ "$(frame_head)" = "$1" ]; do
    n=$((n + 1))
    [ $n -gt 1200 ] && { echo "the window did not act on the last input; last frame:"; cat "$RAPPORT_UI_BOXES"; exit 1; }
    sleep 0.05
  done
}

# boxes_wait REGEX [TRIES [PID]]: until the last frame has a line matching
# REGEX (grep -E), polling every 50 ms, TRIES times (default 600: a hang guard
# of 30 s, since a loaded machine can take seconds to draw; the wait ends as
# soon as the state arrives). With PID, gives up at once when that process
# has ended (a window that died does not cost the whole guard). Returns 1,
# with the last frame on stdout, when it never did.
boxes_wait() {
  local n=0
  until [ -f "$RAPPORT_UI_BOXES" ] && grep -Eq "$1" "$RAPPORT_UI_BOXES"; do
    if [ -n "${3:-}" ] && ! kill -0 "$3" 2>/dev/null; then
      echo "the window (pid $3) ended while waiting for '$1'"
      return 1
    fi
    n=$((n + 1))
    if [ $n -gt "${2:-600}" ]; then
      echo "timed out waiting for '$1'; last frame:"
      cat "$RAPPORT_UI_BOXES" 2>/dev/null || true
      return 1
    fi
    sleep 0.05
  done
}
