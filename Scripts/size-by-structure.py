#!/usr/bin/env python3
"""Where an index is larger than tantivy's, structure by structure, and what each kind of unit and each
class of term costs in postings and positions (issue 11, twenty-third session).

Table 1: every file role of a zhili index (format 16) beside the files of tantivy's bigram indexes of the
same units — the sections alone (the issue's target) and every unit of every kind with its section path
(what zhili indexes) — by file extension: `.idx` (postings: doc ids and term frequencies), `.pos`
(positions), `.term` (dictionary), `.store`, `.fieldnorm`, `.fast`, the rest. Table 2: zhili's postings
(patched runs, short varint lists, skip entries) and positions, decoded with Scripts/postings-bytes.py's
readers, by unit kind × term class (a bigram of two Han characters, a Han character alone — the last of a
run —, digits and Latin, Han mixed with digits or Latin, other). A packed block's bytes (both runs) are
shared evenly by its postings, a term's skip entries by its postings, a short list's varints are each
posting's own; a position costs ⌈log₂ L⌉ bits, L its unit's field length, and each block's padding to a
byte is shared by its positions' units. Usage:
  size-by-structure.py INDEX RAW_BYTES TANTIVY_SECTIONS [TANTIVY_ALL [TANTIVY_SECTIONS_STORED]]
(numpy; a few minutes over 64 MB of text). `Scripts/size-table.sh` builds the tantivy folders.
"""
import collections, glob, importlib.util, os, sys, unicodedata
import numpy as np

spec = importlib.util.spec_from_file_location("pb", os.path.join(os.path.dirname(os.path.abspath(__file__)), "postings-bytes.py"))
source = open(spec.origin).read()
namespace = {"__name__": "pb"}  # only the readers: the module's own walk starts at "parts = "
exec(compile(source[:source.index("parts = collections.Counter()")], spec.origin, "exec"), namespace)
body, varint, terms, unit_table, unpack, skip_entries = (namespace[n] for n in ("body", "varint", "terms", "unit_table", "unpack", "skip_entries"))

CLASSES = ["Han bigram", "Han alone", "digits/Latin", "Han + digit/Latin", "other"]


def is_han(character):
    return unicodedata.name(character, "").startswith("CJK")


def term_class(term):
    text = term.decode("utf-8", "replace")
    han = sum(map(is_han, text)); ascii_alnum = sum(c.isascii() and c.isalnum() for c in text)
    if han == len(text): return 0 if len(text) == 2 else (1 if len(text) == 1 else 4)
    if ascii_alnum == len(text): return 2
    if han + ascii_alnum == len(text): return 3
    return 4


def role(name):
    return name.rsplit(".", 1)[-1] if name.startswith(("s", "g")) and "." in name else name


def sizes_by(folder, key):
    sizes = collections.Counter()
    for directory, _, names in os.walk(folder):
        for name in names:
            sizes[key(name)] += os.path.getsize(os.path.join(directory, name))
    return sizes


def tantivy_ext(name):
    extension = name.rsplit(".", 1)[-1] if "." in name else name
    return extension if extension in ("idx", "pos", "term", "store", "fieldnorm", "fast", "del") else "meta and the rest"


def walk(index):
    """Per (class, kind): postings, postings bytes, positions, position bytes; kinds' units and lengths."""
    stats = collections.defaultdict(lambda: np.zeros(4))
    units = collections.Counter(); term_counts = collections.Counter()
    parts = collections.Counter()
    for term_path in sorted(glob.glob(os.path.join(index, "s*.term"))):
        segment = term_path[:-len(".term")]
        kind_names, widths = unit_table(segment + ".unit")
        names = sorted(set(kind_names)); code = {name: k for k, name in enumerate(names)}
        kinds = np.array([code[name] for name in kind_names], dtype=np.int64)
        width = np.array(widths, dtype=np.int64)
        for name in kind_names: units[name] += 1
        data = body(segment + ".post")
        table = np.zeros((len(CLASSES), len(names), 4))
        for term, frequency, offset in terms(term_path, with_terms=True):
            cls = term_class(term); term_counts[CLASSES[cls]] += 1
            blocks, i = (frequency + 127) // 128, offset
            start = i; i = skip_entries(data, i, blocks)
            parts["skip entries"] += i - start; skip_share = (i - start) / frequency
            unit = -1
            row = table[cls]
            for block in range(blocks):
                n = min(128, frequency - block * 128)
                if n >= 4:
                    start = i; deltas, i = unpack(data, i, n); parts["unit deltas (packed)"] += i - start
                    middle = i; counts, i = unpack(data, i, n); parts["frequencies (packed)"] += i - middle
                    steps = np.array(deltas, dtype=np.int64) + 1
                    block_units = unit + np.cumsum(steps); unit = int(block_units[-1])
                    counts = np.array(counts, dtype=np.int64) + 1
                    share = np.full(n, (i - start) / n + skip_share)
                else:
                    start = i; pairs = []
                    for _ in range(n):
                        before = i; value, i = varint(data, i); count = 1
                        if not value & 1: count, i = varint(data, i)
                        pairs.append((value >> 1, count, i - before))
                    parts["short lists (varints)"] += i - start
                    block_units = unit + np.cumsum([p[0] + 1 for p in pairs]); unit = int(block_units[-1])
                    counts = np.array([p[1] for p in pairs], dtype=np.int64)
                    share = np.array([p[2] + skip_share for p in pairs])
                k = kinds[block_units]; bits = counts * width[block_units]
                padding = (-int(bits.sum())) % 8
                m = len(names)
                row[:, 0] += np.bincount(k, minlength=m)
                row[:, 1] += np.bincount(k, weights=share, minlength=m)
                row[:, 2] += np.bincount(k, weights=counts, minlength=m)
                row[:, 3] += np.bincount(k, weights=bits / 8 + padding / 8 / n, minlength=m)
        for cls in range(len(CLASSES)):
            for k, name in enumerate(names):
                stats[(CLASSES[cls], name)] += table[cls, k]
    return stats, units, term_counts, parts


def main():
    index, raw = sys.argv[1], int(sys.argv[2])
    peers = sys.argv[3:]
    labels = ["tantivy, sections", "tantivy, every unit with its path", "tantivy, sections, stored"][:len(peers)]
    ours = sizes_by(index, role)
    theirs = [sizes_by(folder, tantivy_ext) for folder in peers]
    stats, units, term_counts, parts = walk(index)
    mb = lambda b: f"{b / 1e6:.2f}"
    print(f"raw {raw / 1e6:.2f} MB; zhili {sum(ours.values()) / 1e6:.2f} MB = {sum(ours.values()) / raw:.3f} × raw")
    print()
    print("| structure | zhili | MB | " + " | ".join(f"{label} MB" for label in labels) + " |")
    print("| --- | --- | ---: | " + " | ".join("---:" for _ in labels) + " |")
    rows = [("postings: unit ids and frequencies", ["post"], ["idx"]),
            ("positions", ["posi"], ["pos"]),
            ("term dictionary", ["term"], ["term"]),
            ("field lengths and per-unit facts", ["unit"], ["fieldnorm", "fast"]),
            ("store (+ its dictionary)", ["stor", "sdic"], ["store"]),
            ("duplicate signatures, pairs, groups", ["dsig", "pair", "dups"], []),
            ("sources, manifest, deletions, the rest", ["srcs", "manifest", "dele"], ["del", "meta and the rest"])]
    for label, mine, extensions in rows:
        print(f"| {label} | {', '.join(mine)} | {mb(sum(ours[r] for r in mine))} | "
              + " | ".join(mb(sum(t[e] for e in extensions)) if extensions else "—" for t in theirs) + " |")
    without = sum(ours.values()) - ours["stor"] - ours["sdic"]
    print(f"| **without the store** | | **{mb(without)}** | " + " | ".join(mb(sum(t.values()) - t["store"]) for t in theirs) + " |")
    print(f"| **total** | | **{mb(sum(ours.values()))}** | " + " | ".join(mb(sum(t.values())) for t in theirs) + " |")
    print()
    print("postings file by part: " + ", ".join(f"{part} {mb(size)} MB" for part, size in sorted(parts.items())))
    print("terms by class: " + ", ".join(f"{name} {term_counts[name]:,d}" for name in CLASSES))
    print()
    kinds = sorted(units, key=lambda name: -units[name])
    print("| kind | class | postings | postings MB | positions | positions MB | postings + positions MB |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    total = np.zeros(4)
    for kind in kinds:
        kind_total = np.zeros(4)
        for cls in CLASSES:
            values = stats.get((cls, kind))
            if values is None or values[0] == 0: continue
            kind_total += values
            print(f"| {kind} | {cls} | {int(values[0]):,d} | {mb(values[1])} | {int(values[2]):,d} | {mb(values[3])} | {mb(values[1] + values[3])} |")
        total += kind_total
        print(f"| **{kind}** ({units[kind]:,d} units) | all | **{int(kind_total[0]):,d}** | **{mb(kind_total[1])}** | **{int(kind_total[2]):,d}** | **{mb(kind_total[3])}** | **{mb(kind_total[1] + kind_total[3])}** |")
    for cls in CLASSES:
        values = sum((stats.get((cls, kind), np.zeros(4)) for kind in kinds), np.zeros(4))
        print(f"| every kind | {cls} | {int(values[0]):,d} | {mb(values[1])} | {int(values[2]):,d} | {mb(values[3])} | {mb(values[1] + values[3])} |")
    print(f"| **every kind** | all | **{int(total[0]):,d}** | **{mb(total[1])}** | **{int(total[2]):,d}** | **{mb(total[3])}** | **{mb(total[1] + total[3])}** |")
    print(f"(the files: post {mb(ours['post'])} MB, posi {mb(ours['posi'])} MB, with their 20 bytes of framing each per segment)")


if __name__ == "__main__":
    main()
