#!/usr/bin/env python3
"""The store's entries rebuilt from `zhili bench-queries --export-units` as TextStoreWriter writes them, per
segment, for Scripts/store-variants.c (BENCHMARKS.md, issue 11, "The store: ...", eighteenth session).

usage: store-entries.py UNITS.jsonl COUNTS OUT [--layout 13|14] [--edits] [--encoding ENCODING [--cuts CUTS]]
COUNTS: the segments' unit counts, comma-separated, in the manifest's order. OUT gets, per segment, its
entry count (u32) and per entry its length (u32) and bytes; OUT.meta a line per entry: literal (l) or
quotation (q), kind, duplicate group (-1: none), whether it ends its block, its text's UTF-8 length.
--layout 13: every literal entry's path stored whole; 14: its last heading left out when it is the text's
first line. --edits: a section that shares its start and end with one of the last three literal entries of
its path within 4,096 units is stored as those two spans and its middle (a layout measured, not written by
zhili). --encoding: a literal entry's text stored in another encoding than UTF-8, its length counted in
that encoding's bytes (its path and the quotations' spans still in UTF-8; BENCHMARKS.md, issue 11, twenty-fourth
session): utf-16-le, gb18030, or ranked-S — ASCII as itself, the S commonest other characters of the literal
texts of the first segment's first 8 MiB of entries as one byte (0x80 + rank), the next ones as two (a lead
byte from 0x80 + S up to 0xFE, a byte), any other as 0xFF and its scalar in 3 bytes. Blocks are still cut by
the entries' UTF-8 bytes, which --cuts writes to CUTS (a u32 an entry) for store-variants.c."""
import collections
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


def ranked_code(single, counts):
    """Each character's bytes in the ranked code: the commonest first, ties by scalar."""
    code, capacity = {}, single + (0x7F - single) * 256
    for rank, (c, _) in enumerate(sorted(counts.items(), key=lambda item: (-item[1], ord(item[0])))[:capacity]):
        code[c] = bytes([0x80 + rank]) if rank < single else bytes([0x80 + single + ((rank - single) >> 8), (rank - single) & 0xFF])
    return lambda text: b"".join(code.get(c) or (c.encode() if ord(c) < 0x80 else b"\xff" + ord(c).to_bytes(3, "big")) for c in text)


def encoded(entries, encoding, cuts):
    """The UTF-8 entries (a literal entry as its tag's low bits, stored path and text) in `encoding`, their
    paths front-coded anew between block ends; their UTF-8 lengths appended to `cuts`."""
    if encoding.startswith("ranked-"):
        counts, added = collections.Counter(), 0
        for entry, utf8, _ in entries[0]:
            if added >= 8 << 20:
                break
            added += len(utf8)
            if entry[0] == "l":
                counts.update(c for c in entry[3] if ord(c) >= 0x80)
        encode = ranked_code(int(encoding[len("ranked-"):]), counts)
    else:
        encode = lambda text: text.encode(encoding)
    for segment in entries:
        out, previous = [], b""
        for entry, utf8, ends in segment:
            cuts.append(len(utf8))
            if entry[0] == "q":
                out.append(utf8)
            else:
                _, low, path, text = entry
                stored, body = path.encode(), encode(text)
                shared = 0
                while shared < min(len(stored), len(previous)) and stored[shared] == previous[shared]:
                    shared += 1
                out.append(varint(len(body) << 2 | low) + varint(shared) + varint(len(stored) - shared) + stored[shared:] + body)
                previous = stored
            if ends:
                previous = b""
        yield out


def main():
    units_path, counts, out = sys.argv[1], [int(c) for c in sys.argv[2].split(",")], sys.argv[3]
    layout = int(sys.argv[sys.argv.index("--layout") + 1]) if "--layout" in sys.argv else 14
    edits = "--edits" in sys.argv
    encoding = sys.argv[sys.argv.index("--encoding") + 1] if "--encoding" in sys.argv else "utf-8"
    every = []
    units = [json.loads(line) for line in open(units_path, encoding="utf-8")]
    edited = 0
    with open(out, "wb") as entries, open(out + ".meta", "w") as meta:
        start = 0
        for count in counts:
            segment, start = units[start:start + count], start + count
            every.append([])
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
                    every[-1].append((("l", tag & 3, stored.decode(), unit["text"]), entry, False))
                    previous = stored
                    kept = quotable.get(path, [])
                    if len(kept) == 3:
                        kept.pop()
                    kept.insert(0, (i, text))
                    quotable[path] = kept
                else:
                    every[-1].append((("q",), entry, False))
                ends = block + len(entry) >= 8192 or (added < 8 << 20 <= added + len(entry))
                added, block = added + len(entry), 0 if ends else block + len(entry)
                if ends:
                    previous = b""
                every[-1][-1] = every[-1][-1][:2] + (ends,)
                group = unit["duplicate_group"]
                meta.write(f"{kind} {unit['kind']} {-1 if group is None else group} {int(ends)} {len(text)}\n")
        cuts = []
        for segment in (encoded(every, encoding, cuts) if encoding != "utf-8" else ([e[1] for e in s] for s in every)):
            entries.write(struct.pack("<I", len(segment)))
            for entry in segment:
                entries.write(struct.pack("<I", len(entry)) + entry)
        if "--cuts" in sys.argv:
            with open(sys.argv[sys.argv.index("--cuts") + 1], "wb") as file:
                file.write(b"".join(struct.pack("<I", c) for c in cuts))
    if edits:
        print(f"edited sections: {edited}")


main()
