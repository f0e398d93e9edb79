#!/usr/bin/env bash
# tests/faults/run.sh RAPPORT SHIM HAMMER SCENARIO: saves that fail half way.
#
# Each case first records sessions that rapport acknowledged ("Saved to" and
# exit 0), then makes the next save fail: EIO from fsync or ENOSPC from write
# (the LD_PRELOAD shim, with the real binary and with store_hammer), a
# read-only data folder, a full disk (a 64 KiB tmpfs), a read that fails (EIO
# from read, memory running out), and two instances appending at once.
# After each:
#   - the player was told in one line starting "rapport: " what went wrong;
#   - the progress file parses (python's json, independent of rapport) and
#     rapport reads exactly the acknowledged sessions back;
#   - no temporary file is left and nothing was set aside as broken;
#   - the next save, once the fault is gone, works.
# The read-only and disk-full cases need root (a private mount namespace via
# unshare, or dropping to `nobody` for chmod 555); without it they say
# "skipped" and why. Kill -9 during saves is tests/store/kill9.sh.
set -u
bin=$1 shim=$2 hammer=$3 scen=$4
fail=0 n=0 skipped=0
work=$(mktemp -d)
chmod 755 "$work" # `nobody` must reach the read-only case's folder
trap 'rm -rf "$work"' EXIT
player=ana
# A preloaded library must not upset an ASan build's check of its link order.
export ASAN_OPTIONS=${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}verify_asan_link_order=0

ok() { n=$((n + 1)); }
no() { n=$((n + 1)); fail=$((fail + 1)); echo "FAIL $1: $2"; [ -n "${3:-}" ] && head -5 "$3"; }

# One acknowledged session in $1: exit 0 and "Saved to" on stdout.
play_saved() {
  "$bin" play --text --choices 1,1,1 --data-dir "$1" --player "$player" "$scen" >"$work/out" 2>"$work/err" &&
    grep -q '^Saved to ' "$work/out" && [ ! -s "$work/err" ]
}

# The state of data folder $1 after a fault, for a case named $2 that expects
# $3 acknowledged sessions.
check_state() {
  local d=$1 name=$2 want=$3 file=$1/$player.json
  if ! python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$file" 2>/dev/null; then
    no "$name" "$file does not parse as JSON"; return
  fi
  local got
  got=$("$bin" progress --json --data-dir "$d" --player "$player" 2>"$work/perr" |
    python3 -c 'import json, sys; print(len(json.load(sys.stdin)["sessions"]))' 2>/dev/null)
  if [ "$got" != "$want" ] || [ -s "$work/perr" ]; then
    no "$name" "rapport reads ${got:-no} sessions back, want $want" "$work/perr"; return
  fi
  local left
  left=$(find "$d" -name '*.tmp-*' -o -name '*.broken-*' | head -3)
  if [ -n "$left" ]; then no "$name" "left behind: $left"; return; fi
  ok
}

# Exactly one line on stderr, starting "rapport: " and holding $2.
one_line() {
  local name=$1 want=$2
  if [ "$(grep -c . "$work/err")" -ne 1 ] || ! grep -q "^rapport: .*$want" "$work/err"; then
    no "$name" "want one line 'rapport: ...$want...' on stderr" "$work/err"
  else
    ok
  fi
}

with_shim() { # data dir, variable, count, command...
  local d=$1 var=$2 count=$3
  shift 3
  env LD_PRELOAD="$shim" RAPPORT_FAULT_DIR="$(realpath "$d")" "$var=$count" "$@"
}

# ---- EIO on fsync and ENOSPC on write, with the real binary ----
for fault in "RAPPORT_FAULT_FSYNC_AFTER Input/output error" "RAPPORT_FAULT_WRITE_AFTER No space left on device"; do
  var=${fault%% *} why=${fault#* }
  name=play_${var#RAPPORT_FAULT_}
  d=$work/$name
  play_saved "$d" && play_saved "$d" || { no "$name" "setup: a normal save failed" "$work/err"; continue; }
  with_shim "$d" "$var" 0 "$bin" play --text --choices 1,1,1 --data-dir "$d" --player "$player" "$scen" \
    >"$work/out" 2>"$work/err"
  one_line "$name: message" "cannot save progress ($why); the previous save is kept"
  grep -q '^Saved to ' "$work/out" && no "$name" "says 'Saved to' although the save failed"
  check_state "$d" "$name: after the fault" 2
  play_saved "$d" || no "$name" "the next save, without the fault, failed" "$work/err"
  check_state "$d" "$name: next save" 3
  # The same through --json, which prints the result but must still say it.
  with_shim "$d" "$var" 0 "$bin" play --text --choices 1,1,1 --json --data-dir "$d" --player "$player" \
    "$scen" >"$work/out" 2>"$work/err"
  one_line "$name: message with --json" "$why"
  check_state "$d" "$name: after the fault with --json" 3
done

# ---- the same faults under store_hammer, which saves in a loop until one fails ----
for fault in "RAPPORT_FAULT_FSYNC_AFTER 7 Input/output error" "RAPPORT_FAULT_WRITE_AFTER 5 No space left on device"; do
  read -r var count why <<<"$fault"
  name=hammer_${var#RAPPORT_FAULT_}
  d=$work/$name
  mkdir -p "$d"
  with_shim "$d" "$var" "$count" timeout 60 "$hammer" "$d/hammer.json" >"$work/out" 2>"$work/err"
  rc=$?
  if [ $rc -ne 1 ] || [ "$(grep -c . "$work/err")" -ne 1 ] || ! grep -q "$why" "$work/err"; then
    no "$name" "want exit 1 and one line with '$why' (exit $rc)" "$work/err"
  else
    ok
  fi
  # Every save before the fault was acknowledged; the hammer never says how
  # many, so count what is there and check it is whole and at least one.
  saved=$(python3 -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["sessions"]))' "$d/hammer.json" 2>/dev/null)
  if [ -z "$saved" ] || [ "$saved" -lt 1 ]; then
    no "$name" "no readable progress after the fault"
  else
    # The hammer saves under its own player name, which progress reads too.
    player=hammer check_state "$d" "$name: after the fault" "$saved"
  fi
done

# ---- a read-only data folder ----
name=read_only
d=$work/$name
if play_saved "$d"; then
  ro_play() { # runs play with the folder read-only; sets how
    how=
    if [ "$(id -u)" -ne 0 ]; then
      how="chmod 555"
      chmod 555 "$d"
      "$bin" play --text --choices 1,1,1 --data-dir "$d" --player "$player" "$scen" >"$work/out" 2>"$work/err"
      chmod 755 "$d"
      return
    fi
    # As root, permissions do not stop writes: a read-only bind mount in a
    # private mount namespace does, and vanishes with it.
    if unshare -m sh -c 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" "$1"' sh "$d" 2>/dev/null; then
      how="read-only bind mount"
      unshare -m sh -c 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" "$1" && shift && exec "$@"' \
        sh "$d" "$bin" play --text --choices 1,1,1 --data-dir "$d" --player "$player" "$scen" \
        >"$work/out" 2>"$work/err"
      return
    fi
    # No mount namespaces (a container without CAP_SYS_ADMIN): drop to nobody.
    # nobody may not reach the build folder or the checkout (under /root,
    # say), so it runs copies of the binary and the scenario from $work.
    if command -v setpriv >/dev/null && chown -R nobody "$d" 2>/dev/null && chmod 555 "$d" &&
       setpriv --reuid=nobody --regid=nogroup --clear-groups true 2>/dev/null; then
      how="chmod 555 as nobody"
      cp "$bin" "$work/rapport-copy" && cp "$scen" "$work/scenario-copy.lua" &&
        chmod 755 "$work/rapport-copy" && chmod 644 "$work/scenario-copy.lua"
      setpriv --reuid=nobody --regid=nogroup --clear-groups \
        "$work/rapport-copy" play --text --choices 1,1,1 --data-dir "$d" --player "$player" \
        "$work/scenario-copy.lua" >"$work/out" 2>"$work/err"
      chmod 755 "$d"
      chown -R "$(id -u)" "$d"
    fi
  }
  ro_play
  if [ -z "$how" ]; then
    echo "skipped $name: as root without mount namespaces or setpriv, nothing makes a folder read-only"
    skipped=$((skipped + 1))
  else
    # The message names the reason, and a script sees the failure.
    one_line "$name ($how): message" "cannot save.*\(Read-only file system\|Permission denied\)"
    grep -q '^Saved to ' "$work/out" && no "$name ($how)" "claimed 'Saved to' although the save failed"
    check_state "$d" "$name ($how): after the fault" 1
  fi
else
  no "$name" "setup: a normal save failed" "$work/err"
fi

# ---- a full disk: a 64 KiB tmpfs, in a private mount namespace ----
name=disk_full
d=$work/$name
mkdir -p "$d"
if [ "$(id -u)" -eq 0 ] && unshare -m sh -c 'mount -t tmpfs -o size=64k tmpfs "$1"' sh "$d" 2>/dev/null; then
  # Everything that must see the tmpfs runs inside the namespace; it reports
  # back through files in $work, outside the mount.
  export bin scen player work
  unshare -m bash -c '
    d=$1
    mount -t tmpfs -o size=64k tmpfs "$d" || exit 3
    "$bin" play --text --choices 1,1,1 --data-dir "$d" --player "$player" "$scen" >"$work/out1" 2>&1 || exit 4
    grep -q "^Saved to " "$work/out1" || exit 4
    dd if=/dev/zero of="$d/filler" bs=1k count=128 2>/dev/null # fills what is left
    "$bin" play --text --choices 1,1,1 --data-dir "$d" --player "$player" "$scen" >"$work/out" 2>"$work/err"
    rm -f "$d/filler"
    cp -a "$d" "$work/disk_full_copy"   # what the tmpfs held, for the checks outside
  ' bash "$d"
  rc=$?
  if [ $rc -ne 0 ]; then
    no "$name" "setup inside the namespace failed (step $rc)" "$work/out1"
  else
    one_line "$name: message" "cannot save progress (No space left on device); the previous save is kept"
    check_state "$work/disk_full_copy" "$name: after the fault" 1
  fi
else
  echo "skipped $name: needs root and mount namespaces (unshare -m) for a tiny tmpfs"
  skipped=$((skipped + 1))
fi

# ---- a hostile scenario cannot reach the progress file ----
# Node ids and tags are saved with each session; a file that st_parse would
# refuse sets the whole history aside. The loader refuses such scenarios, so
# the play fails and the progress stays as it was.
name=hostile_text
d=$work/$name
hostile=$(dirname "$0")/../hostile
if play_saved "$d"; then
  for f in bad_utf8_node_id bad_utf8_tag; do
    "$bin" play --text --choices 1 --data-dir "$d" --player "$player" "$hostile/$f.lua" >"$work/out" 2>"$work/err"
    rc=$?
    [ $rc -eq 1 ] && grep -q 'UTF-8' "$work/err" && ok || no "$name: $f" "want exit 1 and a UTF-8 error (exit $rc)" "$work/err"
  done
  check_state "$d" "$name: after the hostile files" 1
else
  no "$name" "setup: a normal save failed" "$work/err"
fi

# ---- a player name that is not UTF-8 ----
# A Latin-1 terminal or a spreadsheet export: such a name would be written into
# the progress file, which the next load would refuse and set aside, so every
# session would hide the one before. It is refused up front, and the store
# itself never writes what it would not read back.
name=latin1_player
d=$work/$name
if play_saved "$d"; then
  "$bin" play --text --choices 1,1,1 --data-dir "$d" --player "$(printf 'caf\351')" "$scen" \
    >"$work/out" 2>"$work/err"
  rc=$?
  if [ $rc -eq 0 ]; then
    no "$name" "a name that is not UTF-8 was accepted"
  else
    one_line "$name: message" "not UTF-8"
  fi
  RAPPORT_PLAYER=$(printf 'caf\351') USER=$player "$bin" play --text --choices 1,1,1 --data-dir "$d" "$scen" \
    >"$work/out" 2>"$work/err" || no "$name" "RAPPORT_PLAYER not UTF-8: did not fall back to USER" "$work/err"
  check_state "$d" "$name: after it" 2
else
  no "$name" "setup: a normal save failed" "$work/err"
fi

# ---- a read that fails: EIO from read, or memory running out ----
# A good progress file that cannot be read this time is an I/O error: the
# command says so and fails, and the file is neither set aside nor changed
# (issue 21: a failed realloc or read used to look like a short file, which
# st_load then set aside as broken).
name=read_EIO
d=$work/$name
if play_saved "$d" && play_saved "$d"; then
  cp "$d/$player.json" "$work/before.json"
  with_shim "$d" RAPPORT_FAULT_READ_AFTER 0 "$bin" progress --data-dir "$d" --player "$player" \
    >"$work/out" 2>"$work/err"
  rc=$?
  [ $rc -eq 1 ] || no "$name" "progress exits $rc, want 1"
  one_line "$name: progress" "cannot read .*Input/output error"
  with_shim "$d" RAPPORT_FAULT_READ_AFTER 0 "$bin" play --text --choices 1,1,1 --data-dir "$d" \
    --player "$player" "$scen" >"$work/out" 2>"$work/err"
  one_line "$name: play" "cannot read .*Input/output error"
  grep -q '^Saved to ' "$work/out" && no "$name" "says 'Saved to' although the file could not be read"
  cmp -s "$work/before.json" "$d/$player.json" || no "$name" "the file changed"
  check_state "$d" "$name: after the fault" 2
else
  no "$name" "setup: a normal save failed" "$work/err"
fi

name=read_ENOMEM
d=$work/$name
if play_saved "$d"; then
  # A good file of about 2 MiB: the acknowledged session, many times over.
  python3 - "$d/$player.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d["sessions"] = [dict(d["sessions"][0], attempt=i + 1) for i in range(1500)]
json.dump(d, open(sys.argv[1], "w"), indent=1)
PY
  cp "$d/$player.json" "$work/before.json"
  # Nothing else in `progress` asks for a megabyte at once.
  env LD_PRELOAD="$shim" RAPPORT_FAULT_ALLOC_OVER=1000000 "$bin" progress --data-dir "$d" \
    --player "$player" >"$work/out" 2>"$work/err"
  rc=$?
  [ $rc -eq 1 ] || no "$name" "progress exits $rc, want 1"
  one_line "$name: progress" "cannot read .*Cannot allocate memory"
  cmp -s "$work/before.json" "$d/$player.json" || no "$name" "the file changed"
  check_state "$d" "$name: after the fault" 1500
else
  no "$name" "setup: a normal save failed" "$work/err"
fi

# ---- two instances appending to the same player's file at once ----
name=two_instances
d=$work/$name
rounds=8
for who in a b; do
  (
    for i in $(seq 1 $rounds); do
      "$bin" play --text --choices 1,1,1 --data-dir "$d" --player "$player" "$scen" >"$work/two_$who.$i" 2>&1 &&
        grep -q '^Saved to ' "$work/two_$who.$i" || echo "$who $i" >>"$work/two_failed"
    done
  ) &
done
wait
if [ -s "$work/two_failed" ]; then
  no "$name" "some saves were not acknowledged: $(tr '\n' ' ' <"$work/two_failed")"
else
  check_state "$d" "$name: both instances' sessions" $((2 * rounds))
fi

echo "$((n - fail)) passed, $fail failed${skipped:+, $skipped skipped}"
[ $fail -eq 0 ]
