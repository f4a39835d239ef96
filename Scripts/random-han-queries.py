#!/usr/bin/env python3
"""300 random 2-6 character Han substrings of a folder's .md files, with a fixed seed, one a line: the
queries of the search benchmarks (Scripts/bench-search.sh, Scripts/bench-index-segments.sh).

    Scripts/random-han-queries.py ../shared/corpus/laws /tmp/queries.txt
"""
import os
import random
import re
import sys

root, out = sys.argv[1], sys.argv[2]
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".md"))
rng = random.Random(20261203)
queries = []
while len(queries) < 300:
    with open(rng.choice(files), encoding="utf-8", errors="replace") as handle:
        runs = re.findall(r"[\u4e00-\u9fff]{6,}", handle.read())
    if runs:
        run = rng.choice(runs)
        length = rng.randint(2, 6)
        start = rng.randrange(len(run) - length + 1)
        queries.append(run[start:start + length])
with open(out, "w", encoding="utf-8") as handle:
    handle.write("".join(q + "\n" for q in queries))
