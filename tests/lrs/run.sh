#!/usr/bin/env bash
# tests/lrs/run.sh RAPPORT SOURCE_DIR: rapport's xAPI client against a real
# Learning Record Store (Learning Locker's statements service, in memory) on a
# free loopback port, started and stopped here. Covers: configuration
# permissions; the LRS down, then up (every statement arrives exactly once,
# backoff recorded); statements read back and compared field by field; a
# statement the LRS rejects is reported and blocks nothing; wrong credentials;
# kill -9 during sync; xapi-validation on everything; anonymised export; the
# password in no output, log or file.
#
# The npm packages are installed by scripts/deps into
# $XDG_CACHE_HOME/rapport-test/lrs (override: RAPPORT_NPM_CACHE); this test
# installs nothing. Exit 77 (skipped, saying why) when node or they are missing.
set -u
bin=$1 src=$2
here=$src/tests/lrs
# The npm packages, installed by scripts/deps (npm.sh): exit 77 without them.
. "$here/npm.sh"
lrs_npm_need || exit $?

work=$(mktemp -d)
lrs_pid='' auth_pid='' proxy_pid=''
cleanup() {
  [ -n "$proxy_pid" ] && kill "$proxy_pid" 2>/dev/null && wait "$proxy_pid" 2>/dev/null
  [ -n "$lrs_pid" ] && kill "$lrs_pid" 2>/dev/null && wait "$lrs_pid" 2>/dev/null
  [ -n "$auth_pid" ] && kill "$auth_pid" 2>/dev/null && wait "$auth_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
unset RAPPORT_TEST_XAPI_BAD_VERB RAPPORT_PLAYER
data=$XDG_DATA_HOME/rapport conf=$XDG_CONFIG_HOME/rapport/lrs.json
fixture=$src/tests/golden/fixture.lua grades=$here/grades.lua
PW='Pw-7f3a9c-never-print' KEY='rapport-test-key' REG='6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b'
printf '%s\n' "$PW" >"$work/pw"
printf 'wrong-%s\n' "$PW" >"$work/pw-wrong"
version=$("$bin" --version | cut -d' ' -f2)

fail=0 n=0
check() { # name, status of the condition
  n=$((n + 1))
  if [ "$2" != 0 ]; then echo "FAIL $1"; fail=$((fail + 1)); else echo "ok   $1"; fi
}
# rr NAME ARGS...: runs rapport, keeping stdout, stderr and the status; every
# output also goes to all.log, which is searched for the password at the end.
rc=0
rr() {
  local name=$1
  shift
  "$bin" "$@" >"$work/$name.out" 2>"$work/$name.err"
  rc=$?
  { echo "== $name: rapport $* (rc $rc)"; cat "$work/$name.out" "$work/$name.err"; } >>"$work/all.log"
}
py() { python3 "$here/check.py" "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port) aport=$(free_port)
url=http://127.0.0.1:$port/xAPI/

start_lrs() {
  mkdir -p "$work/lrs"
  # The LRS keeps access logs under its working folder; they are searched too.
  (cd "$work/lrs" && AUTH_REPO=fetch LL_CLIENT_INFO_ENDPOINT=http://127.0.0.1:$aport/auth \
    EVENTS_REPO=test MODELS_REPO=memory STORAGE_REPO=memory EXPRESS_PORT=$port \
    exec node "$LRS_NODE_MODULES/xapi-statements/dist/server.js") >>"$work/lrs.log" 2>&1 &
  lrs_pid=$!
  for _ in $(seq 1 120); do
    python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' \
      "http://127.0.0.1:$port/xAPI/about" 2>/dev/null && return 0
    sleep 0.25
  done
  echo "FAIL: the LRS did not start; its log:"
  cat "$work/lrs.log"
  exit 1
}
fetch() { py fetch "$url" "$KEY" "$work/pw" "$work/$1" >/dev/null; }
play() { # player, scenario, choices
  rr "play-$1" play --text --choices "$3" --player "$1" "$2"
}

python3 "$here/auth.py" "$aport" "$KEY:$PW" &
auth_pid=$!

# --- configuration ---------------------------------------------------------
rr noconf sync
[ $rc -eq 1 ] && grep -q "no LRS is configured" "$work/noconf.err"; check sync_without_config $?
(umask 000; rr set lrs set --endpoint "$url" --user "$KEY" --password-file "$work/pw" \
  --registration "$REG" --send-choices)
[ "$(stat -c %a "$conf")" = 600 ] && [ "$(stat -c %a "$(dirname "$conf")")" = 700 ]
check config_created_0600_despite_umask $?
rr show lrs show
[ $rc -eq 0 ] && grep -q 'password: *\*\*\*\*\*\*\*\* (set)' "$work/show.out" && grep -q "$REG" "$work/show.out"
check show_masks_password $?
sum=$(md5sum <"$conf")
rr creds lrs set --endpoint "https://u:secret@lrs.example.org/xAPI/"
[ $rc -eq 1 ] && grep -q credentials "$work/creds.err" && [ "$(md5sum <"$conf")" = "$sum" ]
check refuses_credentials_in_url $?
rr plainhttp lrs set --endpoint "http://lrs.example.org/xAPI/"
[ $rc -eq 1 ] && grep -q unencrypted "$work/plainhttp.err" && [ "$(md5sum <"$conf")" = "$sum" ]
check refuses_plain_http_to_another_host $?
chmod 644 "$conf"
rr perm_sync sync
[ $rc -eq 1 ] && grep -q "chmod 600" "$work/perm_sync.err"; check refuses_readable_config_sync $?
rr perm_show lrs show
[ $rc -eq 1 ] && grep -q "other users can read it" "$work/perm_show.err"; check refuses_readable_config_show $?
rr perm_play play --text --choices 2 --player zoltan "$fixture"
[ $rc -eq 0 ] && grep -q "not queued" "$work/perm_play.err" && [ ! -e "$data/zoltan.xapi-queue.json" ]
check play_with_readable_config_queues_nothing $?
chmod 600 "$conf"
rm -f "$data/zoltan.json" "$data/zoltan.json.bak"

# --- the LRS down: sessions queue up, backoff is recorded --------------------
play amara "$fixture" 1,1,1
[ $rc -eq 0 ] && grep -q "cannot reach the LRS" "$work/play-amara.err"; check down_play_still_saves $?
[ "$(py queue "$data/amara.xapi-queue.json" | cut -d' ' -f1-3)" = "pending=6 rejected=0 failures=1" ]
check down_queued_with_one_failure $?
play amara "$fixture" 2
grep -q "waiting until" "$work/play-amara.err" &&
  [ "$(py queue "$data/amara.xapi-queue.json" | cut -d' ' -f1-3)" = "pending=10 rejected=0 failures=1" ]
check automatic_sync_respects_backoff $?
play bongani "$grades" 1
play bongani "$grades" 2
rr sync_down sync
q=$(py queue "$data/amara.xapi-queue.json")
wait_s=${q##*wait=}
[ $rc -eq 1 ] && grep -q "cannot reach the LRS" "$work/sync_down.err" &&
  [ "${q%% wait=*}" = "pending=10 rejected=0 failures=2" ] && [ "$wait_s" -ge 55 ] && [ "$wait_s" -le 77 ]
check explicit_sync_doubles_backoff $?

# --- the LRS up: everything arrives once, field by field ----------------------
start_lrs
rr sync_up sync
[ $rc -eq 0 ] && grep -q "amara.xapi-queue.json: 10 sent, 0 rejected, 0 waiting" "$work/sync_up.out" &&
  grep -q "bongani.xapi-queue.json: 7 sent, 0 rejected, 0 waiting" "$work/sync_up.out"
check up_sync_sends_all $?
[ "$(py queue "$data/amara.xapi-queue.json")" = "pending=0 rejected=0 failures=0 wait=0" ]
check up_queue_empty_backoff_reset $?
: >"$work/rejected.ids"
rr export xapi-export "$data/amara.json" "$data/bongani.json" --send-choices --out "$work/expected.json"
fetch got1.json
py compare "$work/expected.json" "$work/got1.json" "$work/rejected.ids"; check up_exactly_once_field_by_field $?
py semantics "$work/got1.json" "$REG" "$version" "$work/rejected.ids" "$data/amara.json" "$data/bongani.json"
check up_fields_match_progress $?
rr sync_again sync
fetch got2.json
[ $rc -eq 0 ] && grep -q "amara.xapi-queue.json: 0 sent" "$work/sync_again.out" && cmp -s "$work/got1.json" "$work/got2.json"
check sync_again_changes_nothing $?
play amara "$grades" 3
grep -q "Sent 4 learning records" "$work/play-amara.out"; check automatic_sync_when_up $?

# --- a statement the LRS rejects --------------------------------------------
RAPPORT_TEST_XAPI_BAD_VERB=completed rr play-chiara play --text --choices 1,1,1 --player chiara "$fixture"
grep -q "^rejected: completed https://rapport.invalid/scenarios/test.fixture at .*HTTP 400: .*verb.id" "$work/play-chiara.err"
check rejection_shown_after_session $?
play chiara "$grades" 2
grep -q "Sent 4 learning records" "$work/play-chiara.out"; check rejected_blocks_nothing $?
rr sync_rej sync
[ $rc -eq 1 ] && [ "$(grep -c '^rejected' "$work/sync_rej.out")" = 1 ] &&
  grep -q "^rejected earlier: completed .*(statement [0-9a-f-]*): HTTP 400: Problem in 'statements.0.verb.id'" "$work/sync_rej.out" &&
  grep -q "chiara.xapi-queue.json: 0 sent, 1 rejected, 0 waiting" "$work/sync_rej.out"
check sync_lists_rejected_with_reason $?
py rejected "$data/chiara.xapi-queue.json" >"$work/rejected.ids"
python3 -c 'import json,sys; q=json.load(open(sys.argv[1])); json.dump([i["statement"] for i in q["items"]], open(sys.argv[2],"w"))' \
  "$data/chiara.xapi-queue.json" "$work/bad.json"
node "$here/validate.js" "$work/bad.json" >"$work/bad.validate" 2>&1
[ $? -eq 1 ] && grep -q "verb" "$work/bad.validate"; check validator_catches_the_bad_statement $?
rr retry lrs retry-rejected
rr sync_retry sync --player chiara
[ $rc -eq 1 ] && grep -q "1 rejected statement will be sent again" "$work/retry.out" &&
  grep -q "^rejected: completed" "$work/sync_retry.out"
check retry_rejected_sends_again $?

# --- wrong credentials: nothing is marked rejected ----------------------------
rr set_wrong lrs set --password-file "$work/pw-wrong"
play dmitri "$grades" 1
rr sync_wrong sync --player dmitri
[ $rc -eq 1 ] && grep -q "refused the credentials (HTTP 401" "$work/sync_wrong.err" &&
  [ "$(py queue "$data/dmitri.xapi-queue.json" | cut -d' ' -f1-2)" = "pending=3 rejected=0" ]
check wrong_password_keeps_statements_pending $?
rr set_right lrs set --password-file "$work/pw"
rr sync_right sync --player dmitri
[ $rc -eq 0 ] && grep -q "dmitri.xapi-queue.json: 3 sent" "$work/sync_right.out"; check right_password_sends $?

# --- kill -9 during sync: nothing lost, nothing doubled -------------------------
py setconf "$conf" auto_sync=false
for i in $(seq 1 40); do
  case $((i % 4)) in
  0) play esperanza "$fixture" 1,1,1 ;; 1) play esperanza "$fixture" 1,2,1 ;; 2) play esperanza "$fixture" 1,t ;; 3) play esperanza "$grades" 3 ;;
  esac
done
total=$(py queue "$data/esperanza.xapi-queue.json" | sed 's/pending=\([0-9]*\).*/\1/')
[ "$(stat -c %a "$conf")" = 600 ] && [ "$total" -gt 150 ]; check many_queued_without_auto_sync $?
# Each kill lands mid-sync by construction: the sync goes through hold_proxy.py,
# which lets a few statements through, then holds one request open and writes
# DIR/held; the test waits for that file (a state, not a time) and kills the
# client while that request is in flight. Odd rounds hold it after the LRS
# stored it (rapport never heard back and must send it again, stored once),
# even rounds before it reaches the LRS.
mkdir -p "$work/proxy"
python3 "$here/hold_proxy.py" "$work/proxy" "http://127.0.0.1:$port" &
proxy_pid=$!
until [ -s "$work/proxy/port" ]; do
  kill -0 $proxy_pid 2>/dev/null || { echo "FAIL: the holding proxy did not start"; exit 1; }
  sleep 0.05
done
rr set_proxy lrs set --endpoint "http://127.0.0.1:$(cat "$work/proxy/port")/xAPI/"
rounds=8 mid=0 broken=0 before=$total
for k in $(seq 1 $rounds); do
  rm -f "$work/proxy/held"
  mode=forward
  [ $((k % 2)) = 0 ] && mode=drop
  echo "$((k % 3 + 2)) $mode" >"$work/proxy/arm" # hold the 2nd, 3rd or 4th request
  "$bin" sync --player esperanza >/dev/null 2>>"$work/all.log" &
  pid=$!
  until [ -e "$work/proxy/held" ] || ! kill -0 $pid 2>/dev/null; do sleep 0.02; done
  kill -9 $pid 2>/dev/null
  wait $pid 2>/dev/null
  left=$(py queue "$data/esperanza.xapi-queue.json" 2>/dev/null | sed 's/pending=\([0-9]*\).*/\1/')
  [ -z "$left" ] && { broken=1; break; }
  # Mid-sync: the request held was in flight, some were sent, others wait.
  [ -e "$work/proxy/held" ] && [ "$left" -gt 0 ] && [ "$left" -lt "$before" ] && mid=$((mid + 1))
  before=$left
done
kill $proxy_pid 2>/dev/null
wait $proxy_pid 2>/dev/null
rr set_direct lrs set --endpoint "$url"
[ -n "$(find "$data" -name '*broken*')" ] && broken=1
echo "     (killed $mid of $rounds times in the middle of a sync of $total statements)"
[ $broken -eq 0 ] && [ $mid -eq $rounds ]; check kill9_queue_always_readable_and_killed_midway $?
# The odd rounds' held statements reached the LRS before the kill.
[ "$(grep -c '^stored [0-9a-f-]* 20[04]$' "$work/proxy/log")" = $((rounds / 2)) ]
check kill9_after_the_lrs_stored_it $?
rr sync_after_kill sync --player esperanza
[ $rc -eq 0 ] && [ "$(py queue "$data/esperanza.xapi-queue.json" | cut -d' ' -f1)" = "pending=0" ]; check kill9_final_sync $?
rr export_all xapi-export "$data/amara.json" "$data/bongani.json" "$data/chiara.json" "$data/dmitri.json" "$data/esperanza.json" \
  --send-choices --out "$work/expected-all.json"
fetch got3.json
py compare "$work/expected-all.json" "$work/got3.json" "$work/rejected.ids"; check kill9_nothing_lost_nothing_doubled $?
py semantics "$work/got3.json" "$REG" "$version" "$work/rejected.ids" "$data"/{amara,bongani,chiara,dmitri,esperanza}.json
check all_fields_match_progress $?

# --- xapi-validation on everything sent and exported ----------------------------
node "$here/validate.js" "$work/got3.json" >"$work/validate.out" 2>&1; check lrs_statements_valid $?
node "$here/validate.js" "$work/expected-all.json" >>"$work/validate.out" 2>&1; check exported_statements_valid $?

# --- anonymised export -------------------------------------------------------------
rr anon xapi-export "$data"/{amara,bongani,chiara,dmitri,esperanza}.json --anonymise --out "$work/anon.json"
[ $rc -eq 0 ] && py anon "$work/anon.json" amara bongani chiara dmitri esperanza; check anonymised_export $?
node "$here/validate.js" "$work/anon.json" >>"$work/validate.out" 2>&1; check anonymised_valid $?
[ "$(stat -c %a "$XDG_CONFIG_HOME/rapport/pseudonym.key")" = 600 ]; check pseudonym_key_0600 $?

# --- the password is in no output, log or file but the configuration ------------
cat "$work"/*.out "$work"/*.err >>"$work/all.log" 2>/dev/null
leaks=$(grep -rlF -- "$PW" "$work" | grep -v -e "^$work/pw" -e "^$conf\$")
[ -z "$leaks" ] || echo "password found in: $leaks"
[ -z "$leaks" ] && [ -s "$work/all.log" ] && [ -d "$work/lrs/storage" ]; check password_never_printed_or_logged $?

! grep -q "Sanitizer" "$work/all.log"; check no_sanitizer_reports $?

echo "$((n - fail)) passed, $fail failed"
[ $fail -eq 0 ]
