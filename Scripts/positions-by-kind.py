#!/usr/bin/env python3
"""Where the postings and positions of an index come from, by unit kind, and what three position
codes would make of them (issue 11, format 9). Reads the units `zhili bench-queries --export-units`
wrote, analyses each unit's text as the index does roughly (a term per letter or digit: the bigram
with the next one in its run, the last of a run alone; no folding, no headings above a section), and
codes the position stream of a sample of the terms (1 in SAMPLE, by CRC32 of the term; sizes scaled
back up) three ways:

  pfor   format 8: the term's per-unit position deltas (the first absolute) in patched bit-packed
         runs of 128 (BlockCodec.pack's cost), the tail as varints when shorter than 4;
  whole  format 9: each position of a unit of L positions in ceil(log2 L) bits;
  gaps   each position after the previous one q in the bits of L - q - 1 (the room left).

Usage: positions-by-kind.py UNITS.jsonl [SAMPLE=16]. Prints JSON.
"""
import collections
import json
import math
import re
import sys
import zlib

RUN = re.compile(r"[0-9A-Za-z\u00c0-\u024f\u3400-\u9fff]+")


def pfor_cost(values):
    needing = [0] * 33
    for value in values:
        needing[value.bit_length()] += 1
    widest = max(bits for bits in range(33) if needing[bits])
    best = (len(values) * widest + 7) // 8
    for width in range(widest):
        cost = (len(values) * width + 7) // 8 + 1
        cost += sum(needing[bits] * (1 + (bits - width + 6) // 7) for bits in range(width + 1, widest + 1))
        best = min(best, cost)
    return best + 1


def varint_cost(value):
    return max(1, (value.bit_length() + 6) // 7)


def stream_cost(values):
    full = len(values) // 128 * 128
    cost = sum(pfor_cost(values[start:start + 128]) for start in range(0, full, 128))
    tail = values[full:]
    return cost + (pfor_cost(tail) if len(tail) >= 4 else sum(varint_cost(value) for value in tail))


def width(length):
    return math.ceil(math.log2(length)) if length > 1 else 0


def main(path, sample):
    units, postings, positions = collections.Counter(), collections.Counter(), collections.Counter()
    terms = collections.defaultdict(list)
    for line in open(path, encoding="utf-8"):
        unit = json.loads(line)
        occurrences = collections.defaultdict(list)
        position = 0
        for run in RUN.finditer(unit["text"].lower()):
            text = run.group()
            for index in range(len(text)):
                occurrences[text[index:index + 2] if index + 1 < len(text) else text[index]].append(position)
                position += 1
        kind = unit["kind"]
        units[kind] += 1
        postings[kind] += len(occurrences)
        positions[kind] += position
        for term, places in occurrences.items():
            if zlib.crc32(term.encode()) % sample == 0:
                terms[term].append((position, places, kind))
    pfor, whole, gaps = 0, collections.Counter(), collections.Counter()
    for entries in terms.values():
        deltas = []
        for length, places, kind in entries:
            deltas += [places[0]] + [places[i] - places[i - 1] for i in range(1, len(places))]
            whole[kind] += width(length) * len(places)
            previous = -1
            for place in places:
                gaps[kind] += width(length - previous - 1)
                previous = place
        pfor += stream_cost(deltas)
    megabytes = lambda bits: round(bits / 8 * sample / 1e6, 2)
    print(json.dumps({
        "units": units, "postings": postings, "positions": positions, "sample": sample,
        "pfor_mb": round(pfor * sample / 1e6, 2),
        "whole_mb": megabytes(sum(whole.values())), "whole_mb_by_kind": {k: megabytes(v) for k, v in whole.items()},
        "gaps_mb": megabytes(sum(gaps.values())),
    }, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 16)
