#!/usr/bin/env python3
"""Where an index's postings bytes go by term frequency class, and what other codes for the unit
deltas would make of the same blocks (issue 11, twentieth session). Decodes every segment's term
dictionary, unit table and postings with Scripts/postings-bytes.py's readers (format 14 layout) and
prints, per document-frequency class, the terms, postings, postings bytes (skip entries, packed runs,
varint tails) and position bytes (⌈log₂ L⌉ bits a position); then, over every packed block of unit
deltas, its bytes as written (patched bit-packed) against Elias–Fano over the block's range (n·l + n +
range >> l bits, l = ⌊log₂(range / n)⌋, a byte for l), a Rice code with the block's best k (n·(k+1) +
Σ d >> k bits, a byte for k) and the patched bit-packing of format 15 (exceptions listed by 7-bit index
or marked by a bitmap of a bit per value, whichever is shorter), and the frequency runs as written and
in format 15's packing. Reads a format-14 index (no bitmaps). Usage: codec-estimates.py INDEX_FOLDER
(pure Python: minutes)."""
import collections, glob, importlib.util, os, sys

spec = importlib.util.spec_from_file_location("pb", os.path.join(os.path.dirname(os.path.abspath(__file__)), "postings-bytes.py"))
source = open(spec.origin).read()
# Only the readers: the module's own walk starts at "parts = ".
namespace = {"__name__": "pb"}
exec(compile(source[:source.index("parts = collections.Counter()")], spec.origin, "exec"), namespace)
body, varint, terms, unit_table, unpack, short_list, skip_entries = (namespace[n] for n in ("body", "varint", "terms", "unit_table", "unpack", "short_list", "skip_entries"))

def df_class(df):
    for bound, name in ((1, "df 1"), (3, "df 2-3"), (127, "df 4-127"), (1023, "df 128-1023"), (9999, "df 1024-9999")):
        if df <= bound: return name
    return "df 10000+"

def elias_fano(deltas):
    n = len(deltas); span = sum(deltas) + n
    low = max(0, (span // n).bit_length() - 1)
    return (n * low + n + (span >> low) + 7) // 8 + 1

def pfor(values, bitmap):
    """The bytes of a patched bit-packed run of `values` at its best width: exceptions listed (7 bits of
    index and h high bits each, 2 bytes of count and h), or with `bitmap` also marked by a bitmap."""
    n = len(values); needing = [0] * 34
    for value in values: needing[value.bit_length()] += 1
    widest = max(bits for bits in range(33) if needing[bits])
    best, above = (n * widest + 7) // 8, 0
    for width in range(widest - 1, -1, -1):
        above += needing[width + 1]; high = widest - width
        best = min(best, (n * width + 7) // 8 + 2 + (above * (7 + high) + 7) // 8)
        if bitmap: best = min(best, (n * width + 7) // 8 + 1 + (n + 7) // 8 + (above * high + 7) // 8)
    return 1 + best

def rice(deltas):
    n = len(deltas)
    return min((n * (k + 1) + sum(d >> k for d in deltas) + 7) // 8 + 1 for k in range(0, 20))

classes = collections.defaultdict(collections.Counter)
codes = collections.Counter()
for term_path in sorted(glob.glob(os.path.join(sys.argv[1], "s*.term"))):
    segment = term_path[:-len(".term")]
    kinds, widths = unit_table(segment + ".unit")
    data = body(segment + ".post")
    for frequency, offset in terms(term_path):
        row = classes[df_class(frequency)]
        row["terms"] += 1; row["postings"] += frequency
        blocks, i = (frequency + 127) // 128, offset
        start = i
        i = skip_entries(data, i, blocks)
        row["skip bytes"] += i - start
        unit = -1
        for block in range(blocks):
            n = min(128, frequency - block * 128)
            if n >= 4:
                start = i; deltas, i = unpack(data, i, n); written = i - start
                row["delta bytes"] += written
                start = i; counts, i = unpack(data, i, n); row["frequency bytes"] += i - start
                codes["frequencies as written"] += i - start; codes["frequencies, format 15"] += pfor(counts, True)
                codes["format 15 (bitmap or list)"] += pfor(deltas, True)
                pairs = [(d, c + 1) for d, c in zip(deltas, counts)]
                codes["blocks"] += 1; codes["values"] += n
                codes["pfor"] += written; codes["elias-fano"] += elias_fano(deltas); codes["rice"] += rice(deltas)
                codes["best of pfor, elias-fano"] += min(written, elias_fano(deltas))
            else:
                start = i; pairs, i = short_list(data, i, n)
                row["varint bytes"] += i - start
            for delta, count in pairs:
                unit += delta + 1
                row["positions"] += count; row["position bits"] += count * widths[unit]
                if count == 1: row["frequency 1"] += 1
print(f"{'class':14s} {'terms':>9s} {'postings':>11s} {'freq=1':>7s} {'skips MB':>9s} {'deltas MB':>9s} {'freqs MB':>9s} {'varints MB':>10s} {'positions':>11s} {'pos MB':>7s}")
order = ["df 1", "df 2-3", "df 4-127", "df 128-1023", "df 1024-9999", "df 10000+"]
for name in order:
    r = classes[name]
    print(f"{name:14s} {r['terms']:9,d} {r['postings']:11,d} {r['frequency 1'] / max(1, r['postings']):7.3f} {r['skip bytes'] / 1e6:9.2f} {r['delta bytes'] / 1e6:9.2f} "
          f"{r['frequency bytes'] / 1e6:9.2f} {r['varint bytes'] / 1e6:10.2f} {r['positions']:11,d} {r['position bits'] / 8e6:7.2f}")
print(f"packed unit-delta blocks: {codes['blocks']:,d} blocks, {codes['values']:,d} values")
for name in ("pfor", "elias-fano", "rice", "best of pfor, elias-fano", "format 15 (bitmap or list)"):
    print(f"  {name:26s} {codes[name] / 1e6:7.2f} MB  {codes[name] * 8 / codes['values']:5.2f} bits a delta")
print(f"frequency runs: as written {codes['frequencies as written'] / 1e6:.2f} MB, format 15 {codes['frequencies, format 15'] / 1e6:.2f} MB")
