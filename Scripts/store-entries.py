#!/usr/bin/env python3
"""The store's entries rebuilt from `zhili bench-queries --export-units` as TextStoreWriter writes them, per
segment, for Scripts/store-variants.c (BENCHMARKS.md, issue 11, "The store: ...", eighteenth session).

usage: store-entries.py UNITS.jsonl COUNTS OUT [--layout 13|14] [--edits]
COUNTS: the segments' unit counts, comma-separated, in the manifest's order. OUT gets, per segment, its
entry count (u32) and per entry its length (u32) and bytes; OUT.meta a line per entry: literal (l) or
quotation (q), kind, duplicate group (-1: none), whether it ends its block, its text's UTF-8 length.
--layout 13: every literal entry's path stored whole; 14: its last heading left out when it is the text's
first line. --edits: a section that shares its start and end with one of the last three literal entries of
its path within 4,096 units is stored as those two spans and its middle (a layout measured, not written by
zhili)."""
import json, struct, sys

SEPARATOR = " › "


def varint(n):
    out = bytearray()
    while True:
        low, n = n & 0x7F, n >> 7
        if n:
            out.append(low | 0x80)
        else:
            out.append(low)
            return bytes(out)


def stored_path(section, text, layout):
    """The path a literal entry stores and whether its last heading is left out (TextStoreWriter.storedPath)."""
    first = text.split("\n", 1)[0]
    if layout >= 14:
        if section == first:
            return b"", True
        if first and section.endswith(SEPARATOR + first) and len(section) > len(SEPARATOR + first):
            return section[: -len(SEPARATOR + first)].encode(), True
    return section.encode(), False


def quotation(i, text, candidates):
    """A quotation of one or two spans (TextStoreWriter.quotation), or None."""
    line = text.find(b"\n")
    for unit, quoted in candidates:
        if i - unit > 4096:
            continue
        whole = quoted.find(text)
        if whole >= 0:
            spans = [(whole, len(text))]
        elif line > 0 and line + 1 < len(text):
            head, tail = quoted.find(text[:line]), quoted.find(text[line + 1:])
            if head < 0 or tail < 0:
                continue
            spans = [(head, line), (tail, len(text) - line - 1)]
        else:
            continue
        entry = varint((i - unit) << 1 | 1) + varint(len(spans)) + b"".join(varint(a) + varint(b) for a, b in spans)
        return entry if len(entry) < len(text) else None
    return None


def edit(i, text, candidates):
    """The shortest entry of a candidate's common start and end and the text's middle, when it saves 16 bytes."""
    best = None
    for unit, quoted in candidates:
        if i - unit > 4096:
            continue
        start = 0
        while start < min(len(quoted), len(text)) and quoted[start] == text[start]:
            start += 1
        end = 0
        while end < min(len(quoted), len(text)) - start and quoted[-1 - end] == text[-1 - end]:
            end += 1
        middle = text[start:len(text) - end]
        entry = (varint((i - unit) << 1 | 1) + varint(3) + varint(start) + varint(len(quoted) - end - start)
                 + varint(len(middle)) + middle)
        if len(entry) + 16 < len(text) and (best is None or len(entry) < len(best)):
            best = entry
    return best


def main():
    units_path, counts, out = sys.argv[1], [int(c) for c in sys.argv[2].split(",")], sys.argv[3]
    layout = int(sys.argv[sys.argv.index("--layout") + 1]) if "--layout" in sys.argv else 14
    edits = "--edits" in sys.argv
    units = [json.loads(line) for line in open(units_path, encoding="utf-8")]
    edited = 0
    with open(out, "wb") as entries, open(out + ".meta", "w") as meta:
        start = 0
        for count in counts:
            segment, start = units[start:start + count], start + count
            entries.write(struct.pack("<I", count))
            quotable, previous, block, added = {}, b"", 0, 0
            for i, unit in enumerate(segment):
                path, text = unit["section"].encode(), unit["text"].encode()
                candidates = quotable.get(path, []) if text else []
                entry = quotation(i, text, candidates)
                if entry is None and edits and unit["kind"] == "section":
                    entry = edit(i, text, candidates)
                    edited += entry is not None
                kind = "q" if entry else "l"
                if entry is None:
                    stored, elided = stored_path(unit["section"], unit["text"], layout)
                    shared = 0
                    while shared < min(len(stored), len(previous)) and stored[shared] == previous[shared]:
                        shared += 1
                    tag = len(text) << 2 | (2 if elided else 0) if layout >= 14 else len(text) << 1
                    entry = varint(tag) + varint(shared) + varint(len(stored) - shared) + stored[shared:] + text
                    previous = stored
                    kept = quotable.get(path, [])
                    if len(kept) == 3:
                        kept.pop()
                    kept.insert(0, (i, text))
                    quotable[path] = kept
                ends = block + len(entry) >= 8192 or (added < 8 << 20 <= added + len(entry))
                added, block = added + len(entry), 0 if ends else block + len(entry)
                if ends:
                    previous = b""
                entries.write(struct.pack("<I", len(entry)) + entry)
                group = unit["duplicate_group"]
                meta.write(f"{kind} {unit['kind']} {-1 if group is None else group} {int(ends)} {len(text)}\n")
    if edits:
        print(f"edited sections: {edited}")


main()
