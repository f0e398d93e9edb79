#!/usr/bin/env bash
# tests/lrs/offline.sh SOURCE_DIR: the LRS tests on a machine without npm's
# registry (issue 14, item 4: on a fresh machine they once took 171 s and 300 s
# to give up, and scripts/test failed).
#   1. the install step (npm.sh's lrs_npm_install, which scripts/deps runs)
#      against a registry that accepts connections and never answers (the
#      slowest way to be unreachable): it succeeds, installs nothing, and says
#      in one line on stderr that the LRS tests will be skipped and why;
#   2. with the packages absent, run.sh and window.sh exit 77 (skipped) and
#      say why in one SKIP line, without touching the network.
# That neither waits for long is held by this test's CTest TIMEOUT, not by
# measuring time here.
set -u
src=$1
here=$src/tests/lrs
work=$(mktemp -d)
hang_pid=''
cleanup() {
  [ -n "$hang_pid" ] && kill "$hang_pid" 2>/dev/null && wait "$hang_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail=0 n=0
check() { # name, status of the condition
  n=$((n + 1))
  if [ "$2" != 0 ]; then echo "FAIL $1"; fail=$((fail + 1)); else echo "ok   $1"; fi
}

# A "registry" that takes the connection and never says a word. It writes its
# port once it listens, so the test waits for that file, not for time.
python3 - "$work/port" <<'EOF' &
import os, socket, sys
s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen(64)
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write(str(s.getsockname()[1]))
os.rename(sys.argv[1] + ".tmp", sys.argv[1])
held = []
while True:
    held.append(s.accept()[0])
EOF
hang_pid=$!
until [ -s "$work/port" ]; do
  kill -0 "$hang_pid" 2>/dev/null || { echo "FAIL: the silent registry did not start"; exit 1; }
  sleep 0.05
done
export RAPPORT_NPM_CACHE=$work/cache
npm_config_registry=http://127.0.0.1:$(cat "$work/port")/
export npm_config_registry
export npm_config_cache=$work/npm-cache # npm's own cache: nothing of the user's is used

# --- 1. the install step goes on ------------------------------------------------
# shellcheck source=tests/lrs/npm.sh
(. "$here/npm.sh" && lrs_npm_install) >"$work/deps.out" 2>"$work/deps.err"
rc=$?
cat "$work/deps.err"
[ $rc -eq 0 ]; check install_step_succeeds_offline $?
[ ! -s "$work/deps.out" ] && [ "$(grep -c . "$work/deps.err")" = 1 ] &&
  grep -q "LRS tests.*will be skipped" "$work/deps.err" &&
  { grep -q "cannot be reached" "$work/deps.err" || grep -q "npm is not installed" "$work/deps.err"; }
check install_step_says_why_in_one_line $?
[ ! -e "$RAPPORT_NPM_CACHE/lrs/node_modules" ]; check install_step_installs_nothing $?

# --- 2. the tests skip at once, saying why ---------------------------------------
for t in run window; do
  "$here/$t.sh" /bin/false "$src" >"$work/$t.out" 2>&1
  rc=$?
  cat "$work/$t.out"
  # (window.sh may skip earlier, when Xvfb or xdotool is missing: also a reason.)
  [ $rc -eq 77 ] && [ "$(grep -c . "$work/$t.out")" = 1 ] &&
    grep -Eq "^SKIP: (.*scripts/deps installs it|[A-Za-z0-9]+ is needed)" "$work/$t.out"
  check "${t}_sh_skips_saying_why" $?
done

echo "$((n - fail)) passed, $fail failed"
[ $fail -eq 0 ]
