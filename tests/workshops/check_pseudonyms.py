#!/usr/bin/env python3
"""tests/workshops/check_pseudonyms.py KEYFILE PLAYED.log DATADIR REPORT.csv REPORT.html [XAPI.json]:
checks that an anonymised class report's pseudonyms come from the key and
from nothing else.

- every learner in the CSV is "learner-" + the first 12 hex digits of
  HMAC-SHA-256(key text, player name), one per player who played;
- none of them can be found without the key: no pseudonym's digits occur in
  any unkeyed digest (FNV-1a, MD5, SHA-1, SHA-2, SHA-3, BLAKE2) of a player's
  name (as typed, lower case, trimmed) or of a progress file's name, its slug
  or its code, nor in those texts themselves;
- the key is in neither output;
- with XAPI.json, the xAPI actors carry exactly the same pseudonyms.
Prints the first difference and exits 1."""
import csv
import hashlib
import hmac
import json
import os
import re
import sys


def fnv1a32(b):
    h = 2166136261
    for c in b:
        h = ((h ^ c) * 16777619) & 0xFFFFFFFF
    return "%08x" % h


def unkeyed(text):
    b = text.encode("utf-8")
    out = [fnv1a32(b), text.lower()]
    for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256",
                 "blake2b", "blake2s"):
        out.append(hashlib.new(name, b).hexdigest())
    return out


def main():
    keyfile, log, datadir, report_csv, report_html = sys.argv[1:6]
    xapi = sys.argv[6] if len(sys.argv) > 6 else None
    key = open(keyfile, encoding="ascii").read().strip()
    assert re.fullmatch(r"[0-9a-f]{64}", key), f"key file holds {key!r}, not 64 hex digits"

    names = sorted({line.split("\t", 1)[0] for line in open(log, encoding="utf-8")})
    want = {"learner-" + hmac.new(key.encode(), n.encode("utf-8"), hashlib.sha256).hexdigest()[:12]
            for n in names}
    rows = list(csv.reader(open(report_csv, encoding="utf-8", newline="")))
    got = {row[0] for row in rows[1:] if row and row[0]}
    assert got == want, f"CSV pseudonyms {sorted(got)}\n  want HMAC(key, name) {sorted(want)}"

    texts = []
    for n in names:
        texts += [n, n.lower(), n.strip()]
    for f in os.listdir(datadir):
        stem = f.split(".", 1)[0]
        texts += [f, stem] + stem.rsplit("-", 1)
    digests = []
    for t in texts:
        digests += unkeyed(t)
    for p in sorted(got):
        digits = p[len("learner-"):]
        for d in digests:
            assert digits not in d, f"{p} can be found without the key (in {d!r})"

    for out in (report_csv, report_html):
        assert key not in open(out, encoding="utf-8").read(), f"the key is written in {out}"

    if xapi:
        actors = {s["actor"]["account"]["name"] for s in json.load(open(xapi, encoding="utf-8"))}
        assert actors == want, f"xAPI actors {sorted(actors)}\n  want {sorted(want)}"
    print(f"pseudonyms: {len(want)} keyed, none found without the key")


if __name__ == "__main__":
    try:
        main()
    except AssertionError as e:
        print(f"pseudonyms: {e}")
        sys.exit(1)
