#!/usr/bin/env bash
# The store's size with its texts in another character code than UTF-8 (BENCHMARKS.md, issue 11, "The store's
# texts in a ranked character code", twenty-fourth session). INDEX: an index built by ZHILI (a release binary) of
# laws + reports + state-council-2019 + seeds; its units exported, their store entries rebuilt as format 14-17
# write them (Scripts/store-entries.py), once in UTF-8 and once per ENCODINGS (default: ranked-96, utf-16-le),
# and compressed by Scripts/store-variants.c in mode 3 (every segment with the first one's 256 KiB dictionary,
# level 8) at each block size of TARGETS (bytes of the entries in UTF-8, where blocks are cut: default 8, 12 and
# 16 KiB). The harness's figures leave out a ranked code's own table (about 3 bytes a character it ranks).
# Printed and in $OUT/character-codes.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${ZHILI:?a zhili release binary}" "${INDEX:?an index built by it}"
OUT=${OUT:-/tmp/zhili-store-character-codes}
ENCODINGS=${ENCODINGS:-"ranked-96 utf-16-le"}
TARGETS=${TARGETS:-"8192 12288 16384"}
mkdir -p "$OUT"
source Scripts/store-units.sh
python3 Scripts/store-entries.py "$OUT/units.jsonl" "$COUNTS" "$OUT/utf-8.bin" --layout 14 > /dev/null
for encoding in $ENCODINGS; do
    python3 Scripts/store-entries.py "$OUT/units.jsonl" "$COUNTS" "$OUT/$encoding.bin" --layout 14 --encoding "$encoding" \
        --cuts "$OUT/$encoding.cuts" > /dev/null
done
{
    # Where the entries' bytes go before zstd: by entry (literal or quotation) and unit kind.
    python3 - "$OUT/utf-8.bin" <<'PY'
import collections, struct, sys
data, meta = open(sys.argv[1], "rb").read(), open(sys.argv[1] + ".meta").read().split("\n")
sizes, at, entry = collections.Counter(), 0, 0
counts = collections.Counter()
while at < len(data):
    (count,) = struct.unpack_from("<I", data, at); at += 4
    for _ in range(count):
        (length,) = struct.unpack_from("<I", data, at); at += 4 + length
        literal, kind = meta[entry].split()[:2]; entry += 1
        sizes[(literal, kind)] += length; counts[(literal, kind)] += 1
total = sum(sizes.values())
for (literal, kind), size in sorted(sizes.items(), key=lambda item: -item[1]):
    print(f"  {'literal' if literal == 'l' else 'quotation'} {kind}: {counts[(literal, kind)]} entries, {size / 1e6:.3f} MB ({size / total:.1%})")
print(f"  every entry: {total / 1e6:.3f} MB before zstd")
PY
    echo "store files of INDEX: $(cat "$INDEX"/s*.stor | wc -c) bytes (+ $(cat "$INDEX"/s*.sdic 2>/dev/null | wc -c) of dictionary)"
    for target in $TARGETS; do
        echo "utf-8, blocks of $target: $("$OUT/store-variants" "$OUT/utf-8.bin" 8 "$target" 262144 3 | head -1)"
        for encoding in $ENCODINGS; do
            echo "$encoding, blocks of $target bytes of UTF-8: $(CUTS="$OUT/$encoding.cuts" "$OUT/store-variants" "$OUT/$encoding.bin" 8 "$target" 262144 3 | head -1)"
        done
    done
} | tee "$OUT/character-codes.txt"
