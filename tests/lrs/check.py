#!/usr/bin/env python3
"""tests/lrs/check.py COMMAND ...: independent checks for tests/lrs/run.sh.

fetch URL USER PASSWORD_FILE OUT    every statement in the LRS (GET, following "more")
compare EXPECTED GOT REJECTED_IDS   the LRS holds each expected statement exactly once,
                                    field for field, and nothing else
semantics GOT REG VERSION REJECTED_IDS PROGRESS...
                                    rebuilds every statement id (uuid5, docs/organisations.md)
                                    from the progress files and checks each field the LRS holds
rejected QUEUE...                   ids of rejected statements, one per line
queue FILE                          pending=N rejected=N failures=N wait=SECONDS
anon EXPORT NAME...                 no name anywhere; one stable pseudonym per player
setconf FILE KEY=JSON...            edits the LRS configuration in place (mode kept)
"""
import base64
import json
import math
import re
import sys
import time
import urllib.parse
import urllib.request
import uuid
from datetime import datetime, timezone

NS = uuid.UUID("29a65ddb-2690-5f7a-b1de-f7198caca1e4")  # uuid5(NAMESPACE_URL, ".../xapi")
BASE = "https://rapport.invalid"
EXT = "https://rapport.invalid/xapi/"
VERBS = "http://adlnet.gov/expapi/verbs/"
LRS_ADDED = ("stored", "authority", "version")
problems = []


def bad(msg):
    problems.append(msg)


def finish():
    for p in problems[:40]:
        print("  " + p)
    if len(problems) > 40:
        print(f"  ... and {len(problems) - 40} more")
    sys.exit(1 if problems else 0)


def fetch(url, user, pwfile, out):
    pw = open(pwfile).read().strip("\r\n")
    auth = "Basic " + base64.b64encode(f"{user}:{pw}".encode()).decode()
    root = urllib.parse.urlsplit(url)
    # One page: the in-memory store of xapi-statements sorts by `stored` but
    # pages with a cursor on its internal _id alone, so following `more`
    # skipped statements stored in the same instant (seen under load in CI).
    # It has no upper limit; `more` is still followed if it ever appears.
    nxt, got = url.rstrip("/") + "/statements?limit=100000", []
    while nxt:
        req = urllib.request.Request(nxt, headers={"Authorization": auth,
                                                   "X-Experience-API-Version": "1.0.3"})
        with urllib.request.urlopen(req, timeout=30) as r:
            page = json.load(r)
        got += page["statements"]
        more = page.get("more") or ""
        nxt = f"{root.scheme}://{root.netloc}{more}" if more else None
    json.dump(got, open(out, "w"))
    print(len(got))


def stripped(s):
    return {k: v for k, v in s.items() if k not in LRS_ADDED}


def load_ids(path):
    return set(line.strip() for line in open(path) if line.strip())


def compare(expected_file, got_file, rejected_file):
    expected = {s["id"]: s for s in json.load(open(expected_file))}
    got = json.load(open(got_file))
    rejected = load_ids(rejected_file)
    seen = {}
    for s in got:
        seen[s["id"]] = seen.get(s["id"], 0) + 1
    for i, n in seen.items():
        if n > 1:
            bad(f"{i} is in the LRS {n} times")
    want = set(expected) - rejected
    for i in sorted(want - set(seen)):
        bad(f"{i} ({expected[i]['verb']['id']}) never arrived")
    for i in sorted(set(seen) - want):
        bad(f"{i} is in the LRS but should not be")
    for s in got:
        e = expected.get(s["id"])
        if e and s["id"] in want and stripped(s) != e:
            for k in sorted(set(e) | set(stripped(s))):
                if e.get(k) != s.get(k):
                    bad(f"{s['id']}.{k}: sent {json.dumps(e.get(k))} stored {json.dumps(s.get(k))}")
    print(f"{len(got)} in the LRS, {len(want)} expected, {len(rejected)} rejected")
    finish()


def iso(secs):
    whole = math.floor(secs)
    ms = round((secs - whole) * 1000)
    if ms >= 1000:
        whole, ms = whole + 1, ms - 1000
    base = datetime.fromtimestamp(whole, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{base}.{ms:03d}Z" if ms else base + "Z"


def parse_iso(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc).timestamp()


def duration(secs):
    cs = round(secs * 100) if secs > 0 else 0
    h, m, s, f = cs // 360000, cs // 6000 % 60, cs // 100 % 60, cs % 100
    out = "PT" + (f"{h}H" if h else "") + (f"{m}M" if m else "")
    if f == 0:
        return out + f"{s}S"
    return out + (f"{s}.{f // 10}S" if f % 10 == 0 else f"{s}.{f:02d}S")


def tidy(x):
    return round(x * 10000) / 10000


def sid(player, rec, occ, verb, index):
    name = f"{BASE}\n{player}\n{rec['scenario']}\n{rec['started']}\n{occ}\n{verb}\n{index}"
    return str(uuid.uuid5(NS, name))


def expect(cond, msg):
    if not cond:
        bad(msg)


def semantics(got_file, reg, version, rejected_file, progress_files):
    got = {s["id"]: s for s in json.load(open(got_file))}
    rejected = load_ids(rejected_file)
    checked = set()
    for pf in progress_files:
        prog = json.load(open(pf))
        player = prog["player"]
        seen = {}
        for rec in prog["sessions"]:
            key = (rec["scenario"], rec["started"])
            occ = seen.get(key, 0)
            seen[key] = occ + 1
            act = f"{BASE}/scenarios/{urllib.parse.quote(rec['scenario'], safe='-._~')}"
            where = f"{player}/{rec['scenario']}/{rec['started']}#{occ}"
            grade = rec.get("grade")
            verbs = [("attempted", 0)] + [("answered", i) for i in range(len(rec["choices"]))]
            verbs += [("completed", 0)]
            if grade in ("good", "poor"):
                verbs.append(("passed" if grade == "good" else "failed", 0))
            for other in ("passed", "failed"):
                if (other, 0) not in verbs and sid(player, rec, occ, other, 0) in got:
                    bad(f"{where}: grade {grade} but a '{other}' statement arrived")
            clock, t0, t1 = parse_iso(rec["started"]), parse_iso(rec["started"]), parse_iso(rec["ended"])
            for verb, index in verbs:
                i = sid(player, rec, occ, verb, index)
                if i in rejected:
                    continue
                checked.add(i)
                s = got.get(i)
                if s is None:
                    bad(f"{where}: no '{verb}' statement {i} in the LRS")
                    continue
                w = f"{where} {verb}[{index}]"
                expect(s["verb"] == {"id": VERBS + verb, "display": {"en-US": verb}}, f"{w}: verb {s['verb']}")
                expect(s["actor"] == {"objectType": "Agent", "name": player,
                                      "account": {"homePage": BASE, "name": player}}, f"{w}: actor {s['actor']}")
                ctx = s.get("context", {})
                expect(ctx.get("registration") == reg, f"{w}: registration {ctx.get('registration')}")
                expect(ctx.get("platform") == "rapport", f"{w}: platform")
                ext = ctx.get("extensions", {})
                expect(ext.get(EXT + "rapport-version") == version, f"{w}: rapport version {ext}")
                expect(ext.get(EXT + "scenario-version") == rec["scenario_version"], f"{w}: scenario version")
                expect(ext.get(EXT + "mode") == rec["mode"], f"{w}: mode")
                expect(ext.get(EXT + "attempt") == rec.get("attempt"), f"{w}: attempt {ext.get(EXT + 'attempt')}")
                expect(ext.get(EXT + "kind") == rec.get("kind"), f"{w}: kind")
                expect(ext.get(EXT + "seed") == rec.get("seed"), f"{w}: seed")
                fam = ctx.get("contextActivities", {}).get("grouping", [{}])[0].get("id")
                expect(fam == f"{BASE}/families/{rec['family']}", f"{w}: family {fam}")
                text = json.dumps(s, ensure_ascii=False)
                for ch in rec["choices"]:
                    if ch.get("text"):
                        expect(ch["text"] not in text, f"{w}: the player's words were sent")
                if verb == "answered":
                    ch = rec["choices"][index]
                    node = urllib.parse.quote(ch["node"], safe="-._~")
                    expect(s["object"]["id"] == f"{act}/nodes/{node}", f"{w}: object {s['object']['id']}")
                    want_r = {"response": ch["choice"], "duration": duration(ch["ms"] / 1000)}
                    if ch.get("shown"):  # the display order, as ids (schema 2)
                        want_r["extensions"] = {EXT + "shown": ch["shown"]}
                    expect(s["result"] == want_r, f"{w}: result {s['result']}")
                    clock += ch["ms"] / 1000
                    expect(s["timestamp"] == iso(min(clock, t1)), f"{w}: timestamp {s['timestamp']}")
                    expect(ctx["contextActivities"]["parent"] == [{"objectType": "Activity", "id": act}],
                           f"{w}: parent")
                    continue
                expect(s["object"] == {"objectType": "Activity", "id": act, "definition": {
                    "name": {"en": rec["title"]}, "type": "http://adlnet.gov/expapi/activities/simulation"}},
                    f"{w}: object {s['object']}")
                if verb == "attempted":
                    expect(s["timestamp"] == rec["started"], f"{w}: timestamp")
                    expect("result" not in s, f"{w}: has a result")
                    continue
                expect(s["timestamp"] == rec["ended"], f"{w}: timestamp")
                r = s.get("result", {})
                expect(r.get("completion") is True, f"{w}: completion")
                expect(r.get("success") == {"good": True, "poor": False}.get(grade), f"{w}: success {r.get('success')}")
                expect(r.get("duration") == duration(t1 - t0), f"{w}: duration {r.get('duration')}")
                sk = rec["skills"]
                raw = sum(v["raw"] for v in sk.values())
                lo = sum(v["worst"] for v in sk.values())
                hi = sum(v["best"] for v in sk.values())
                score = {"scaled": tidy(sum(v["percent"] for v in sk.values()) / len(sk) / 100), "raw": tidy(raw)}
                if lo < hi and lo <= raw <= hi:
                    score.update(min=tidy(lo), max=tidy(hi))
                expect(r.get("score") == score, f"{w}: score {r.get('score')} want {score}")
                rx = r.get("extensions", {})
                want = {k: {"scaled": tidy(v["percent"] / 100), "raw": v["raw"], "best": v["best"],
                            "worst": v["worst"], "accuracy": v.get("accuracy")} for k, v in sk.items()}
                expect(rx.get(EXT + "skills") == want, f"{w}: skills {rx.get(EXT + 'skills')}")
                expect(rx.get(EXT + "outcome") == rec["outcome"], f"{w}: outcome")
                expect(rx.get(EXT + "grade") == grade, f"{w}: grade")
                expect(rx.get(EXT + "tags", {}) == rec.get("tags", {}), f"{w}: tags")
    for i in set(got) - checked:
        bad(f"{i} in the LRS matches no recorded session")
    print(f"{len(checked)} statements checked field by field against {len(progress_files)} progress files")
    finish()


def rejected(queues):
    for q in queues:
        for it in json.load(open(q))["items"]:
            if it["state"] == "rejected":
                print(it["id"])


def queue(path):
    q = json.load(open(path))
    items = q["items"]
    wait = 0
    if q.get("next_attempt"):
        t = q["next_attempt"].rstrip("Z").split(".")[0]
        wait = datetime.strptime(t, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc).timestamp() - time.time()
    print(f"pending={sum(i['state'] == 'pending' for i in items)} "
          f"rejected={sum(i['state'] == 'rejected' for i in items)} failures={q['failures']} wait={wait:.0f}")


def anon(export, names):
    text = open(export, encoding="utf-8").read()
    for n in names:
        expect(n not in text, f"the name {n} is in the anonymised export")
    stmts = json.loads(text)
    actors = {json.dumps(s["actor"], sort_keys=True) for s in stmts}
    for a in actors:
        a = json.loads(a)
        expect(set(a) == {"objectType", "account"} and re.fullmatch(r"learner-[0-9a-f]{12}", a["account"]["name"]),
               f"actor {a}")
    expect(len(actors) == len(names), f"{len(actors)} pseudonyms for {len(names)} players")
    print(f"{len(stmts)} statements, {len(actors)} pseudonyms")
    finish()


def setconf(path, pairs):
    c = json.load(open(path))
    for p in pairs:
        k, v = p.split("=", 1)
        c[k] = json.loads(v)
    with open(path, "w") as f:  # truncates in place: the mode stays
        json.dump(c, f)


cmd, args = sys.argv[1], sys.argv[2:]
if cmd == "fetch":
    fetch(*args)
elif cmd == "compare":
    compare(*args)
elif cmd == "semantics":
    semantics(args[0], args[1], args[2], args[3], args[4:])
elif cmd == "rejected":
    rejected(args)
elif cmd == "queue":
    queue(args[0])
elif cmd == "anon":
    anon(args[0], args[1:])
elif cmd == "setconf":
    setconf(args[0], args[1:])
else:
    sys.exit(f"unknown command {cmd}")
