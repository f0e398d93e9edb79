#!/usr/bin/env bash
# tests/arch/format.sh ROOT: every C file of the project (engine, tests, tools,
# anything with a .c or .h under ROOT but build folders) is formatted as
# ROOT/.clang-format says. Exit 0 when all are; else clang-format's own report
# (file:line and the change it wants) and exit 1. Exit 77 (skipped, saying why)
# when clang-format is not installed (scripts/deps installs it).
#
# tests/arch/format.sh --self-test ROOT: a copy of one formatted file with its
# indentation broken must be caught (so this test cannot pass by seeing nothing).
set -u
self=0
if [ "${1:-}" = --self-test ]; then self=1; shift; fi
root=${1:?usage: format.sh [--self-test] ROOT}
if ! command -v clang-format >/dev/null; then
  echo "format.sh: clang-format is not installed (Debian: clang-format); skipped"
  exit 77
fi
files() {
  find "$root" \( -name 'build' -o -name 'build-*' -o -name '.git' -o -name node_modules \) -prune \
    -o -type f \( -name '*.c' -o -name '*.h' \) -print | sort
}
if [ $self -eq 1 ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  cp "$root/.clang-format" "$tmp/"
  # A known formatted file, with one line's indentation taken away.
  sed '0,/^    /s/^    //' "$root/engine/core/core.h" >"$tmp/broken.c"
  if clang-format --dry-run -Werror "$tmp/broken.c" 2>/dev/null; then
    echo "format.sh --self-test: a mis-indented copy of engine/core/core.h passed"
    exit 1
  fi
  echo "format.sh --self-test: a mis-indented file is caught"
  exit 0
fi
report=$(mktemp)
trap 'rm -f "$report"' EXIT
n=$(files | wc -l)
if [ "$n" -eq 0 ]; then
  echo "format.sh: no C files under $root"
  exit 1
fi
if ! files | xargs -d '\n' clang-format --dry-run -Werror 2>"$report"; then
  head -60 "$report"
  # One "FILE:LINE:COL: error: code should be clang-formatted" per place.
  bad=$(grep -o '^[^:]*:[0-9]*:[0-9]*: error' "$report" | cut -d: -f1 | sort -u | wc -l)
  echo "format.sh: $bad of $n C files are not formatted as .clang-format says (run clang-format -i on them)"
  exit 1
fi
echo "format.sh: $n C files, all formatted"
