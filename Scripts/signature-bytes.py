#!/usr/bin/env python3
"""Where the bytes of an index's duplicate signatures (its s<ID>.dsig files) go, by record role and
field: format 12 (16 band keys of 24 bits a record, a role byte), formats 13 to 17 (a 4-bit MinHash
sketch of 4 words, the role in the unit's delta) and format 18 (a 3-bit sketch of 3 words, keys of 24
bits, a document's sections as their count alone when they follow it). Prints MB (10^6 bytes) per part and in all, which
adds up to the files' bodies; the framing (20 bytes a file) is counted apart.

Usage: signature-bytes.py INDEX_DIR"""
import glob
import importlib.util
import os
import struct
import sys
from collections import Counter

# The LEB128 reader of compare-pairs.py (a file name Python cannot import by name).
_spec = importlib.util.spec_from_file_location("compare_pairs", os.path.join(os.path.dirname(os.path.abspath(__file__)), "compare-pairs.py"))
_pairs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_pairs)
varint = _pairs.varint


def count_file(path, parts, records):
    data = open(path, "rb").read()
    version = struct.unpack_from("<I", data, 8)[0]
    body = data[12:-8]
    parts["framing"] += len(data) - len(body)
    offset = 0
    start = offset
    if version <= 12:
        bands, offset = varint(body, offset)
        sketch = bands * 3
    else:
        bands, offset = varint(body, offset)
        _, offset = varint(body, offset)
        words, offset = varint(body, offset)
        sketch = words * 8
    count, offset = varint(body, offset)
    parts["header"] += offset - start
    names = {0: "section", 1: "document", 2: "short section"}
    for _ in range(count):
        start = offset
        field, offset = varint(body, offset)
        if version <= 12:
            role = body[offset]
            offset += 1
        else:
            role = field & 3
        name = names[role]
        records[name] += 1
        parts[f"{name}: unit and role"] += offset - start
        if role == 2:
            start = offset
            _, offset = varint(body, offset)
            parts[f"{name}: document"] += offset - start
        start = offset
        _, offset = varint(body, offset)
        offset += 8 if version <= 16 else 4 if version == 17 else 3
        parts[f"{name}: key"] += offset - start
        if role != 2:
            offset += sketch
            parts[f"{name}: band keys or sketch"] += sketch
        if role == 1:
            start = offset
            sections, offset = varint(body, offset)
            if version >= 18:
                sections, following = sections >> 1, sections & 1
                if following:
                    sections = 0
            for _ in range(sections):
                _, offset = varint(body, offset)
            parts[f"{name}: sections"] += offset - start
    assert offset == len(body), path


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: signature-bytes.py INDEX_DIR")
    parts, records = Counter(), Counter()
    files = sorted(glob.glob(os.path.join(sys.argv[1], "s*.dsig")))
    for path in files:
        count_file(path, parts, records)
    total = sum(os.path.getsize(path) for path in files)
    print(f"{len(files)} files, {total / 1e6:.3f} MB; records: " + ", ".join(f"{n:,} {name}" for name, n in records.items()))
    for name in sorted(parts):
        print(f"  {name}: {parts[name] / 1e6:.3f} MB")
    assert sum(parts.values()) == total


if __name__ == "__main__":
    main()
