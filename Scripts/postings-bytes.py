#!/usr/bin/env python3
"""Where a format-11 (to 16) index's postings and positions bytes go (BENCHMARKS.md, issue 11, twelfth session).

Decodes every segment's term dictionary (zstd with its trained dictionary, through libzstd), unit table
and postings as Index/FORMAT.md lays them out, and prints the postings file's bytes by part — skip
entries (impacts apart), patched bit-packed unit deltas and frequencies, the varint tails of short
lists — then per unit kind its postings, positions and the bytes its positions take (⌈log₂ L⌉ bits a
position, L its unit's field length). Usage: postings-bytes.py INDEX_FOLDER (pure Python: minutes).
"""
import collections, ctypes, glob, os, sys
import numpy as np

zstd = ctypes.CDLL("libzstd.so.1")
zstd.ZSTD_createDCtx.restype = ctypes.c_void_p
zstd.ZSTD_decompress_usingDict.restype = ctypes.c_size_t
zstd.ZSTD_decompress_usingDict.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                                           ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t]
context = zstd.ZSTD_createDCtx()

def body(path):
    return open(path, "rb").read()[12:-8]

def varint(data, i):
    value, shift = 0, 0
    while True:
        byte = data[i]; i += 1; value |= (byte & 0x7F) << shift; shift += 7
        if byte < 0x80: return value, i

def inflate(compressed, raw, dictionary=b""):
    output = ctypes.create_string_buffer(raw)
    assert zstd.ZSTD_decompress_usingDict(context, output, raw, compressed, len(compressed), dictionary, len(dictionary)) == raw
    return output.raw

def terms(path, with_terms=False):
    """(document frequency, postings offset) of every term, in order; with `with_terms`, (term bytes,
    document frequency, postings offset)."""
    data = body(path); i = 0; version = int.from_bytes(open(path, "rb").read(12)[8:12], "little")
    count, i = varint(data, i); blocks, i = varint(data, i)
    length, i = varint(data, i); dictionary = data[i:i + length]; i += length
    result = []
    for block in range(blocks):
        raw, i = varint(data, i); length, i = varint(data, i)
        entries = inflate(data[i:i + length], raw, dictionary); i += length
        j, offset, term = 0, 0, b""
        for _ in range(min(128, count - block * 128)):
            shared, j = varint(entries, j); length, j = varint(entries, j)
            if with_terms: term = term[:shared] + entries[j:j + length]
            j += length
            frequency, j = varint(entries, j)
            if version < 20: _, j = varint(entries, j)  # the total frequency, dropped in format 20
            delta, j = varint(entries, j); offset += delta; _, j = varint(entries, j)
            result.append((term, frequency, offset) if with_terms else (frequency, offset))
    return result

def unit_records(path):
    """The kind names of a unit table and its records, a row of 28 bytes a unit (stored as byte planes)."""
    data = body(path)
    table = inflate(data[8:], int.from_bytes(data[:8], "little")); i = 0
    count, i = varint(table, i); kinds = []
    for _ in range(count):
        length, i = varint(table, i); kinds.append(table[i:i + length].decode()); i += length
    strings, i = varint(table, i)
    offsets = np.frombuffer(table, "<u4", strings + 1, i); i += 4 * (strings + 1) + int(offsets[-1])
    units, i = varint(table, i)
    return kinds, np.ascontiguousarray(np.frombuffer(table, np.uint8, 28 * units, i).reshape(28, units).T)

def unit_table(path):
    """The kind name and position width (⌈log₂ field length⌉) of every unit."""
    kinds, records = unit_records(path)
    lengths = records[:, 4:8].copy().view("<u4").ravel()
    return [kinds[k] for k in records[:, 0]], [0 if n <= 1 else int(n - 1).bit_length() for n in lengths]

def unpack(data, i, n):
    """A patched bit-packed run of n values."""
    header = data[i]; width = header & 0x3F; i += 1; size = (n * width + 7) // 8
    packed = int.from_bytes(data[i:i + size], "little"); mask = (1 << width) - 1
    values = [(packed >> (k * width)) & mask for k in range(n)]; i += size
    if header & 0xC0 == 0xC0:  # format 15: the exceptions marked by a bitmap, then their high bits in order
        high_width = data[i]; i += 1; marks = int.from_bytes(data[i:i + (n + 7) // 8], "little"); i += (n + 7) // 8
        marked = [k for k in range(n) if marks >> k & 1]; size = (len(marked) * high_width + 7) // 8
        patches = int.from_bytes(data[i:i + size], "little"); i += size
        for j, k in enumerate(marked):
            values[k] |= (patches >> (j * high_width) & ((1 << high_width) - 1)) << width
    elif header & 0x80:
        exceptions, high_width = data[i] + 1, data[i + 1]; i += 2
        size = (exceptions * (7 + high_width) + 7) // 8; patches = int.from_bytes(data[i:i + size], "little"); i += size
        for k in range(exceptions):
            patch = patches >> (k * (7 + high_width))
            values[patch & 0x7F] |= (patch >> 7 & ((1 << high_width) - 1)) << width
    return values, i

def skip_entries(data, i, blocks):
    """The offset after the skip entries of a term of `blocks` blocks (none for one block) that start at i."""
    if blocks > 1:
        for _ in range(blocks):
            for _ in range(3): _, i = varint(data, i)
            impacts, i = varint(data, i)
            for _ in range(impacts):
                code, i = varint(data, i)
                if not code & 1: _, i = varint(data, i)
                _, i = varint(data, i)
    return i

def short_list(data, i, n):
    """The (unit delta, frequency) pairs of a last block of n < 4 postings (varints), and the offset after them."""
    pairs = []
    for _ in range(n):
        value, i = varint(data, i); count = 1
        if not value & 1: count, i = varint(data, i)
        pairs.append((value >> 1, count))
    return pairs, i

parts = collections.Counter(); postings = collections.Counter(); positions = collections.Counter(); bits = collections.Counter()
for term_path in sorted(glob.glob(os.path.join(sys.argv[1], "s*.term"))):
    segment = term_path[:-len(".term")]
    kinds, widths = unit_table(segment + ".unit")
    data = body(segment + ".post")
    for frequency, offset in terms(term_path):
        blocks, i = (frequency + 127) // 128, offset
        if blocks > 1:
            start = i
            for _ in range(blocks):
                for _ in range(3): _, i = varint(data, i)
                impacts, i = varint(data, i); first = i
                for _ in range(impacts):
                    code, i = varint(data, i)
                    if not code & 1: _, i = varint(data, i)
                    _, i = varint(data, i)
                parts["skip entries: impacts"] += i - first
            parts["skip entries"] += i - start
        unit = -1
        for block in range(blocks):
            n = min(128, frequency - block * 128)
            if n >= 4:
                start = i; deltas, i = unpack(data, i, n); parts["unit deltas (packed)"] += i - start
                start = i; counts, i = unpack(data, i, n); parts["frequencies (packed)"] += i - start
                pairs = [(d, c + 1) for d, c in zip(deltas, counts)]
            else:
                start = i; pairs, i = short_list(data, i, n)
                parts["short lists (varints)"] += i - start
            for delta, count in pairs:
                unit += delta + 1; kind = kinds[unit]
                postings[kind] += 1; positions[kind] += count; bits[kind] += count * widths[unit]
total = sum(v for k, v in parts.items() if k != "skip entries: impacts")
for part, size in sorted(parts.items()):
    print(f"{part:28s} {size / 1e6:7.2f} MB")
print(f"{'postings files':28s} {total / 1e6:7.2f} MB")
for kind in sorted(postings):
    print(f"{kind:10s} postings {postings[kind]:10,d}  positions {positions[kind]:10,d}  position bytes {bits[kind] / 8e6:6.2f} MB")
