#!/usr/bin/env python3
"""A collection N times the size of a real one in which no copy is a duplicate of another, for memory
and scaling benchmarks (issue 14).

    Scripts/make-shifted-copies.py --source ../shared/corpus/laws --output /tmp/zhili-laws-x3 [--copies 3]

Copy 0 is the source's readable files unchanged (under `copy-00/`); copy k (k ≥ 1, under `copy-NN/`)
shifts every Han character by k·7919 code points within the CJK Unified Ideographs block (U+4E00–U+9FFF,
wrapping), except the characters that carry a document's structure and its figures — numerals,
第/章/节/条/款/项/编/年/月/日/元/人 and friends — so that copies keep their sections, articles and
statistics while sharing no 5-character shingle of running text with the source. Only UTF-8 .txt and .md
files are copied (the laws are .md); anything else is left out and counted. Nothing is written into the
repository: the output goes where --output says (under /tmp).
"""

import argparse
import os
import sys

KEPT = set("零〇一二三四五六七八九十百千万亿两第章节条款项编目年月日时元人个次余以上下内外多近约和、")
FIRST, LAST = 0x4E00, 0x9FFF
SPAN = LAST - FIRST + 1


def shift(text, k):
    if k == 0:
        return text
    out = []
    for ch in text:
        code = ord(ch)
        if FIRST <= code <= LAST and ch not in KEPT:
            moved = chr(FIRST + (code - FIRST + k * 7919) % SPAN)
            while moved in KEPT:
                moved = chr(FIRST + (ord(moved) - FIRST + 1) % SPAN)
            out.append(moved)
        else:
            out.append(ch)
    return "".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--copies", type=int, default=3)
    args = parser.parse_args()
    written = skipped = 0
    for root, dirs, files in os.walk(args.source):
        dirs.sort()
        for name in sorted(files):
            if name.startswith(".") or not name.endswith((".md", ".txt")) or name.lower().startswith("readme"):
                skipped += 1
                continue
            path = os.path.join(root, name)
            relative = os.path.relpath(path, args.source)
            try:
                with open(path, encoding="utf-8") as handle:
                    text = handle.read()
            except UnicodeDecodeError:
                skipped += 1
                continue
            for k in range(args.copies):
                target = os.path.join(args.output, f"copy-{k:02d}", relative)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "w", encoding="utf-8") as handle:
                    handle.write(shift(text, k))
                written += 1
    print(f"{written} files written under {args.output}, {skipped} left out", file=sys.stderr)


if __name__ == "__main__":
    main()
