#!/usr/bin/env bash
# e2e_voice.sh RAPPORT_BINARY: reading aloud in the real window (Xvfb,
# xdotool; docs/window.md "Reading aloud"). SDL's disk audio driver writes
# what the window plays to a file, and sox measures it.
#   1. V in a conversation: the setting is saved ("voice": true in the
#      progress file) and the file gets speech (sox: a 50 ms window louder
#      than -30 dB);
#   2. 1 picks a choice while the line is read, V turns reading off (the
#      setting leaves the file), V turns it on again, and Ctrl+Q quits at
#      once with exit code 0 while speech is in flight.
# Waits for states (the frame file, the progress file, the sound file),
# never for time. Exits 77 (skipped) when sox or espeak-ng's data is missing.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
# shellcheck source=../ui/xvfb.sh
. "$ROOT/tests/ui/xvfb.sh"

command -v sox >/dev/null || { echo "e2e_voice: SKIP: sox is not installed"; exit 77; }
if [ -z "${ESPEAK_DATA_PATH:-}" ] && ! ls /usr/lib/*/espeak-ng-data/phontab >/dev/null 2>&1; then
    echo "e2e_voice: SKIP: espeak-ng's voice data is not installed (espeak-ng-data)"
    exit 77
fi

e2e_begin "$1" voice-e2e
fail() {
    echo "e2e_voice: $*"
    cat "$WORK/app.log" 2>/dev/null || true
    exit 1
}

e2e_display e2e_voice
export SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE=$WORK/out.raw
export XDG_CONFIG_HOME=$WORK/config
unset SDL_DISKAUDIODELAY # real time

# until CMD succeeds, every 0.1 s, at most TRIES times (default 300)
wait_for() {
    local what=$1 tries=${3:-300} n=0
    until eval "$2"; do
        n=$((n + 1))
        [ $n -gt "$tries" ] && fail "timed out waiting for $what"
        sleep 0.1
    done
}
progress() { cat "$WORK"/data/*.json 2>/dev/null || true; }
loud() { # the sound file has a 50 ms window louder than -30 dB
    [ -s "$WORK/out.raw" ] || return 1
    local pk
    pk=$(sox -t raw -r 22050 -e signed-integer -b 16 -c 1 "$WORK/out.raw" -n stats 2>&1 |
        sed -n 's/^RMS Pk dB *//p')
    [ -n "$pk" ] && [ "$pk" != "-inf" ] && awk -v p="$pk" 'BEGIN { exit !(p > -30) }'
}

"$BIN" play --data-dir "$WORK/data" --player Vee "$ROOT/tests/ui/scenarios/tiny.lua" \
    >"$WORK/app.log" 2>&1 &
APID=$!
boxes_wait '^screen conversation' 200 || fail "no conversation"
WID=$(xdotool search --sync --onlyvisible --name rapport | head -1)
xdotool windowfocus --sync "$WID"

# 1. V: saved, and spoken
xdotool key v
wait_for 'the setting saved' 'progress | grep -q "\"voice\":[[:space:]]*true"'
wait_for 'speech in the sound file' loud
echo "e2e_voice: V saved the setting and the line was spoken"

# 2. a choice while it reads; V off; V on; Ctrl+Q with speech in flight
boxes_wait '^hit CHOOSE 1 ' 200 || fail "no choices"
xdotool key 1
boxes_wait '^screen conversation steps 1 ' 200 || fail "the choice was not taken"
xdotool key v
wait_for 'the setting cleared' '! progress | grep -q "\"voice\""'
xdotool key v
wait_for 'the setting saved again' 'progress | grep -q "\"voice\":[[:space:]]*true"'
xdotool key ctrl+q
n=0
while kill -0 "$APID" 2>/dev/null; do
    n=$((n + 1))
    [ $n -gt 100 ] && fail "the window did not quit within 10 s of Ctrl+Q while speaking"
    sleep 0.1
done
rc=0
wait "$APID" || rc=$?
APID=
[ "$rc" = 0 ] || fail "exit code $rc after Ctrl+Q"
echo "e2e_voice: a choice, V off and on, Ctrl+Q while speaking: exit 0"
