#!/usr/bin/env python3
"""Compares the verified near-identical pairs of two indexes (their g<N>.pair files) across format
versions: as a multiset of (role, the two texts' lengths, Jaccard similarity, containment), since
format 8 keys a text by its length and one 64-bit hash where format 7 held two hashes, so the bytes
differ while the pairs are the same.

Usage: compare-pairs.py BASELINE.pair NEW.pair"""
import struct
import sys


def varint(data, offset):
    value = shift = 0
    while True:
        byte = data[offset]
        offset += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, offset


def pairs(path):
    data = open(path, "rb").read()
    version = struct.unpack_from("<I", data, 8)[0]
    hashes = 2 if version < 8 else 1
    body = data[12:-8]
    count, offset = varint(body, 0)
    result = []
    for _ in range(count):
        role = body[offset]
        offset += 1
        lengths = []
        for _ in range(2):
            length, offset = varint(body, offset)
            offset += 8 * hashes
            lengths.append(length)
        jaccard, containment = struct.unpack_from("<dd", body, offset)
        offset += 16
        result.append((role, tuple(sorted(lengths)), jaccard, containment))
    assert offset == len(body), f"{path}: trailing bytes"
    return sorted(result)


if __name__ == "__main__":
    baseline, new = pairs(sys.argv[1]), pairs(sys.argv[2])
    print(f"verified pairs {'the same' if baseline == new else 'DIFFER'} as (role, lengths, Jaccard, containment): "
          f"{len(baseline)} and {len(new)}")
