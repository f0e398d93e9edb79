#!/usr/bin/env python3
"""tests/workshops/check_csv.py REPORT.csv PLAYED.log: checks the class
report's CSV cell by cell against the sessions make_progress.sh played.

PLAYED.log has one line per session, "NAME<TAB>JSON" from `play --json`. The
fixture's percents are also pinned here by hand (tests/golden pins the same
numbers), so a report that copied wrong figures through both paths still fails.
Rows come one per learner and session: learners in name order (case
ignored), each learner's sessions oldest first. Problems with the input come
before them, one row each with only `problem` and `problem_detail` (and, for a
merged player, `learner`) filled in; with PROBLEMS (a count) there must be that
many. After a learner's sessions may come one row of kind "practice" (drills,
reviews, homework, confidence), with only the learner and the practice columns
that follow problem_detail filled in. Prints the first difference."""
import csv
import datetime
import json
import sys

SKILLS = ["listening", "empathy", "value_first"]
# choices -> (outcome, grade, accuracy per skill, percent per skill), skills in SKILLS order
FIXTURE = {
    "2": ("missed", "poor", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0)),
    "1,1,1": ("connected", "good", (100.0, 100.0, 100.0), (100.0, 100.0, 100.0)),
    "1,2,1": ("connected", "good", (100.0, 50.0, 50.0), (100.0, 50.0, 0.0)),
    "1,1,2": ("missed", "poor", (50.0, 100.0, 50.0), (50.0, 100.0, 200.0 / 3)),
    "1,t": ("missed", "poor", (100.0, 50.0, 100.0), (50.0, 50.0, 200.0 / 3)),
}


def seconds(start, end):
    f = "%Y-%m-%dT%H:%M:%SZ"
    return int((datetime.datetime.strptime(end, f) - datetime.datetime.strptime(start, f))
               .total_seconds())


def fig(v):
    return "" if v is None else "%.1f" % v


def main():
    report, log = sys.argv[1], sys.argv[2]
    n_problems = int(sys.argv[3]) if len(sys.argv) > 3 else None
    raw = open(report, "rb").read()
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""), \
        "RFC 4180 wants CRLF after every record and no bare LF"
    rows = list(csv.reader(raw.decode("utf-8").splitlines(), strict=True))
    head = ["learner", "scenario", "title", "mode", "kind", "attempt", "started", "ended",
            "finished", "outcome", "grade", "choices", "seconds", "latest_attempt",
            "accuracy_change"] + [s + "_accuracy" for s in SKILLS] + \
        [s + "_percent" for s in SKILLS] + ["problem", "problem_detail"]
    practice = ["drills", "reviews", "review_queue", "review_due", "review_spaced", "homework",
                "homework_did", "homework_partly", "homework_not_yet", "homework_skipped",
                "confidence_rated", "confidence_before_first", "confidence_before_latest",
                "confidence_after_first", "confidence_after_latest", "confidence_change"]
    np = len(head)
    head += practice
    assert rows[0] == head, f"header {rows[0]}"
    assert all(len(r) == len(head) for r in rows), "every row has every column"
    problems = [r for r in rows[1:] if r[np - 2]]
    assert rows[1:1 + len(problems)] == problems, "problem rows come first"
    for r in problems:
        assert not any(r[1:np - 2]) and r[np - 1] and not any(r[np:]), f"problem row {r}"
    if n_problems is not None:
        assert len(problems) == n_problems, f"{len(problems)} problem rows, want {n_problems}"
    rows = rows[:1] + rows[1 + len(problems):]
    # practice rows: one at most per learner, after their sessions, counts only
    for n, r in enumerate(rows[1:], start=1):
        if r[4] != "practice":
            continue
        assert r[0] and not any(r[1:4]) and not any(r[5:np]), f"practice row {r}"
        assert all(c.isdigit() for c in r[np:np + 11]), f"practice counts {r}"
        assert n + 1 == len(rows) or rows[n + 1][0] != r[0], f"practice row not last: {r}"
    rows = [r for r in rows if r[4] != "practice"]

    played = []
    for line in open(log, encoding="utf-8"):
        name, js = line.rstrip("\n").split("\t", 1)
        played.append((name, json.loads(js)))
    order = sorted(range(len(played)), key=lambda i: (played[i][0].lower(), played[i][0], i))
    attempt = {}  # each player's finished sessions of a scenario, numbered in play order
    for i, (name, js) in enumerate(played):
        key = (name, js["scenario"])
        attempt[i] = attempt.get(key, 0) + 1
        attempt[key] = attempt[i]
    first, last = {}, {}  # each player's first and latest session of a scenario
    for i, (name, js) in enumerate(played):
        first.setdefault((name, js["scenario"]), i)
        last[(name, js["scenario"])] = i
    assert len(rows) - 1 == len(played), f"{len(rows) - 1} rows for {len(played)} sessions"
    for n, i in enumerate(order, start=1):
        name, js = played[i]
        row = rows[n]
        want_acc = [fig(js["skills"][s]["accuracy"]) for s in SKILLS]
        want_pct = [fig(js["skills"][s]["percent"]) for s in SKILLS]
        if js["scenario"] == "test.fixture":
            key = ",".join("t" if c == 0 else str(c) for c in js["choices"])
            fx = FIXTURE[key]
            assert (js["outcome"], js["grade"]) == fx[:2], f"fixture {key}: {js}"
            assert want_acc == [fig(v) for v in fx[2]], f"fixture {key}: {want_acc}"
            assert want_pct == [fig(v) for v in fx[3]], f"fixture {key}: {want_pct}"
            assert row[2] == "Fixture", f"row {n}: title {row[2]!r}"
        key = (name, js["scenario"])
        latest = last[key] == i
        change = ""
        if latest and first[key] != i:  # the same scenario only, first against latest
            a, b = played[first[key]][1]["skills"], js["skills"]
            d = [b[s]["accuracy"] - a[s]["accuracy"] for s in a
                 if s in b and a[s]["accuracy"] is not None and b[s]["accuracy"] is not None]
            change = "%.1f" % (sum(d) / len(d)) if d else ""
        want = [name, js["scenario"], row[2], "practice", "session", str(attempt[i]), row[6],
                row[7], "yes", js["outcome"], js["grade"], str(len(js["choices"])),
                str(seconds(row[6], row[7])), "yes" if latest else "", change] + \
            want_acc + want_pct + ["", ""] + [""] * len(practice)
        assert row == want, f"row {n}:\n  got  {row}\n  want {want}"
        assert row[2] and row[6].endswith("Z") and row[7].endswith("Z"), f"row {n}: {row}"
    print(f"csv: {len(played)} sessions match")


if __name__ == "__main__":
    try:
        main()
    except AssertionError as e:
        print(f"csv: {e}")
        sys.exit(1)
