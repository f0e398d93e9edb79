#!/usr/bin/env bash
# tests/i18n/catalog.sh SRC: every language in assets/locale is complete for
# today's sources. The template is made afresh from engine/ (as
# scripts/l10n-update makes it) and merged into a copy of each LANG.po; the
# merge must leave nothing untranslated or fuzzy (msgfmt --statistics), and
# the .po must pass msgfmt --check (format strings agree with the English,
# plural forms declared). So a new _("...") in the code without its
# translation fails here. The check is also shown to catch one: a template
# with one more message must fail it. Exit 77 when GNU gettext's tools are
# missing (scripts/deps installs them). fr.po also keeps French typography:
# no plain space before : ; ! ?, only a no-break one.
set -u
src=$1
for t in xgettext msgmerge msgfmt msgexec; do
    command -v $t >/dev/null || { echo "skipped: $t is not installed (package gettext)"; exit 77; }
done
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
fail=0 n=0
"$src/scripts/l10n-update" --pot "$work/rapport.pot" 2>"$work/xgettext.err" || {
    echo "FAIL: xgettext failed"; cat "$work/xgettext.err"; exit 1; }

complete() { # po, pot: prints the statistics; fails unless all translated
    local po=$1 pot=$2 stats
    msgmerge --quiet --no-fuzzy-matching -o "$work/merged.po" "$po" "$pot" || return 1
    msgfmt --check -o /dev/null "$po" || return 1
    stats=$(msgfmt --check --statistics -o /dev/null "$work/merged.po" 2>&1) || return 1
    echo "$stats"
    case $stats in *untranslated* | *fuzzy*) return 1 ;; esac
    return 0
}

found=0
for po in "$src"/assets/locale/*.po; do
    [ -e "$po" ] || continue
    found=1
    n=$((n + 1))
    if stats=$(complete "$po" "$work/rapport.pot"); then
        echo "$(basename "$po"): $stats"
    else
        echo "FAIL $(basename "$po") is not complete for today's sources: $stats"
        echo "  (scripts/l10n-update, then translate what msgfmt --statistics counts)"
        fail=$((fail + 1))
    fi
    # The check catches a message the catalog lacks.
    n=$((n + 1))
    cp "$work/rapport.pot" "$work/more.pot"
    printf '\nmsgid "A message added to the code today"\nmsgstr ""\n' >>"$work/more.pot"
    if complete "$po" "$work/more.pot" >/dev/null 2>&1; then
        echo "FAIL the completeness check missed a new message in $(basename "$po")"
        fail=$((fail + 1))
    fi
done
# French typography: a no-break space (U+00A0, or the narrow U+202F) before
# : ; ! and ?, never a plain one, which a line may break at and leave the
# colon alone at the start of the next line. msgexec hands each translation
# (every plural form, no header) to the check, unescaped.
plain_space() { # po: prints the English of each translation with a plain space there
    msgexec -i "$1" sh -c 'if grep -q " [:;!?]"; then printf "%s\n" "$MSGEXEC_MSGID"; fi'
}
if [ -e "$src/assets/locale/fr.po" ]; then
    n=$((n + 1))
    bad=$(plain_space "$src/assets/locale/fr.po")
    if [ -n "$bad" ]; then
        echo "FAIL fr.po has a plain space before : ; ! or ? (use U+00A0) in the French of:"
        printf '  %s\n' "$bad"
        fail=$((fail + 1))
    fi
    # The check catches one.
    n=$((n + 1))
    printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "Saved: %%s"\nmsgstr "Enregistré : %%s"\n' >"$work/plain.po"
    if [ "$(plain_space "$work/plain.po")" != "Saved: %s" ]; then
        echo "FAIL the typography check missed 'Enregistré : %s'"
        fail=$((fail + 1))
    fi
fi
n=$((n + 1))
[ $found = 1 ] || { echo "FAIL no assets/locale/*.po"; fail=$((fail + 1)); }
echo "$((n - fail)) of $n checks passed"
[ $fail -eq 0 ]
