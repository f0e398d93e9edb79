#!/usr/bin/env bash
# tests/workshops/browser.sh RAPPORT SRC SHOTS: opens the class report in a real
# browser (Debian's headless chromium), checks what it shows through the DOM it
# built (the summary and the learner-by-scenario grid too), prints it to PDF
# with the print stylesheet, and saves screenshots as SHOTS/report.png (the
# page) and SHOTS/report-summary.png (its top) for people to look at.
set -u
bin=$1 src=$2 shots=$3
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export RAPPORT_SCENARIOS=$src/scenarios
pass=0 fail=0
check() {
  local what=$1
  shift
  if "$@"; then pass=$((pass + 1)); else echo "FAIL: $what"; fail=$((fail + 1)); fi
}
browser=$(command -v chromium || true)
if [ -z "$browser" ]; then
  echo "FAIL: chromium is not installed (scripts/deps installs it)"
  echo "0 passed, 1 failed"
  exit 1
fi
# A fresh profile each run, and nothing that reaches the network.
chrome() {
  timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$(mktemp -d -p "$tmp")" --hide-scrollbars "$@" 2>>"$tmp/chrome.log"
}

"$here/make_progress.sh" "$bin" "$src" "$tmp/d" &&
  "$bin" report "$tmp/d" "$src/tests/golden/fixture.lua" --html "$tmp/report.html" >/dev/null 2>&1
if [ ! -s "$tmp/report.html" ]; then
  echo "FAIL: could not make the report"
  echo "0 passed, 1 failed"
  exit 1
fi
url="file://$tmp/report.html"

# What the browser built: text as a reader sees it (tags dropped, entities decoded).
chrome --dump-dom "$url" >"$tmp/dom.html"
python3 - "$tmp/dom.html" >"$tmp/dom.txt" <<'EOF'
import html, re, sys
s = open(sys.argv[1], encoding="utf-8").read()
s = re.sub(r"<(style|svg)\b.*?</\1>", " ", s, flags=re.S)
s = re.sub(r"<[^>]+>", " ", s)
print(re.sub(r"\s+", " ", html.unescape(s)))
EOF
shows() { grep -qF -- "$1" "$tmp/dom.txt"; }
check "the browser built the page" test -s "$tmp/dom.html"
check "title" shows "Workshop report"
check "counts" shows "4 learners · 10 sessions · 2 scenarios"
for name in "Ana Ruiz" "Bo Li" "Cé Dupont" '<b>Eve</b> & "Zed", Jr.'; do
  check "learner '$name' shown as text" shows "$name"
done
check "no markup from a name reached the DOM" bash -c "! grep -q '<b>Eve</b>' '$tmp/dom.html'"
check "first, latest and best accuracy, then the score" shows "0% → 100% best 100% score 0% → 87%"
check "one-session percent" shows "0% one session"
check "who improved most" shows "Ana Ruiz improved most"
check "node share text" shows "33% asked before giving anything here"
check "share counts" shows "33% 2 of 6"
check "choice text beside it" shows "“Congratulations! What made it a slog?”"
check "feedback beside it" shows "You celebrated and asked about their experience."
check "coffee_line share" shows "25% missed the cue here"
check "most common mistake" shows "Asked before giving anything premature_ask"
check "problems with the input shown" shows "Problems with the input"
check "the broken file named in the box" \
  shows "Damaged file. $tmp/d/broken.json: skipped: it is not valid JSON (line 2)"
check "the foreign file named in the box" \
  shows "Not a progress file. $tmp/d/foreign.json: skipped: it is not a rapport progress file (it has no \"schema\" number)"
check "the box before the figures" python3 -c '
import sys
t = open(sys.argv[1], encoding="utf-8").read()
a, b = t.find("Problems with the input The figures below"), t.find("The group at a glance")
sys.exit(not (0 <= a < b))' "$tmp/dom.txt"
# The summary and the grid (learner by scenario), as a reader sees them.
check "summary: who took part" \
  shows "Who took part 4 learners: <b>Eve</b> & \"Zed\", Jr., Ana Ruiz, Bo Li and Cé Dupont. 10 attempts at 2 scenarios"
check "summary: the two most common mistakes, in words" \
  shows "The two most common mistakes Asked before giving anything : 4 times, by 2 of 4 learners. Missed the cue :"
# (the two scenarios' columns come in the order they were first played, which
# can be the same second: each cell is checked on its own)
check "grid: the latest ending by its label, attempts, accuracy, change within the scenario" \
  shows "Connected 2 attempts 96% accuracy +90 since the first"
check "grid: the same for the fixture" shows "Connected 2 attempts 100% accuracy +100 since the first"
check "grid: endings in words, not their ids" shows "Left early 1 attempt 0% accuracy"
check "grid: no change after one finished attempt" shows "Missed 1 attempt 83% accuracy"
check "grid: a scenario not tried" shows "not tried"
check "grid: the change per scenario over the group" \
  bash -c "grep -qF -- '+90 over 1 learner' '$tmp/dom.txt' && grep -qF -- '+50 over 2 learners' '$tmp/dom.txt'"
check "the box, then the summary, then the grid, then the figures" python3 -c '
import sys
t = open(sys.argv[1], encoding="utf-8").read()
a, b, c, d = (t.find(s) for s in ("Problems with the input The figures below", "Summary The workshop",
                                   "Learners by scenario Each cell", "The group at a glance"))
sys.exit(not (0 <= a < b < c < d))' "$tmp/dom.txt"
check "charts rendered as SVG" test "$(grep -o '<svg' "$tmp/dom.html" | wc -l)" -gt 20

# Printing: the print stylesheet gives a multi-page PDF.
chrome --print-to-pdf="$tmp/report.pdf" --no-pdf-header-footer "$url" >/dev/null
check "prints to PDF" test -s "$tmp/report.pdf"
pages=$(python3 -c 'import re, sys; print(len(re.findall(rb"/Type\s*/Page\b(?!s)", open(sys.argv[1], "rb").read())))' "$tmp/report.pdf")
check "PDF has several pages (got $pages)" test "$pages" -ge 2

mkdir -p "$shots"
rm -f "$shots/report.png"
chrome --window-size=1200,1800 --screenshot="$shots/report.png" "$url" >/dev/null
check "screenshot saved" test -s "$shots/report.png"
rm -f "$shots/report-summary.png"
chrome --window-size=1100,1400 --screenshot="$shots/report-summary.png" "$url" >/dev/null
check "screenshot of the summary and grid saved" test -s "$shots/report-summary.png"
check "screenshot is a PNG" bash -c "head -c 8 '$shots/report.png' | od -An -tx1 | grep -q '89 50 4e 47 0d 0a 1a 0a'"
if [ $fail -gt 0 ]; then tail -5 "$tmp/chrome.log"; fi
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
