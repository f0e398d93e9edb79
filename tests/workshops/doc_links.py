#!/usr/bin/env python3
"""tests/workshops/doc_links.py SRC: every relative link and image in
docs/workshops.md points at a file that exists (screenshots of the room and
the report, schemas, other docs), and every image is a PNG that opens.
Links to the web and to headings (#...) are left alone."""
import os
import re
import sys

src = sys.argv[1]
doc = os.path.join(src, "docs", "workshops.md")
text = open(doc, encoding="utf-8").read()
# [text](target) and ![alt](target); the alt text may span lines.
links = re.findall(r"(!?)\[[^\]]*\]\(([^)\s]+)\)", text, flags=re.S)
bad, images = [], 0
for bang, target in links:
    if re.match(r"[a-z]+:", target) or target.startswith("#"):
        continue
    path = os.path.normpath(os.path.join(os.path.dirname(doc), target.split("#")[0]))
    if not os.path.isfile(path):
        bad.append(target)
        continue
    if bang:
        images += 1
        with open(path, "rb") as f:
            if f.read(8) != b"\x89PNG\r\n\x1a\n":
                bad.append(target + " (not a PNG)")
for b in bad:
    print("FAIL: docs/workshops.md links to", b)
print("%d links, %d images, %d broken" % (len(links), images, len(bad)))
sys.exit(1 if bad or images < 5 else 0)
