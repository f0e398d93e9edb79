#!/usr/bin/env python3
"""tests/workshops/check_problems.py REPORT.csv REPORT.html STDERR EXPECTED:
checks that the class report shows every problem with the input in all three
places, once each, and the same words in each.

EXPECTED has one line per problem the report must show, "CODE<TAB>TEXT": a
problem of kind CODE whose line contains TEXT. The problem rows of the CSV,
the items of the HTML's problems box (unescaped) and the "rapport: " lines on
stderr must be the same list, in the same order, each problem once, and have
exactly as many problems as EXPECTED has lines. Prints the first difference."""
import csv
import html
import re
import sys


def main():
    report_csv, report_html, stderr, expected = sys.argv[1:5]
    rows = list(csv.reader(open(report_csv, encoding="utf-8", newline="")))
    # the practice columns follow problem_detail (docs/workshops.md)
    pi = rows[0].index("problem")
    assert rows[0][pi + 1] == "problem_detail", f"header {rows[0]}"
    in_csv = [(r[pi], r[pi + 1]) for r in rows[1:] if r[pi]]

    page = open(report_html, encoding="utf-8").read()
    box = re.search(r'<section id="problems".*?</section>', page, flags=re.S)
    assert box, "no problems box"
    in_box = [(c, html.unescape(t)) for c, t in
              re.findall(r'<li data-problem="([a-z_]+)"><b>[^<]*</b> (.*?)</li>', box.group(0))]
    assert in_box == in_csv, f"the box and the CSV differ:\n  box {in_box}\n  csv {in_csv}"

    err = open(stderr, encoding="utf-8").read().splitlines()
    for code, text in in_csv:
        n = err.count("rapport: " + text)
        assert n == 1, f"stderr has {n} lines 'rapport: {text}', want 1"

    want = [line.rstrip("\n").split("\t", 1) for line in open(expected, encoding="utf-8")
            if line.strip()]
    left = list(in_csv)
    for code, text in want:
        hit = next((p for p in left if p[0] == code and text in p[1]), None)
        assert hit, f"no {code} problem with {text!r} among\n  " + "\n  ".join(map(str, left))
        left.remove(hit)
    assert not left, "problems nobody expected:\n  " + "\n  ".join(map(str, left))
    print(f"problems: {len(in_csv)} in the box, the CSV and on stderr")


if __name__ == "__main__":
    try:
        main()
    except AssertionError as e:
        print(f"problems: {e}")
        sys.exit(1)
