#!/usr/bin/env bash
# tests/room/http.sh ROOM_SERVE: the room server on loopback (room_serve.c
# plays the presenter on stdin/stdout) with curl as three phones: votes cast,
# changed, refused after the reveal; then hostile clients (hostile.py): wrong
# codes, malformed requests, huge bodies, a flood, 100 connections at once and
# a slow client that never finishes while others still vote. Every wait is on
# an answer or a state, never on time. Exit 77 (skipped) without curl or python3.
set -u
serve=$1
here=$(cd "$(dirname "$0")" && pwd)
for tool in curl python3; do
    command -v "$tool" >/dev/null || {
        echo "SKIP: $tool is not installed (scripts/deps installs it)"
        exit 77
    }
done
tmp=$(mktemp -d)
SPID=
cleanup() {
    [ -n "$SPID" ] && kill "$SPID" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT
pass=0 fail=0
check() { # what command...
    local what=$1
    shift
    if "$@"; then pass=$((pass + 1)); else
        echo "FAIL: $what"
        fail=$((fail + 1))
    fi
}
eq() { [ "$1" = "$2" ] || { echo "  got '$1', want '$2'"; return 1; }; }

# The presenter: commands in, one answer line out each.
coproc SERVE { "$serve"; }
SPID=$SERVE_PID
read -r -u "${SERVE[0]}" _ url _ code _ port || { echo "FAIL: room_serve did not start"; exit 1; }
# say COMMAND: its answer in $answer (no subshell: coproc pipes do not reach one).
say() { answer=; echo "$*" >&"${SERVE[1]}" && read -r -u "${SERVE[0]}" answer; }
# tally_is WHAT EXPECTED
tally_is() { say tally && check "$1" eq "$answer" "$2"; }
base=${url%/*}
echo "room at $url"

# curl as a phone: its own cookie jar. Prints the status.
phone() { # jar curl-args...
    local jar=$tmp/$1
    shift
    curl -s -o "$tmp/body" -w '%{http_code}' -b "$jar" -c "$jar" "$@"
}
vote() { phone "$1" -d "r=$2&v=$3" "$url/v"; }

check "the code-entry page needs no code" eq "$(curl -s -o /dev/null -w '%{http_code}' "$base/")" 200
check "the entry page shows nothing of the room" bash -c "! curl -s '$base/' | grep -q '$code'"
check "a wrong code is refused" eq "$(curl -s -o /dev/null -w '%{http_code}' "$base/ZZZZZ2")" 403
check "joining with the code (lower case) redirects" \
    eq "$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "$base/join?c=${code,,}")" "303 $url"
check "joining with a wrong code" eq "$(curl -s -o /dev/null -w '%{http_code}' "$base/join?c=AAAAAA")" 403

say "step 3 Maya|Coffee? <script>alert(1)</script>|Ask about the conference|Talk about your job|Leave"
round=${answer#round }
for p in a b c; do
    check "phone $p opens the page" eq "$(phone $p "$url")" 200
done
check "the page shows the line escaped" grep -q 'Coffee? &lt;script&gt;alert(1)&lt;/script&gt;' "$tmp/body"
check "the page shows the step" grep -q 'Step 3' "$tmp/body"
tally_is "three phones joined" "round $round step 3 open 1 revealed 0 voted 0 joined 3 votes 0 0 0"
check "a votes 1" eq "$(vote a "$round" 1)" 303
check "b votes 2" eq "$(vote b "$round" 2)" 303
check "c votes 2" eq "$(vote c "$round" 2)" 303
tally_is "votes counted" "round $round step 3 open 1 revealed 0 voted 3 joined 3 votes 1 2 0"
check "a changes to 3" eq "$(vote a "$round" 3)" 303
tally_is "a's change replaces its vote" "round $round step 3 open 1 revealed 0 voted 3 joined 3 votes 0 2 1"
phone a "$url" >/dev/null
check "a's page marks its vote" grep -q 'class="c mine" name="v" value="3"' "$tmp/body"
check "no cookie, no vote" eq "$(curl -s -o /dev/null -w '%{http_code}' -d "r=$round&v=1" "$url/v")" 403
check "a forged cookie, no vote" eq "$(curl -s -o /dev/null -w '%{http_code}' -b rv=0123456789abcdef0123456789abcdef -d "r=$round&v=1" "$url/v")" 403
check "an old round is refused" eq "$(vote b $((round - 1)) 1)" 409
check "no such choice" eq "$(vote b "$round" 7)" 400
check "not a number" eq "$(vote b "$round" x)" 400
check "not a form" eq "$(phone b -H 'Content-Type: text/plain' --data-binary "r=$round&v=1" "$url/v")" 415
check "another site's form" eq "$(phone b -H 'Origin: http://evil.example' -d "r=$round&v=1" "$url/v")" 403
check "nickname saved" eq "$(phone b -d 'n=<b>Sam</b>' "$url/n")" 303
phone b "$url" >/dev/null
check "nickname shown escaped to its phone" grep -q 'value="&lt;b&gt;Sam&lt;/b&gt;"' "$tmp/body"
tally_is "refused votes changed nothing" "round $round step 3 open 1 revealed 0 voted 3 joined 3 votes 0 2 1"
check "poll before the reveal" eq "$(curl -s "$url/s")" "$round 1 0 0"
# The line said anew (the presenter pressed F5 after fixing it): the same
# round, its votes kept, and the poll changes so that every phone reloads.
say "line Maya|Fixed <line>"
check "poll after the line changed" eq "$(curl -s "$url/s")" "$round 1 0 1"
phone b "$url" >/dev/null
check "the page shows the new line" grep -q '<blockquote>Fixed &lt;line&gt;</blockquote>' "$tmp/body"
tally_is "the votes stay" "round $round step 3 open 1 revealed 0 voted 3 joined 3 votes 0 2 1"
say "reveal 2"
check "poll after the reveal" eq "$(curl -s "$url/s")" "$round 0 2 1"
check "no vote after the reveal" eq "$(vote c "$round" 1)" 409
tally_is "the reveal keeps the counts" "round $round step 3 open 0 revealed 2 voted 3 joined 3 votes 0 2 1"
phone c "$url" >/dev/null
check "the page says what the room chose" grep -q 'The room chose 2' "$tmp/body"
check "and shows the counts" grep -q '2 votes, yours' "$tmp/body"
say "step 4 Maya|Next|Yes|No"
round2=${answer#round }
tally_is "a new step starts from nothing" "round $round2 step 4 open 1 revealed 0 voted 0 joined 3 votes 0 0"

# ---- hostile clients ----
hostile() { python3 "$here/hostile.py" 127.0.0.1 "$port" "$code" "$@"; }
# Closed (no request line), 505 (HTTP/9.9), 431 (100 KB header), the entry
# page (a NUL ends the path), 403 and 404 (a path is never a file: a wrong
# code, then no such page), 405, 400 (negative length), 400 (bad %).
got=$(hostile malformed)
check "malformed requests refused" \
    eq "$(echo "$got" | cut -d' ' -f1-3,5- | tr ' ' '\n' | grep -cvE '^(400|403|404|405|413|431|505|closed)$')" 0
check "paths are not files" bash -c "echo '$got' | awk '{exit !(\$5==403 && \$6==404)}'"
check "DELETE is not allowed" bash -c "echo '$got' | awk '{exit !(\$7==405)}'"
echo "  malformed: $got"
got=$(hostile huge)
check "a declared 10 MB body is refused (413), a chunked one dropped" eq "$got" "413 closed"

# A slow client holds a connection open and never finishes its request; the
# server keeps serving everyone else meanwhile.
coproc SLOW { python3 "$here/hostile.py" 127.0.0.1 "$port" "$code" slow; }
read -r -u "${SLOW[0]}" held
check "the slow client is holding a connection" eq "$held" holding
check "a phone still votes meanwhile" eq "$(vote a "$round2" 2)" 303
tally_is "and the vote counts" "round $round2 step 4 open 1 revealed 0 voted 1 joined 3 votes 0 1"
echo go >&"${SLOW[1]}"
read -r -u "${SLOW[0]}" slow_end
check "the server closes the slow client (idle timeout)" eq "$slow_end" closed

got=$(hostile parallel)
echo "  parallel: $got"
# 16 at a time per address: the rest are closed unserved (a few more are
# served as the first ones finish and free their places).
check "100 connections at once: most refused" \
    bash -c "echo '$got' | awk '{exit !(\$2 >= 1 && \$4 >= 50)}'"
got=$(hostile flood)
echo "  flood: $got"
check "a flood is rate limited (429s)" bash -c "echo '$got' | grep -q '429:'"
check "another address is served during the flood" \
    eq "$(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.2 "$url/s")" 200
got=$(python3 "$here/hostile.py" 127.0.0.1 "$port" "$code" guess 127.0.0.3)
echo "  guessing: $got"
check "guessing codes: refused, then blocked even with the right code" \
    bash -c "echo '$got' | awk '{exit !(\$1==403 && \$NF==429)}'"
made=0
for i in $(seq 20); do
    curl -s -D - -o /dev/null --interface 127.0.0.4 "$url" | grep -qi '^set-cookie: rv=' && made=$((made + 1))
done
check "one address makes at most 16 phones (made $made of 20)" [ "$made" -eq 16 ]
tally_is "the votes survived the attacks" "round $round2 step 4 open 1 revealed 0 voted 1 joined 19 votes 0 1"

# The room stops listening when the presenter closes it.
say quit
check "the server says closed" eq "$answer" closed
wait "$SPID" 2>/dev/null
rc=$?
SPID=
# Under ASan + UBSan a leak or an error found during all the above fails here.
check "the server exits cleanly (no sanitizer report)" eq "$rc" 0
check "nothing listens after the room closes" \
    bash -c "! curl -s -o /dev/null --max-time 5 '$url/s'"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
