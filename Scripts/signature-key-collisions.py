#!/usr/bin/env python3
"""What a shorter duplicate-signature key would cost (BENCHMARKS.md, issue 11, twenty-second session), measured
before building it: reads every record of an index's s<ID>.dsig files (format 13 and later: a key is the
compared characters' count as a varint and a 64-bit hash), and for hashes cut to BITS bits (default 16, 24,
32, 40, 48) counts, per role, the distinct texts (distinct whole keys) that share a cut key with another text
of the same count — the chance "exact copies" a shorter key would make, each of which would have to be read
back and compared (today equal keys are taken as one text unread) — and the bytes the cut saves in the DSIG
files (PAIR records keep keys too: counted apart). Usage: signature-key-collisions.py INDEX_DIR [BITS...]"""
import glob, importlib.util, os, struct, sys
from collections import Counter, defaultdict

# The LEB128 reader of compare-pairs.py (a file name Python cannot import by name), as signature-bytes.py reads it.
_spec = importlib.util.spec_from_file_location("compare_pairs", os.path.join(os.path.dirname(os.path.abspath(__file__)), "compare-pairs.py"))
_pairs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_pairs)
varint = _pairs.varint

def keys(path):
    body = open(path, "rb").read()[12:-8]
    offset = 0
    _, offset = varint(body, offset); _, offset = varint(body, offset)
    words, offset = varint(body, offset)
    count, offset = varint(body, offset)
    for _ in range(count):
        field, offset = varint(body, offset)
        role = field & 3
        if role == 2: _, offset = varint(body, offset)
        length, offset = varint(body, offset)
        hashed = struct.unpack_from("<Q", body, offset)[0]; offset += 8
        yield role, length, hashed
        if role != 2: offset += words * 8
        if role == 1:
            sections, offset = varint(body, offset)
            for _ in range(sections): _, offset = varint(body, offset)

texts = defaultdict(set)  # role -> distinct (length, hash)
records = Counter()
for path in sorted(glob.glob(os.path.join(sys.argv[1], "s*.dsig"))):
    for role, length, hashed in keys(path):
        texts[role].add((length, hashed)); records[role] += 1
names = {0: "sections", 1: "documents", 2: "short sections"}
print("records: " + ", ".join(f"{records[r]:,} {names[r]} ({len(texts[r]):,} distinct texts)" for r in sorted(records)))
for bits in map(int, sys.argv[2:] or ["16", "24", "32", "40", "48"]):
    mask = (1 << bits) - 1
    cells = []
    for role in sorted(texts):
        cut = Counter((length, hashed & mask) for length, hashed in texts[role])
        colliding = sum(n for n in cut.values() if n > 1)
        cells.append(f"{names[role]} {colliding} texts in {sum(1 for n in cut.values() if n > 1)} shared keys")
    saved = sum(records.values()) * (64 - bits) / 8
    print(f"{bits}-bit hash: " + "; ".join(cells) + f"; DSIG {saved / 1e6:.3f} MB smaller")
