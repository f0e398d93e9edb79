#!/usr/bin/env python3
"""tests/workshops/check_xapi.py PLAYED.log XAPI.json: the class report's
--xapi export carries each finished session's accuracy per skill, as the
sessions played recorded it (`play --json`, PLAYED.log as make_progress.sh
writes it): one "completed" statement per session, its result's skills
extension with "accuracy" for every skill (null where the session had none).
Prints the first difference."""
import json
import sys

SKILLS_EXT = "https://rapport.invalid/xapi/skills"


def r2(v):  # statements keep 4 decimals, --json 8: compare to 2
    return None if v is None else round(v, 2)


def main():
    log, xapi = sys.argv[1], sys.argv[2]
    want = []
    for line in open(log, encoding="utf-8"):
        js = json.loads(line.rstrip("\n").split("\t", 1)[1])
        want.append((js["scenario"], tuple(sorted(
            (k, r2(v["accuracy"])) for k, v in js["skills"].items()))))
    got = []
    for s in json.load(open(xapi, encoding="utf-8")):
        if not s["verb"]["id"].endswith("/completed"):
            continue
        skills = s["result"]["extensions"][SKILLS_EXT]
        for k, v in skills.items():
            assert "accuracy" in v, f"no accuracy for {k} in {s['id']}"
        scenario = s["object"]["id"].rsplit("/", 1)[1]
        got.append((scenario, tuple(sorted((k, r2(v["accuracy"])) for k, v in skills.items()))))
    assert sorted(got) == sorted(want), f"xAPI accuracies\n  {sorted(got)}\n  want {sorted(want)}"
    print(f"xapi: {len(got)} sessions carry their accuracy")


if __name__ == "__main__":
    try:
        main()
    except (AssertionError, KeyError) as e:
        print(f"xapi: {e!r}")
        sys.exit(1)
