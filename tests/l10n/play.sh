#!/usr/bin/env bash
# tests/l10n/play.sh RAPPORT SRC: the shipped French translations in a terminal.
# LANGUAGE=fr under C.UTF-8 (which Debian always has) selects them here, with
# or without a French locale installed, as it does the program's own strings
# (tests/i18n); LANG=fr_FR.UTF-8 alone selects them too. Checks: the three translated scenarios are clean for
# `check --strict` (no missing, stale or fuzzy entry); `play --text` shows
# their French text; the same --choices give the same --json outcome, path and
# skills in French and English (--json's keys and ids never change; only the
# replies it records follow the language); a damaged .po
# beside a copy is a warning and the scenario plays in English.
set -u
bin=$1 src=$2
fail=0 n=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch XDG_DATA_HOME=$scratch/data
unset LC_ALL LC_MESSAGES LANG LANGUAGE
ok() { n=$((n + 1)); echo "ok $1"; }
no() { n=$((n + 1)); fail=$((fail + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && head -20 "$2"; }

# scenario, choices for the English/French comparison, a French line play must show
cases=(
  "follow_up/within_48h|3,4,2,1,2,1,3,2,4,3,2,2,1|Votre brouillon pour l'instant"
  "mentor/report_back|2,1,1,1,1,2,1,1,1|Il y a quatre mois"
  "mentor/one_question|2,3,1,3,2,3,1|Vos vingt minutes mensuelles"
)
for c in "${cases[@]}"; do
  IFS='|' read -r name choices want <<<"$c"
  f=$src/scenarios/$name.lua
  po=$src/scenarios/$name.fr.po
  [ -f "$po" ] || { no "$name: no $name.fr.po"; continue; }
  if "$bin" check --strict "$f" >"$scratch/check" 2>&1; then ok "$name: check --strict with its .fr.po"
  else no "$name: check --strict" "$scratch/check"; fi
  if command -v msgfmt >/dev/null; then
    if msgfmt --check -o /dev/null "$po" 2>"$scratch/msgfmt"; then ok "$name: msgfmt --check"
    else no "$name: msgfmt --check" "$scratch/msgfmt"; fi
  fi
  LANG=C.UTF-8 LANGUAGE=fr "$bin" play --text --no-save --choices "$choices" "$f" >"$scratch/fr.txt" 2>&1
  LANGUAGE=en "$bin" play --text --no-save --choices "$choices" "$f" >"$scratch/en.txt" 2>&1
  title=$(grep -A2 'msgctxt "title"' "$po" | sed -n 's/^msgstr "\(.*\)"$/\1/p')
  if [ -n "$title" ] && grep -qF "$title" "$scratch/fr.txt" && ! grep -qF "$title" "$scratch/en.txt"; then
    ok "$name: plays in French with LANGUAGE=fr ($title)"
  else no "$name: French title '$title' not shown with LANGUAGE=fr" "$scratch/fr.txt"; fi
  if [ -n "$want" ] && ! grep -qF "$want" "$scratch/fr.txt"; then no "$name: '$want' not shown" "$scratch/fr.txt"; fi
  LANG=C.UTF-8 LANGUAGE=fr "$bin" play --text --no-save --json --choices "$choices" "$f" >"$scratch/fr.json" 2>>"$scratch/json.err"
  LANGUAGE=en "$bin" play --text --no-save --json --choices "$choices" "$f" >"$scratch/en.json" 2>>"$scratch/json.err"
  if python3 - "$scratch/fr.json" "$scratch/en.json" <<'PY'
import json, sys
fr, en = (json.load(open(p)) for p in sys.argv[1:3])
assert fr["outcome"] and fr["skills"] and fr["path"], fr
# The same result: keys, outcome, grade, path, choices, ids shown, skills and
# tags. Only the text recorded with a step (what they said back, "reply")
# follows the language, as it did on screen.
def strip(d):
    if isinstance(d, dict): return {k: strip(v) for k, v in d.items() if k != "reply"}
    if isinstance(d, list): return [strip(v) for v in d]
    return d
assert strip(fr) == strip(en), {k: (fr.get(k), en.get(k)) for k in set(fr) | set(en) if strip(fr.get(k)) != strip(en.get(k))}
assert any("reply" in s for s in fr["steps"]) and fr["steps"] != en["steps"], "no reply translated"
PY
  then ok "$name: same --json (outcome, path, ids, skills) in French and English"
  else no "$name: --json differs between French and English" "$scratch/fr.json"; fi
done

# An ending is shown in French (its endings.LABEL entry, the grade from the
# program's catalog), while --json and the saved session keep its label.
rb=$src/scenarios/mentor/report_back.lua
LANG=C.UTF-8 LANGUAGE=fr "$bin" play --text --data-dir "$scratch/endings" --player p \
  --choices 1,1,1,1 "$rb" >"$scratch/ending-fr.txt" 2>&1
LANG=C.UTF-8 LANGUAGE=fr "$bin" play --text --no-save --json --choices 1,1,1,1 "$rb" \
  >"$scratch/ending-fr.json" 2>&1
LANGUAGE=en "$bin" play --text --no-save --choices 1,1,1,1 "$rb" >"$scratch/ending-en.txt" 2>&1
if grep -qF ': Nouvelles trop minces (mitigée)' "$scratch/ending-fr.txt" &&
   grep -qF 'Outcome: thin_update (mixed)' "$scratch/ending-en.txt" &&
   grep -qF '"outcome":"thin_update"' "$scratch/ending-fr.json" &&
   grep -qE '"outcome":[[:space:]]*"thin_update"' "$scratch/endings/p.json"; then
  ok "an ending in French on screen, its label in --json and the saved file"
else no "the ending's French label, or its id kept" "$scratch/ending-fr.txt"; fi

# As for the program's strings, LANGUAGE alone selects it too, under the C
# locale or none (rapport reads its messages under C.UTF-8 then): the
# scenario speaks the language of the catalog the program's words come from.
LANGUAGE=fr "$bin" play --text --no-save --choices 1,1,1,1 "$src/scenarios/mentor/report_back.lua" >"$scratch/c.txt" 2>&1
if grep -qF "Des nouvelles, comme promis" "$scratch/c.txt" && grep -qF "== Bilan" "$scratch/c.txt"; then ok "LANGUAGE=fr under the C locale: French, as the program's words"
else no "LANGUAGE=fr under the C locale: the scenario and the program disagree" "$scratch/c.txt"; fi

# LANG=fr_FR.UTF-8 (with or without that locale installed) selects it too.
LANG=fr_FR.UTF-8 "$bin" play --text --no-save --choices 1 "$src/scenarios/mentor/report_back.lua" >"$scratch/lang.txt" 2>&1
if grep -qF "Des nouvelles, comme promis" "$scratch/lang.txt"; then ok "LANG=fr_FR.UTF-8 selects French"
else no "LANG=fr_FR.UTF-8 does not select French" "$scratch/lang.txt"; fi

# A damaged .po: a warning naming it with its line, and the English text.
mkdir -p "$scratch/s"
cp "$src/scenarios/mentor/report_back.lua" "$scratch/s/"
printf 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgctxt "title"\nmsgid "How it went\nmsgstr "x"\n' >"$scratch/s/report_back.fr.po"
LANG=C.UTF-8 LANGUAGE=fr "$bin" play --text --no-save --choices 1 "$scratch/s/report_back.lua" >"$scratch/bad.txt" 2>&1
rc=$?
if [ $rc = 0 ] && grep -q 'report_back.fr.po:7: warning: .*\[bad-po\]' "$scratch/bad.txt" && grep -qF "How it went" "$scratch/bad.txt"; then
  ok "a damaged .po: warning with its line, English text"
else no "a damaged .po (rc $rc)" "$scratch/bad.txt"; fi
"$bin" check "$scratch/s/report_back.lua" >"$scratch/badcheck.txt" 2>&1
if grep -q 'report_back.fr.po:7: warning: .*\[bad-po\]' "$scratch/badcheck.txt"; then ok "check reports the damaged .po"
else no "check does not report the damaged .po" "$scratch/badcheck.txt"; fi

# Damaged seeds (tests/l10n/po/*.po): never a crash, always a bad-po warning.
for seed in "$src"/tests/l10n/po/*.po; do
  [ -e "$seed" ] || continue
  cp "$seed" "$scratch/s/report_back.fr.po"
  LANG=C.UTF-8 LANGUAGE=fr "$bin" play --text --no-save --choices 1,1 "$scratch/s/report_back.lua" >"$scratch/seed.txt" 2>&1
  rc=$?
  if [ $rc = 0 ] && grep -q '\[bad-po\]' "$scratch/seed.txt"; then ok "seed $(basename "$seed")"
  else no "seed $(basename "$seed") (rc $rc)" "$scratch/seed.txt"; fi
  cat "$scratch/seed.txt" >>"$scratch/seeds.log"
done

# l10n extract: by id as by file; a broken scenario is refused with its
# line and prints no template; a wrong subcommand is a usage error.
"$bin" l10n extract "$src/scenarios/mentor/one_question.lua" >"$scratch/byfile.pot" 2>"$scratch/extract.txt"
"$bin" l10n extract mentor.one_question >"$scratch/byid.pot" 2>>"$scratch/extract.txt"
if [ "$(grep -c '^msgctxt' "$scratch/byfile.pot")" -gt 200 ] &&
   diff <(grep -v '^#' "$scratch/byfile.pot") <(grep -v '^#' "$scratch/byid.pot") >/dev/null; then
  ok "l10n extract by file and by id"
else no "l10n extract by file and by id differ" "$scratch/extract.txt"; fi
printf 'return { format = 1, id = "t.b", start = "a",\n  nodes = { a = { text = "Hi", choices = { { text = "Go", to = "x" } } } } }\n' >"$scratch/broken.lua"
"$bin" l10n extract "$scratch/broken.lua" >"$scratch/broken.pot" 2>"$scratch/broken.txt"
rc=$?
if [ $rc = 1 ] && [ ! -s "$scratch/broken.pot" ] && grep -q 'broken.lua:2: error: .*\[unknown-node\]' "$scratch/broken.txt"; then
  ok "l10n extract refuses a broken scenario"
else no "l10n extract on a broken scenario (rc $rc)" "$scratch/broken.txt"; fi
"$bin" l10n merge "$scratch/broken.lua" >/dev/null 2>"$scratch/usage.txt"
rc=$?
if [ $rc = 2 ] && grep -q "'extract'" "$scratch/usage.txt"; then ok "l10n with another subcommand: usage, exit 2"
else no "l10n merge (rc $rc)" "$scratch/usage.txt"; fi

# A --choices number out of range names what was shown, each choice cut to 60
# bytes: in French the cut must fall between letters (at 1,9 in one_question it
# used to split an accented letter and print invalid UTF-8).
for c in "mentor/one_question|1,9" "mentor/report_back|1,1,9"; do
  IFS='|' read -r name choices <<<"$c"
  LANG=C.UTF-8 LANGUAGE=fr "$bin" play --text --no-save --choices "$choices" "$src/scenarios/$name.lua" \
    >/dev/null 2>"$scratch/range.txt"
  if grep -q "showed" "$scratch/range.txt" && iconv -f UTF-8 -t UTF-8 "$scratch/range.txt" >/dev/null 2>&1; then
    ok "$name --choices $choices in French: what was shown, in valid UTF-8"
  else no "$name --choices $choices in French: no 'showed' or invalid UTF-8" "$scratch/range.txt"; fi
done

# Under ASan/UBSan, no report in anything the runs printed.
if grep -qE 'Sanitizer|runtime error' "$scratch"/*.txt "$scratch"/*.log "$scratch"/*.err "$scratch/check" 2>/dev/null; then
  no "a sanitizer report" "$(grep -lE 'Sanitizer|runtime error' "$scratch"/*.txt "$scratch"/*.log "$scratch"/*.err "$scratch/check" 2>/dev/null | head -1)"
else ok "no sanitizer report"; fi
echo "$((n - fail)) passed, $fail failed"
[ $fail -eq 0 ]
