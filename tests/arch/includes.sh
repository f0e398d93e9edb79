#!/usr/bin/env bash
# tests/arch/includes.sh ROOT: every #include under ROOT/engine points the
# way docs/architecture.md allows: ui, cli -> app -> script, store, lrs -> core.
# Exit 0 when all do; else one line per wrong-way include and exit 1.
#
# tests/arch/includes.sh --self-test ROOT: plants one wrong-way include at a
# time in a copy of ROOT/engine and checks that each is caught (so this test
# cannot pass by seeing nothing).
#
# The link lines (engine/*/CMakeLists.txt) already refuse some of these at
# build time (Lua, SDL and engine/script are private to their users); this
# covers the rest: cJSON and the C library headers sit on every include path,
# and a PUBLIC link (app -> core, store) opens a path a front end must not use.
set -u

# One row per part: the parts whose public headers it may include, the
# outside libraries it may include, and the headers it offers the parts above
# it (any other header of it is its own). Angle-bracket headers of no library
# named in library_of below are the C library and POSIX, which every part may use.
RULES='
# part  | may use               | libraries          | public headers
core    | -                     | -                  | core.h diag.h
script  | core                  | lua gettextpo      | script.h pack.h expect.h l10n.h
store   | core                  | cjson              | store.h store_file.h
lrs     | store core            | cjson curl openssl | lrs.h
app     | script store lrs core | -                  | app.h report.h i18n.h app_l10n.h
room    | -                     | mhd qrencode       | room.h
ui      | app lrs room          | sdl espeak         | ui.h
cli     | app lrs ui            | cjson              | -
'
declare -A USES=() LIBS=() PUBLIC=()
while IFS='|' read -r part uses libs public; do
    part=${part// /}
    [ -z "$part" ] || [ "${part:0:1}" = "#" ] && continue
    read -r -a w <<<"$uses" && USES[$part]=${w[*]/#-/}
    read -r -a w <<<"$libs" && LIBS[$part]=${w[*]/#-/}
    read -r -a w <<<"$public" && PUBLIC[$part]=${w[*]/#-/}
done <<<"$RULES"
# Known wrong-way includes still to be moved, "file header", each with why.
# Keep this list empty: an entry is a debt, not a rule.
EXCEPTIONS=()

# Sets lib to the library an angle-bracket header belongs to, "" for the C library.
library_of() {
    case $1 in
    lua.h | lauxlib.h | lualib.h | luaconf.h | lua5.4/*) lib=lua ;;
    cjson/* | cJSON.h) lib=cjson ;;
    SDL*.h | SDL2/*) lib=sdl ;;
    espeak-ng/*) lib=espeak ;;
    curl/*) lib=curl ;;
    openssl/*) lib=openssl ;;
    microhttpd.h) lib=mhd ;;
    qrencode.h) lib=qrencode ;;
    gettext-po.h) lib=gettextpo ;;
    cmocka.h) lib=cmocka ;;
    *) lib="" ;;
    esac
}

has_word() { # list word
    local w
    for w in $1; do [ "$w" = "$2" ] && return 0; done
    return 1
}

check_tree() { # root: prints every wrong-way include; returns 1 if any
    local root=$1 bad=0 files=0 lines=0
    local -A owner=()
    local d part h
    for d in "$root"/engine/*/; do
        part=$(basename "$d")
        if [ -z "${USES[$part]+set}" ]; then
            echo "engine/$part: a part this test does not know; add it to tests/arch/includes.sh and docs/architecture.md"
            bad=1
            continue
        fi
        for h in "$d"*.h; do
            [ -e "$h" ] || continue
            h=$(basename "$h")
            if [ -n "${owner[$h]:-}" ]; then
                echo "engine/$part/$h: the same name as engine/${owner[$h]}/$h; an include of it is ambiguous"
                bad=1
            fi
            owner[$h]=$part
        done
    done
    local rel n text quote name lib o e
    local -A used=()
    local re='^[[:space:]]*#[[:space:]]*include[[:space:]]*([<"])([^">]+)[">]'
    # One grep over the whole tree: "engine/PART/FILE:LINE:#include ...".
    while IFS=: read -r rel n text; do
        [[ $text =~ $re ]] || continue
        quote=${BASH_REMATCH[1]} name=${BASH_REMATCH[2]}
        part=${rel#engine/} part=${part%%/*}
        [ -n "${USES[$part]+set}" ] || continue
        lines=$((lines + 1))
        for e in "${EXCEPTIONS[@]}"; do
            [ "$e" = "$rel $name" ] && used[$e]=1 && continue 2
        done
        if [ "$quote" = "<" ] && [ -z "${owner[$name]:-}" ]; then
            library_of "$name"
            if [ -n "$lib" ] && ! has_word "${LIBS[$part]}" "$lib"; then
                echo "$rel:$n: includes <$name> ($lib); $part may use: ${LIBS[$part]:-the C library only}"
                bad=1
            fi
            continue
        fi
        o=${owner[$name]:-}
        if [ -z "$o" ]; then
            echo "$rel:$n: includes \"$name\", which is no header in engine/"
            bad=1
        elif [ "$o" = "$part" ]; then
            continue
        elif ! has_word "${USES[$part]}" "$o"; then
            echo "$rel:$n: includes $name (engine/$o); $part may use: ${USES[$part]:-nothing but itself}"
            bad=1
        elif ! has_word "${PUBLIC[$o]}" "$name"; then
            echo "$rel:$n: includes $name, internal to engine/$o (its public headers: ${PUBLIC[$o]})"
            bad=1
        fi
    done < <(cd "$root" && grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*["<]' engine/*/*.c engine/*/*.h)
    files=$(cd "$root" && ls engine/*/*.c engine/*/*.h | wc -l)
    for e in "${EXCEPTIONS[@]}"; do
        [ -n "${used[$e]:-}" ] || echo "note: the exception '$e' matches no include any more; remove it"
    done
    [ $bad -eq 0 ] && echo "includes: $lines in $files files, every one the allowed way"
    return $bad
}

WORK=
self_test() { # root
    local root=$1 fail=0 k
    WORK=$(mktemp -d) || exit 1
    trap 'rm -rf "$WORK"' EXIT
    # file to plant in | the include | what kind of mistake it is
    local cases=(
        "engine/ui/ui_pack.c|#include \"pack.h\"|a front end reaching engine/script"
        "engine/cli/check.c|#include \"store.h\"|a front end reaching engine/store around app"
        "engine/core/model.c|#include <lua.h>|core including Lua"
        "engine/store/json.c|#include \"app.h\"|an include pointing up"
        "engine/cli/main.c|#include <SDL.h>|SDL outside engine/ui"
        "engine/app/play.c|#include \"sandbox.h\"|another part's internal header"
        "engine/ui/ui_main.c|#include <cjson/cJSON.h>|cJSON in a front end"
    )
    cp -r "$root/engine" "$WORK/"
    if ! check_tree "$WORK" >"$WORK/out"; then
        echo "FAIL the tree as it is does not pass:"
        cat "$WORK/out"
        return 1
    fi
    for k in "${cases[@]}"; do
        local file=${k%%|*} rest=${k#*|}
        local line=${rest%%|*} what=${rest#*|}
        if [ ! -e "$WORK/$file" ]; then
            echo "FAIL $file is gone; pick another file for: $what"
            fail=1
            continue
        fi
        cp "$WORK/$file" "$WORK/saved"
        printf '%s\n' "$line" >>"$WORK/$file"
        if check_tree "$WORK" >"$WORK/out"; then
            echo "FAIL not caught: $what ($line in $file)"
            fail=1
        elif ! grep -q "^$file:" "$WORK/out"; then
            echo "FAIL caught, but $file is not named: $what"
            cat "$WORK/out"
            fail=1
        fi
        mv "$WORK/saved" "$WORK/$file"
    done
    [ $fail -eq 0 ] && echo "self-test: ${#cases[@]} planted wrong-way includes, each caught"
    return $fail
}

if [ "${1:-}" = --self-test ]; then
    self_test "${2:?usage: includes.sh --self-test ROOT}"
else
    check_tree "${1:?usage: includes.sh ROOT}"
fi
