#!/usr/bin/env python3
"""How many sketch tests a full build's near-duplicate grouping asks for, from an index's duplicate signatures
(its s<ID>.dsig files, format 17 or 18): the texts (distinct stored keys) of sections and of documents, and
over the 16 bands the pairs that each band's buckets hold — every one of them is put to the sketch test
(`LSHBanding.candidatePairs(accept:)`), the cost that shorter band keys add (format 17: 16-bit keys, 4 bits
an entry; format 18: 12-bit keys, 3 bits an entry in bit planes).

Usage: signature-buckets.py INDEX_DIR..."""
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


def sketches(index):
    """The sketch of each distinct stored key, by role (0 sections, 1 documents), with the file's version."""
    texts = {0: {}, 1: {}}
    for path in sorted(glob.glob(os.path.join(index, "s*.dsig"))):
        data = open(path, "rb").read()
        version = struct.unpack_from("<I", data, 8)[0]
        assert version in (17, 18), f"{path}: format {version}"
        body = data[12:-8]
        _, offset = varint(body, 0)
        _, offset = varint(body, offset)
        words, offset = varint(body, offset)
        count, offset = varint(body, offset)
        hash_bytes = 4 if version == 17 else 3
        for _ in range(count):
            field, offset = varint(body, offset)
            role = field & 3
            if role == 2:
                _, offset = varint(body, offset)
            length, offset = varint(body, offset)
            key = (length, body[offset:offset + hash_bytes])
            offset += hash_bytes
            if role != 2:
                texts[role].setdefault(key, (version, struct.unpack_from(f"<{words}Q", body, offset)))
                offset += 8 * words
            if role == 1:
                sections, offset = varint(body, offset)
                if version >= 18:
                    sections = 0 if sections & 1 else sections >> 1
                for _ in range(sections):
                    _, offset = varint(body, offset)
        assert offset == len(body), path
    return texts


def band_key(version, words, band):
    """Band `band`'s key of 4 rows: 16 bits of a format 17 sketch, the 4 entries' bits of each plane in format 18."""
    if version == 17:
        return (words[band * 16 // 64] >> (band * 16 % 64)) & 0xFFFF
    return tuple((word >> (band * 4)) & 0xF for word in words)


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: signature-buckets.py INDEX_DIR...")
    for index in sys.argv[1:]:
        for role, texts in sketches(index).items():
            tests = 0
            for band in range(16):
                buckets = Counter(band_key(version, words, band) for version, words in texts.values())
                tests += sum(size * (size - 1) // 2 for size in buckets.values())
            print(f"{index}: {'documents' if role else 'sections'}: {len(texts):,} texts, {tests:,} pairs bucketed over 16 bands")


if __name__ == "__main__":
    main()
