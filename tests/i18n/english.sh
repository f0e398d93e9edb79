#!/usr/bin/env bash
# tests/i18n/english.sh RAPPORT SRC: the program's own strings change nothing in
# English, and machine-readable output changes in no language.
#  1. Human output is byte for byte the same with LANG unset, C, C.UTF-8,
#     en_US.UTF-8 and LANGUAGE=en (the catalogs are found, none is English).
#     Tests written from design.md parse this output in English.
#  2. Machine-readable output on stdout (play --json, progress --json,
#     check --json, the file:line: severity, path and [code] of check's
#     diagnostics (their message is translated), graph's DOT, the xAPI
#     export) is the same in French as in English. (Scenario text, which
#     scenario translation may change, is left to its own tests: list --json
#     and the JSON results carry ids, not titles, where it matters.)
set -u
bin=$1 src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0 n=0
lua=$src/scenarios/networking/coffee_line.lua
bad=$work/broken.lua
printf 'return { format = 1, id = "t.broken", title = "Broken", start = "a",\n  nodes = { a = { text = "Hi", choices = { { text = "Go", to = "nowhere" } } } } }\n' >"$bad"

# Runs every command with the environment given as "VAR=value ..." (and the
# English variables cleared first); each command's stdout, stderr and exit
# status go to $work/NAME/NUMBER. The data folder is the same path each time,
# emptied first, so paths printed are the same.
run_all() { # name, env assignments...
    local name=$1
    shift
    mkdir -p "$work/$name"
    rm -rf "$work/data" && mkdir -p "$work/data"
    local i=0
    while IFS= read -r cmd; do
        [ -z "$cmd" ] && continue
        i=$((i + 1))
        (cd "$src" && env -u LANG -u LANGUAGE -u LC_ALL -u LC_MESSAGES "$@" \
            XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" RAPPORT_TODAY=2026-12-03 \
            RAPPORT_NOW=2026-12-03T10:00:00Z \
            bash -c "$cmd" >"$work/$name/$i.out" 2>"$work/$name/$i.err"
        echo "rc=$?" >>"$work/$name/$i.out")
        # timestamps, generated ids and the milliseconds a scripted answer took
        # differ from one run to the next
        sed -i -E 's/"ms": *[0-9]+/"ms":N/g; s/PT[0-9.]+S/PTS/g; s/[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+Z?/TIME/g; s/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/UUID/g; s/"seed":[0-9]+/"seed":S/g; s/"(started|ended|created|timestamp|stored)": *"[^"]*"/"\1":T/g' "$work/$name/$i.out" "$work/$name/$i.err"
    done
}

HUMAN="
$bin --version
$bin list
$bin check $lua
$bin check $lua $bad
$bin check /nonexistent.lua
$bin test $lua --runs 3 --seed 7
$bin test $lua --runs 1 --seed 7
$bin play --text --choices 1,1,1,1,1,1 networking.coffee_line
$bin play --text --choices 1,9 --no-save networking.coffee_line
$bin play --text --choices x --no-save networking.coffee_line
$bin play nothing.such
$bin progress
$bin lrs show
$bin sync
$bin review --text --choices 1
$bin frobnicate
"
MACHINE="
$bin play --text --json --choices 1,2,1,2,1,2 networking.coffee_line
$bin progress --json
$bin check --json $lua $bad
$bin check $bad | sed '\$d' | sed -E 's/^([^ ]+ (error|warning): ([^ ]+: )?).*( \[[a-z-]+\])\$/\1MESSAGE\4/'
$bin graph $lua
$bin xapi-export $work/data/rapport/player.json --out $work/x.json >/dev/null && cat $work/x.json
"

same() { # name, dir a, dir b
    n=$((n + 1))
    if ! diff -r "$work/$2" "$work/$3" >"$work/diff" 2>&1; then
        echo "FAIL $1: $2 and $3 differ"
        head -20 "$work/diff"
        fail=$((fail + 1))
    fi
}

printf '%s\n' "$HUMAN" | run_all unset
printf '%s\n' "$HUMAN" | run_all c LANG=C
printf '%s\n' "$HUMAN" | run_all c_utf8 LANG=C.UTF-8
printf '%s\n' "$HUMAN" | run_all en_us LANG=en_US.UTF-8
printf '%s\n' "$HUMAN" | run_all language_en LANG=C.UTF-8 LANGUAGE=en
same english_c unset c
same english_c_utf8 unset c_utf8
same english_en_us unset en_us
same english_language_en unset language_en
# The English output did say something (a test that compares nothing passes).
n=$((n + 1))
grep -q '0 errors, 0 warnings in 1 file$' "$work/unset/3.out" &&
    grep -q 'errors\?, 0 warnings in 2 files$' "$work/unset/4.out" &&
    grep -q '== Debrief: ' "$work/unset/8.out" || {
    echo "FAIL english_said_something"
    fail=$((fail + 1))
}

# Machine-readable output: the same in French. French is also shown to be on.
{ echo "$bin play --text --choices 1,1,1,1,1,1 networking.coffee_line"; printf '%s\n' "$MACHINE"; } | run_all m_en
{ echo "$bin play --text --choices 1,1,1,1,1,1 networking.coffee_line"; printf '%s\n' "$MACHINE"; } | run_all m_fr LANG=fr_FR.UTF-8
n=$((n + 1))
if grep -q 'Bilan' "$work/m_fr/1.out"; then
    rm "$work/m_en/1.out" "$work/m_fr/1.out" "$work/m_en"/*.err "$work/m_fr"/*.err
    same machine_output_in_french m_en m_fr
    n=$((n + 1))
    grep -q '"scenario"' "$work/m_fr/2.out" && grep -q 'digraph' "$work/m_fr/6.out" &&
        grep -q 'broken.lua:' "$work/m_fr/5.out" && grep -q '"verb"' "$work/m_fr/7.out" || {
        echo "FAIL machine_output_said_something"
        fail=$((fail + 1))
    }
else
    echo "FAIL french_is_on: LANG=fr_FR.UTF-8 did not give French (is the catalog built?)"
    fail=$((fail + 1))
fi

echo "$((n - fail)) of $n checks passed"
[ $fail -eq 0 ]
