#!/usr/bin/env bash
# tests/i18n/check_french.sh RAPPORT SRC: every message `rapport check` prints
# for a person is in French under a French LANGUAGE, and nothing else changes.
# The broken files in tests/i18n/check_fr/ (wrong types, unknown and misspelt
# fields, skills, cast, packs, NAME.test.lua, a .po behind its scenario and one
# in the wrong charset), tests/authoring's one-file-per-warning scenarios, a
# file that cannot be opened and one with more problems than are listed are
# checked in English and in French:
#  1. Each French line keeps the English line's "file:line: error:" and
#     [code], and its message differs from the English one.
#  2. No English left: each message of the checker's catalog (the entries of
#     assets/locale/fr.po from engine/script, engine/core, engine/app/check.c,
#     engine/app/expect.c and engine/cli/check.c) is cut at its placeholders,
#     and no piece of 12 characters or more that its French does not contain
#     too appears in the French output.
#  3. Every family is met: the codes listed below all appear, and the "more
#     problems" and summary lines are French.
#  4. check --json is byte for byte the English one.
#  5. The language server's diagnostics stay English (tests/cli/lsp_client.py).
# And rapport test's unknown-state-key warning is French too.
# Exit 77 (skipped, with the reason) when no French can be read (french.sh).
# KEEP=1 keeps the work folder for a look.
set -u
bin=$1 src=$2
work=$(mktemp -d); trap '[ -n "${KEEP:-}" ] || rm -rf "$work"' EXIT
if ! locale -a 2>/dev/null | grep -qiE '^(fr_FR\.utf-?8|c\.utf-?8)$'; then
    echo "skipped: neither fr_FR.UTF-8 nor C.UTF-8 is installed (locale -a)"
    exit 77
fi
command -v python3 >/dev/null || { echo "skipped: no python3"; exit 77; }
fail=0 n=0
NB=$'\u00a0'

# The files, copied so that every path printed is the same in both runs.
mkdir -p "$work/f"
cp "$src"/tests/i18n/check_fr/* "$work/f/"
cp "$src"/tests/authoring/warn_*.lua "$src"/tests/authoring/err_*.lua \
    "$src"/tests/authoring/misnamed.lua "$src"/tests/authoring/misnamed.test.lua "$work/f/"
files=$(cd "$work/f" && printf '%s ' ./*.lua)
files="$files nofile.lua"
# More problems than are listed (2000 are kept, over all the files of one
# check, so this one is checked on its own): one unknown field per node.
{
    echo 'return { format = 1, id = "t.many", title = "Many", start = "n1", nodes = {'
    for i in $(seq 1 2100); do echo "  n$i = { text = \"x\", ending = \"e$i\", colour = 1 },"; done
    echo '} }'
} >"$work/f/many.lua"

check() { # LANGUAGE value, output file, arguments...
    local lang=$1 out=$2
    shift 2
    (cd "$work/f" && env -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 LANGUAGE="$lang" \
        RAPPORT_SCENARIOS="$src/scenarios" XDG_DATA_HOME="$work/data" \
        XDG_CONFIG_HOME="$work/config" "$bin" check "$@") >"$out" 2>&1
}
# shellcheck disable=SC2086 # the file names have no spaces
check en "$work/en" $files
# shellcheck disable=SC2086
check fr "$work/fr" $files
check en "$work/en_many" many.lua
check fr "$work/fr_many" many.lua
cat "$work/en_many" >>"$work/en"
cat "$work/fr_many" >>"$work/fr"

# 1. Line by line: the same shape and code, another message.
n=$((n + 1))
if ! python3 - "$work/en" "$work/fr" <<'EOF'; then
import re, sys
en = open(sys.argv[1], encoding="utf-8").read().splitlines()
fr = open(sys.argv[2], encoding="utf-8").read().splitlines()
shape = re.compile(r"^(\S+?(?::\d+)?: (?:error|warning): )(.*?)( \[[a-z0-9-]+\])?$")
bad = 0
if len(en) != len(fr):
    print(f"FAIL lines: {len(en)} lines in English, {len(fr)} in French")
    sys.exit(1)
diags = 0
for e, f in zip(en, fr):
    me, mf = shape.match(e), shape.match(f)
    if not me:
        continue
    diags += 1
    if not mf or me.group(1) != mf.group(1) or me.group(3) != mf.group(3):
        print(f"FAIL shape: '{e}' became '{f}'")
        bad += 1
    elif me.group(2) == mf.group(2):
        print(f"FAIL same: still English in French: '{f}'")
        bad += 1
if diags < 100:
    print(f"FAIL few: only {diags} diagnostics")
    bad += 1
sys.exit(1 if bad else 0)
EOF
    fail=$((fail + 1))
fi

# 2. No piece of an English message of the checker's catalog.
n=$((n + 1))
if ! python3 - "$src/assets/locale/fr.po" "$work/fr" <<'EOF'; then
import re, sys
po = open(sys.argv[1], encoding="utf-8").read()
out = open(sys.argv[2], encoding="utf-8").read()
where = ("engine/script/", "engine/core/", "engine/app/check.c", "engine/app/expect.c",
         "engine/cli/check.c")
def unquote(s):
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), s)
conv = re.compile(r"%(\d+\$)?[-+ #0]*(\*|\d+)?(\.(\*|\d+))?(hh|h|ll|l|z|j|t|L)?[diouxXeEfgGcsp%]")
pieces = 0
bad = 0
for block in po.split("\n\n"):
    loc = " ".join(l for l in block.splitlines() if l.startswith("#:"))
    if not any(w in loc for w in where) or "\n#~" in "\n" + block:
        continue
    ids = [unquote(m) for m in re.findall(r'^msgid(?:_plural)? "(.*)"$', block, re.M)]
    strs = [unquote(m) for m in re.findall(r'^msgstr(?:\[\d\])? "(.*)"$', block, re.M)]
    french = "\n".join(strs)
    for msgid in ids:
        for piece in conv.split(msgid):
            piece = (piece or "").strip(" ;:,.()'\"\n")
            if len(piece) < 12 or not re.search(r"[a-z]{3}", piece) or piece in french:
                continue
            pieces += 1
            if piece in out:
                line = next(l for l in out.splitlines() if piece in l)
                print(f"FAIL english: '{piece}' (of \"{msgid}\") in: {line}")
                bad += 1
if pieces < 200:
    print(f"FAIL catalog: only {pieces} English pieces read from the catalog")
    bad += 1
sys.exit(1 if bad else 0)
EOF
    fail=$((fail + 1))
fi

# 3. Every family: the codes, then the lines that are not diagnostics.
for code in wrong-type unknown-field misspelt-field unknown-skill unknown-cast bad-mood \
    unknown-speaker unknown-portrait bad-id duplicate-skill too-many-skills reserved-name \
    bad-grade bad-order no-choices no-choices-or-ending ending-with-choices missing-can-go \
    timeout-without-target target-without-timeout unknown-format no-nodes no-skills \
    no-ending unknown-node lua empty long-text many-choices grade-without-ending unused-can-go \
    untimed-timeout-field timed-ending missing-title no-feedback unreachable dead-end \
    skill-never-scored fact-never-learned duplicate-choice guessable guessable-cue \
    merge-without-reply farming-loop po-missing po-fuzzy po-stale bad-po not-a-pack \
    not-a-list no-scenarios unknown-scenario bad-mode short-time-limit empty-prompt \
    missing-field bad-test no-scenario unknown-fact unknown-outcome io; do
    n=$((n + 1))
    if ! grep -q " \[$code\]\$" "$work/fr"; then
        echo "FAIL family $code: no [$code] line in the French output"
        fail=$((fail + 1))
    fi
done
has() { # name, file, fixed string
    n=$((n + 1))
    if ! grep -qF -- "$3" "$2"; then
        echo "FAIL $1: no '$3' in $2"
        fail=$((fail + 1))
    fi
}
has more_problems "$work/fr" "(problèmes non listés${NB}: "
has more_problems_en "$work/en" " more problems not listed)"
has summary "$work/fr" " erreurs, "
has cues "$work/fr" "indices de surface sur "
has cue_share "$work/fr" " first 100${NB}%"
has did_you_mean "$work/fr" "${NB}; vouliez-vous dire 'speaker'${NB}? Sans lui, ce nœud est dit par le narrateur [misspelt-field]"
has loop_words "$work/fr" "(choix 1, ligne "
has type_words "$work/fr" "pas une valeur de type number [wrong-type]"

# rapport test's warning for a state read of a name the scenario lacks
# (engine/script/call.c), a whole sentence for each of the four views.
(cd "$work/f" && env -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 LANGUAGE=fr XDG_DATA_HOME="$work/data" \
    XDG_CONFIG_HOME="$work/config" "$bin" test "$src/tests/authoring/state_typo.lua" --runs 1) \
    >"$work/test_fr" 2>&1
has state_fact "$work/test_fr" "lit state.facts.roterdam_friday, mais aucune partie du scénario ne définit le fait 'roterdam_friday', donc il vaut toujours false${NB}; vouliez-vous dire 'rotterdam_friday'${NB}? [unknown-state-key]"
has state_cast "$work/test_fr" "ne définit la clé de distribution 'Dana', donc il vaut toujours nil"

# 4. --json: the same bytes in both languages.
# shellcheck disable=SC2086
check en "$work/en.json" --json $files
# shellcheck disable=SC2086
check fr "$work/fr.json" --json $files
n=$((n + 1))
if ! cmp -s "$work/en.json" "$work/fr.json"; then
    echo "FAIL json: check --json differs in French"
    cmp "$work/en.json" "$work/fr.json"
    fail=$((fail + 1))
fi
has json_english "$work/fr.json" "is not in the cast (nor \\\"narrator\\\"); did you mean 'sam'?"

# 5. The language server, too, keeps the English under a French LANGUAGE:
# tests/cli/lsp_client.py asserts English messages (a did-you-mean, a
# misspelt field's "Without it, ..." clause, a test file's outcome).
n=$((n + 1))
if ! env -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 LANGUAGE=fr \
    python3 "$src/tests/cli/lsp_client.py" "$bin" "$src/tests" >"$work/lsp" 2>&1; then
    echo "FAIL lsp_english: rapport lsp under LANGUAGE=fr:"
    grep FAIL "$work/lsp" | head -10
    fail=$((fail + 1))
fi

echo "$((n - fail)) passed, $fail failed"
[ "$fail" -eq 0 ]
