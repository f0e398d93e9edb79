#!/usr/bin/env bash
# tests/i18n/french.sh RAPPORT SRC: the terminal in French. LANG=fr_FR.UTF-8
# gives French messages with French plural forms (1 fichier, 2 fichiers; 0 and
# 1 take the singular), whether or not the system has the fr_FR locale
# installed (without it, rapport reads its messages under C.UTF-8 with
# LANGUAGE=fr); LANGUAGE=fr does too, with LANG C.UTF-8, C or unset, and
# LANGUAGE=en keeps English under a French LANG. Exit 77 (skipped, with the
# reason) when the system has neither a French locale nor C.UTF-8.
set -u
bin=$1 src=$2
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
if ! locale -a 2>/dev/null | grep -qiE '^(fr_FR\.utf-?8|c\.utf-?8)$'; then
    echo "skipped: neither fr_FR.UTF-8 nor C.UTF-8 is installed (locale -a), so no"
    echo "         French can be read whatever the catalog holds"
    exit 77
fi
fail=0 n=0
lua=$src/scenarios/networking/coffee_line.lua
lua2=$src/scenarios/mentor/ask_mentor.lua
fr() { (cd "$src" && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=fr_FR.UTF-8 \
    XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" "$bin" "$@"); }
has() { # name, file, fixed string
    n=$((n + 1))
    if ! grep -qF -- "$3" "$2"; then
        echo "FAIL $1: no '$3' in:"
        head -20 "$2"
        fail=$((fail + 1))
    fi
}
NB=$'\u00a0' # French puts a no-break space before : ; ? !

fr check "$lua" >"$work/check1" 2>&1
has check_one_file "$work/check1" "0 erreur, 0 avertissement dans 1 fichier"
fr check "$lua" "$lua2" >"$work/check2" 2>&1
has check_two_files "$work/check2" "dans 2 fichiers"
printf 'return { format = 1, id = "t.b", title = "B", start = "a",\n  nodes = { a = { text = "Hi", choices = { { text = "Go", to = "x" }, { text = "No", to = "y" } } } } }\n' >"$work/bad.lua"
fr check "$work/bad.lua" >"$work/check3" 2>&1
has check_errors_plural "$work/check3" "2 erreurs"
has check_keeps_file_prefix "$work/check3" "bad.lua:"

fr list >"$work/list" 2>&1
has list_heading "$work/list" "FAMILLE"
has list_count "$work/list" " scénarios dans "

fr test "$lua" --runs 1 --seed 3 >"$work/test1" 2>&1
has test_one_run "$work/test1" "1 partie aléatoire,"
fr test "$lua" --runs 2 --seed 3 >"$work/test2" 2>&1
has test_two_runs "$work/test2" "2 parties aléatoires,"
has test_coverage "$work/test2" "couverture$NB: nœuds"

fr play --text --choices 1,1,1,1,1,1 networking.coffee_line >"$work/play" 2>&1
has play_coach "$work/play" "[coach]"
has play_debrief "$work/play" "== Bilan$NB: "
has play_accuracy "$work/play" "Précision (à quel point"
has play_tip_skill "$work/play" "Conseil pour l'écoute$NB:"
has play_saved "$work/play" "Enregistré dans "
fr play --text --choices 1,9 --no-save networking.coffee_line >/dev/null 2>"$work/err"
has play_error "$work/err" "rapport$NB: le choix 2 de --choices est 9, mais"

fr progress >"$work/progress" 2>&1
has progress_title "$work/progress" "Progression de "
has progress_accuracy "$work/progress" "Précision par compétence"

fr lrs show >"$work/lrs" 2>&1
has lrs_none "$work/lrs" "aucun LRS n'est configuré"

# check's messages a beginner meets first, in French (a missing comma, a
# target that names no node with its "did you mean", a missing field); the
# file:line: shape, "error:" and the [code] stay; --json stays English.
printf 'return {\n  format = 1, id = "t.c", title = "C", start = "a"\n  nodes = {} }\n' >"$work/comma.lua"
printf 'return { format = 1, id = "t.n", title = "N", start = "a",\n  nodes = { a = { text = "Hi", choices = { { text = "Go", to = "bb" }, { text = "No" } } },\n    b = { text = "x", ending = "e" } } }\n' >"$work/node.lua"
fr check "$work/comma.lua" "$work/node.lua" >"$work/check_msgs" 2>&1
has check_comma "$work/check_msgs" "comma.lua:2: error: ne peut pas être lu comme du Lua: "
has check_comma_hint "$work/check_msgs" "il manque sans doute une virgule à la fin de la ligne 2 [lua]"
has check_unknown_node "$work/check_msgs" "error: nodes.a.choices[1].to: la cible 'bb' ne désigne aucun nœud${NB}; vouliez-vous dire 'b'${NB}? [unknown-node]"
has check_missing_field "$work/check_msgs" "error: nodes.a.choices[2]: le champ obligatoire 'to' manque [missing-field]"
fr check --json "$work/node.lua" >"$work/check_fr.json" 2>&1
has check_json_english "$work/check_fr.json" "target 'bb' names no node; did you mean 'b'?"

# The class report in French: its terminal line, the HTML's words and lang;
# the CSV (data) byte for byte as in English.
fr play --text --data-dir "$work/d" --player ana --choices 1,2,1,2,1,2,1,2,1,2,1 "$lua" >/dev/null 2>&1
fr play --text --data-dir "$work/d" --player ana --choices 1,1,1,1 \
    "$src/scenarios/mentor/report_back.lua" >/dev/null 2>&1
ana=$work/d/ana.json
fr report "$ana" --html "$work/fr.html" --csv "$work/fr.csv" >"$work/report_fr" 2>&1
(cd "$src" && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG "$bin" report "$ana" \
    --html "$work/en.html" --csv "$work/en.csv") >"$work/report_en" 2>&1
has report_line_fr "$work/report_fr" "Rapport sur 1 apprenant, 2 séances d'après 1 sur 1 fichier${NB}:"
has report_html_lang "$work/fr.html" '<html lang="fr">'
has report_html_words "$work/fr.html" "<h2>Apprenants par scénario</h2>"
has report_html_en "$work/en.html" '<html lang="en">'
has report_ending_fr "$work/fr.html" 'Nouvelles trop minces &times; 1'
has report_ending_en "$work/en.html" 'thin_update &times; 1'
# <html lang> names the catalog the words were read from, not LANGUAGE's
# first entry: with no German catalog, de:fr is a French page; a LANGUAGE no
# catalog matches (here one that would break out of the attribute) is English.
lang_report() { (cd "$src" && env -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 LANGUAGE="$1" "$bin" report \
    "$ana" --html "$2") >/dev/null 2>&1; }
lang_report de:fr "$work/de_fr.html"
has report_lang_catalog "$work/de_fr.html" '<html lang="fr">'
has report_lang_catalog_words "$work/de_fr.html" "<h2>Apprenants par scénario</h2>"
lang_report 'fr"><b>x:@@' "$work/junk.html"
has report_lang_junk "$work/junk.html" '<html lang="en">'
n=$((n + 1))
if grep -q '<b>x' "$work/junk.html"; then
    echo "FAIL report_lang_junk_kept_out: LANGUAGE's text reached the page"
    fail=$((fail + 1))
fi
n=$((n + 1))
if ! cmp -s <(sed 's/[0-9-]*T[0-9:]*Z//g' "$work/fr.csv") <(sed 's/[0-9-]*T[0-9:]*Z//g' "$work/en.csv"); then
    echo "FAIL report_csv_same: the CSV differs between French and English"
    diff "$work/en.csv" "$work/fr.csv" | head -10
    fail=$((fail + 1))
fi

# A drill's result says how it ended in the scenario's French words (the
# next day's review of report_back; a review shuffles each moment's choices,
# and --seed 2 makes the first choices end two moments at thin_update).
RAPPORT_TODAY=2026-12-04 RAPPORT_NOW=2026-12-04T10:00:00Z fr play --text --data-dir "$work/rv" \
    --player ana --choices 1,1,1,1 "$src/scenarios/mentor/report_back.lua" >/dev/null 2>&1
RAPPORT_TODAY=2026-12-05 RAPPORT_NOW=2026-12-05T10:00:00Z fr review --text --data-dir "$work/rv" \
    --player ana --seed 2 --choices 1,1,1,1,1,1 >"$work/review_fr" 2>&1
has review_ending_fr "$work/review_fr" "Fin${NB}: Nouvelles trop minces"
# each moment is headed by the scenario's French title and its line there
has review_heading_fr "$work/review_fr" "== 1 sur 3${NB}: Des nouvelles, comme promis, «${NB}"

# The report's problems with the input in French on the terminal and in the
# HTML box, in English in the CSV (data); the charts' spoken labels too.
: >"$work/empty.json"
fr report "$ana" "$work/empty.json" "$work/gone.json" --html "$work/pfr.html" \
    --csv "$work/pfr.csv" >/dev/null 2>"$work/pfr.err"
(cd "$src" && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG "$bin" report "$ana" \
    "$work/empty.json" --html "$work/pen.html" --csv "$work/pen.csv") >/dev/null 2>"$work/pen.err"
has problem_terminal_fr "$work/pfr.err" "rapport: $work/empty.json${NB}: ignoré${NB}: il est vide"
has problem_missing_fr "$work/pfr.err" "$work/gone.json${NB}: ignoré${NB}: il ne peut pas être ouvert${NB}: "
has problem_box_fr "$work/pfr.html" "<b>Fichier abîmé.</b> $work/empty.json${NB}: ignoré${NB}: il est vide</li>"
has problem_csv_en "$work/pfr.csv" ",damaged,$work/empty.json: skipped: it is empty,"
# (the system's own words for an errno too, where it has French ones)
has problem_csv_errno_en "$work/pfr.csv" "gone.json: skipped: it cannot be opened: No such file or directory,"
has problem_terminal_en "$work/pen.err" "rapport: $work/empty.json: skipped: it is empty"
# the store's reasons for a file it refuses (not JSON, a field missing, a
# newer rapport's): French on the terminal and in the box, English in the CSV
printf '{"schema": 2, "player": "x",\n' >"$work/cut.json"
printf '{"schema": 2, "sessions": []}\n' >"$work/noplayer.json"
printf '{"schema": 99, "player": "y", "sessions": []}\n' >"$work/newer.json"
fr report "$ana" "$work/cut.json" "$work/noplayer.json" "$work/newer.json" --html "$work/st.html" \
    --csv "$work/st.csv" >/dev/null 2>"$work/st.err"
has store_json_fr "$work/st.err" "cut.json${NB}: ignoré${NB}: ce n'est pas du JSON valide (ligne 2)"
has store_field_fr "$work/st.html" "noplayer.json${NB}: ignoré${NB}: le champ «${NB}player${NB}» manque"
has store_newer_fr "$work/st.err" "newer.json${NB}: ignoré${NB}: il a été écrit par un rapport plus récent (schéma 99${NB}; celui-ci lit jusqu'au 2)"
has store_json_csv_en "$work/st.csv" "cut.json: skipped: it is not valid JSON (line 2)"
has store_field_csv_en "$work/st.csv" 'noplayer.json: skipped: the field ""player"" is missing'
# a pack's diagnostic quoted in a problem: its French words, English in the CSV
printf 'return { format = 1, kind = "pack", id = "t.p", title = "P",\n  scenarios = { "networking.coffe_line" } }\n' >"$work/p.pack.lua"
fr report "$ana" "$work/p.pack.lua" --csv "$work/pk.csv" --html "$work/pk.html" >/dev/null \
    2>"$work/pk.err"
has pack_title_fr "$work/pk.html" "<title>P${NB}: Rapport d'atelier</title>"
has pack_problem_fr "$work/pk.err" "'networking.coffe_line' n'est pas un scénario de la bibliothèque"
has pack_problem_csv_en "$work/pk.csv" "'networking.coffe_line' is not a scenario in the library"
has aria_fr "$work/pfr.html" 'aria-label="première '
has aria_group_fr "$work/pfr.html" 'aria-label="précision, première séance '
has aria_en "$work/pen.html" 'aria-label="first '
has aria_group_en "$work/pen.html" 'aria-label="accuracy first '

# `rapport progress` in French: an ending's words from the scenario's
# translation (report_back.fr.po), the grade in French; a scenario without
# one keeps its label. --json keeps the labels and grades (data).
fr progress --data-dir "$work/d" --player ana >"$work/progress_ana" 2>&1
has progress_ending_fr "$work/progress_ana" "Nouvelles trop minces (mitigée)"
has progress_ending_untranslated "$work/progress_ana" "networking.coffee_line #1      "
fr progress --json --data-dir "$work/d" --player ana >"$work/progress_ana.json" 2>&1
has progress_json_label "$work/progress_ana.json" '"thin_update"'
has progress_json_grade "$work/progress_ana.json" '"mixed"'
n=$((n + 1))
if grep -q "Nouvelles\|mitigée" "$work/progress_ana.json"; then
    echo "FAIL progress_json_english: French words in progress --json"
    fail=$((fail + 1))
fi
(cd "$src" && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG "$bin" progress \
    --data-dir "$work/d" --player ana) >"$work/progress_ana_en" 2>&1
has progress_ending_en "$work/progress_ana_en" "thin_update (mixed)"

# The homework follow-up at a terminal: a session played in English saved
# the scenario's title and homework as written; asked in French two days
# later, they come through the scenario's translation (report_back.fr.po).
(cd "$src" && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES -u LANG RAPPORT_NOW=2026-12-03T10:00:00Z \
    "$bin" play --text --data-dir "$work/hw" --player ana --choices 1,1,1,1 \
    "$src/scenarios/mentor/report_back.lua") >/dev/null 2>&1
printf '[["> ", ""], ["Progression de", null]]\n' >"$work/hw_steps.json"
(cd "$src" && env -u LANGUAGE -u LC_ALL -u LC_MESSAGES LANG=fr_FR.UTF-8 \
    RAPPORT_NOW=2026-12-05T10:00:00Z python3 "$src/tests/cli/tty_script.py" "$work/hw_steps.json" \
    -- "$bin" progress --data-dir "$work/hw" --player ana) >"$work/hw_fr" 2>&1
has homework_title_fr "$work/hw_fr" "(Des nouvelles, comme promis, 2026-12-03)"
has homework_text_fr "$work/hw_fr" "Choisissez un conseil qu'on vous a donné cette année."

# LANGUAGE names the language under C.UTF-8, under C and alone, as it does
# for the scenarios (docs/translating.md); LANGUAGE=en, or none, is English.
(cd "$src" && env -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 LANGUAGE=fr "$bin" check "$lua") >"$work/lang_c_utf8" 2>&1
has language_fr_c_utf8 "$work/lang_c_utf8" "dans 1 fichier"
(cd "$src" && env -u LC_ALL -u LC_MESSAGES LANG=C LANGUAGE=fr "$bin" check "$lua") >"$work/lang_c" 2>&1
has language_fr_c "$work/lang_c" "dans 1 fichier"
(cd "$src" && env -u LC_ALL -u LC_MESSAGES -u LANG LANGUAGE=fr "$bin" check "$lua") >"$work/lang_alone" 2>&1
has language_fr_alone "$work/lang_alone" "dans 1 fichier"
(cd "$src" && env -u LC_ALL -u LC_MESSAGES LANG=fr_FR.UTF-8 LANGUAGE=en "$bin" check "$lua") >"$work/lang_en" 2>&1
has language_en_wins "$work/lang_en" "0 errors, 0 warnings in 1 file"

# A scenario reads the environment as the program's own words do, in a bare
# environment too, whatever is read first: LANGUAGE=fr under C.UTF-8, C or no
# locale is French for both. As gettext does per domain, each takes the first
# language of the list it has: de:fr plays the scenario's German .po around
# French program words (rapport has no German catalog), de around English.
mkdir -p "$work/sc"
printf '%s\n' "return { format = 1, id = 't.hall', title = 'The hallway', start = 'a'," \
    "  nodes = { a = { text = 'Hi.', choices = { { text = 'Bye.', to = 'b', feedback = 'Fine.' } } }," \
    "    b = { text = 'Bye.', ending = 'parted' } } }" >"$work/sc/hall.lua"
po_title() { printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgctxt "title"\nmsgid "The hallway"\nmsgstr "%s"\n' "$1"; }
po_title "Le couloir" >"$work/sc/hall.fr.po"
po_title "Der Flur" >"$work/sc/hall.de.po"
bare() { # name, LANG (or -), LANGUAGE, title wanted, debrief heading wanted
    local out=$work/bare_$1 keep=() v
    # the sanitizer build's settings (its leak suppressions) are no language
    for v in ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS; do
        [ -n "${!v:-}" ] && keep+=("$v=${!v}")
    done
    if [ "$2" = - ]; then
        env -i "${keep[@]}" LANGUAGE="$3" HOME="$work/h" "$bin" play --text --no-save --choices 1 "$work/sc/hall.lua" >"$out" 2>&1
    else
        env -i "${keep[@]}" LANG="$2" LANGUAGE="$3" HOME="$work/h" "$bin" play --text --no-save --choices 1 "$work/sc/hall.lua" >"$out" 2>&1
    fi
    has "$1_title" "$out" "== $4 =="
    has "$1_words" "$out" "== $5"
}
bare lang_c_utf8_fr C.UTF-8 fr "Le couloir" "Bilan${NB}: Le couloir"
bare lang_c_fr C fr "Le couloir" "Bilan${NB}: Le couloir"
bare lang_none_fr - fr "Le couloir" "Bilan${NB}: Le couloir"
bare lang_de_fr C.UTF-8 de:fr "Der Flur" "Bilan${NB}: Der Flur"
bare lang_de C.UTF-8 de "Der Flur" "Debrief: Der Flur"

echo "$((n - fail)) of $n checks passed"
[ $fail -eq 0 ]
