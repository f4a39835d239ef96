#!/usr/bin/env python3
"""What inlining a singleton's postings in its term dictionary entry would save (BENCHMARKS.md, issue 11,
twenty-second session), net of the entries' growth, before building it.

For every segment of a format-16 index (format 15's term dictionaries and postings are laid out the same):
decodes the term dictionary's blocks, reads each term of document frequency 1's postings from the POST file
(the short list: a varint (unit) × 2 + (frequency == 1), then the frequency when it is not 1), and rewrites
the blocks as an inlining format would: a singleton's entry holds that varint (and frequency) where its
postings offset delta stood, and the other entries' postings offsets are deltas from the previous entry
with postings in the file. Both block sets are compressed as TermDictionaryWriter does (zstd level 9 with a
fast COVER dictionary of at most 64 KiB and a tenth of the blocks, trained on them), so the figures compare
like with like. Prints, per segment and in all, the singletons, their postings bytes (what POST would lose),
the dictionary's compressed bytes before and after, and the net saving. Usage: singleton-postings.py INDEX.
"""
import ctypes, glob, importlib.util, os, sys

# The LEB128 reader of compare-pairs.py (a file name Python cannot import by name), as signature-bytes.py reads it.
_spec = importlib.util.spec_from_file_location("compare_pairs", os.path.join(os.path.dirname(os.path.abspath(__file__)), "compare-pairs.py"))
_pairs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_pairs)
varint = _pairs.varint

zstd = ctypes.CDLL("libzstd.so.1")
zstd.ZSTD_createDCtx.restype = ctypes.c_void_p
zstd.ZSTD_createCCtx.restype = ctypes.c_void_p
zstd.ZSTD_decompress_usingDict.restype = ctypes.c_size_t
zstd.ZSTD_decompress_usingDict.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                                           ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t]
zstd.ZSTD_compress_usingDict.restype = ctypes.c_size_t
zstd.ZSTD_compress_usingDict.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.c_size_t,
                                         ctypes.c_char_p, ctypes.c_size_t, ctypes.c_int]
zstd.ZDICT_isError.restype = ctypes.c_uint

class ZParams(ctypes.Structure):
    _fields_ = [("compressionLevel", ctypes.c_int), ("notificationLevel", ctypes.c_uint), ("dictID", ctypes.c_uint)]

class FastCover(ctypes.Structure):
    _fields_ = [("k", ctypes.c_uint), ("d", ctypes.c_uint), ("f", ctypes.c_uint), ("steps", ctypes.c_uint),
                ("nbThreads", ctypes.c_uint), ("splitPoint", ctypes.c_double), ("accel", ctypes.c_uint),
                ("shrinkDict", ctypes.c_uint), ("shrinkDictMaxRegression", ctypes.c_uint), ("zParams", ZParams)]

zstd.ZDICT_trainFromBuffer_fastCover.restype = ctypes.c_size_t
zstd.ZDICT_trainFromBuffer_fastCover.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                                                 ctypes.POINTER(ctypes.c_size_t), ctypes.c_uint, FastCover]
dcontext, ccontext = zstd.ZSTD_createDCtx(), zstd.ZSTD_createCCtx()

def body(path):
    return open(path, "rb").read()[12:-8]

def encode(value):
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80); value >>= 7
    out.append(value)
    return bytes(out)

def inflate(compressed, raw, dictionary):
    output = ctypes.create_string_buffer(raw)
    assert zstd.ZSTD_decompress_usingDict(dcontext, output, raw, compressed, len(compressed), dictionary, len(dictionary)) == raw
    return output.raw

def compressed_bytes(blocks):
    """The blocks' bytes as TermDictionaryWriter writes them: dictionary, then per block raw length and compressed."""
    samples = b"".join(blocks)
    capacity = min(64 << 10, len(samples) // 10)
    dictionary = ctypes.create_string_buffer(capacity)
    sizes = (ctypes.c_size_t * len(blocks))(*map(len, blocks))
    params = FastCover(k=200, d=6, f=20, accel=1, zParams=ZParams(compressionLevel=3))
    length = zstd.ZDICT_trainFromBuffer_fastCover(dictionary, capacity, samples, sizes, len(blocks), params)
    assert not zstd.ZDICT_isError(length)
    dictionary = dictionary.raw[:length]
    total = len(encode(length)) + length
    output = ctypes.create_string_buffer(1 << 20)
    for block in blocks:
        size = zstd.ZSTD_compress_usingDict(ccontext, output, 1 << 20, block, len(block), dictionary, length, 9)
        total += len(encode(len(block))) + len(encode(size)) + size
    return total

totals = [0, 0, 0, 0, 0]
for term_path in sorted(glob.glob(os.path.join(sys.argv[1], "s*.term"))):
    postings = body(term_path[:-len(".term")] + ".post")
    data = body(term_path); i = 0
    count, i = varint(data, i); block_count, i = varint(data, i)
    length, i = varint(data, i); dictionary = data[i:i + length]; i += length
    before, after = [], []
    singletons = singleton_bytes = 0
    previous_kept = 0  # the postings offset of the last entry with postings in the file (inlining layout)
    for block in range(block_count):
        raw, i = varint(data, i); length, i = varint(data, i)
        entries = inflate(data[i:i + length], raw, dictionary); i += length
        j, offset, previous_positions = 0, 0, 0
        old, new = bytearray(), bytearray()
        first = True
        for _ in range(min(128, count - block * 128)):
            start = j
            _, j = varint(entries, j); suffix, j = varint(entries, j); j += suffix
            head = entries[start:j]
            frequency, j = varint(entries, j); total, j = varint(entries, j)
            delta, j = varint(entries, j); offset = delta if first else offset + delta
            positions_delta, j = varint(entries, j)
            old += entries[start:j]
            new += head + encode(frequency) + encode(total)
            if frequency == 1:
                tag, k = varint(postings, offset)
                if tag & 1 == 0: _, k = varint(postings, k)
                singletons += 1; singleton_bytes += k - offset
                new += postings[offset:k]
            else:
                # The first entry of a block with postings: absolute; else a delta from the last one with postings.
                new += encode(offset if first else offset - previous_kept)
                previous_kept = offset
            new += encode(positions_delta)
            first = False
        before.append(bytes(old)); after.append(bytes(new))
    b, a = compressed_bytes(before), compressed_bytes(after)
    print(f"{os.path.basename(term_path)}: {singletons} singletons, their postings {singleton_bytes} bytes; "
          f"dictionary {b} -> {a} bytes ({a - b:+d}); net saving {singleton_bytes - (a - b)} bytes")
    for index, value in enumerate([singletons, singleton_bytes, b, a, singleton_bytes - (a - b)]): totals[index] += value
print(f"all: {totals[0]} singletons, postings {totals[1] / 1e6:.3f} MB; dictionaries {totals[2] / 1e6:.3f} -> {totals[3] / 1e6:.3f} MB; "
      f"net saving {totals[4] / 1e6:.3f} MB")
