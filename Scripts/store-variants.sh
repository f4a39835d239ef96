#!/usr/bin/env bash
# The store's size under other layouts, measured before choosing one (BENCHMARKS.md, issue 11, "The store:
# a section's own heading once, ...", eighteenth session). INDEX: an index built by ZHILI (a release
# binary) of laws + reports + state-council-2019 + seeds (Scripts/bench-search.sh builds one); exports its
# units, rebuilds the store's entries as format 13 and 14 write them (Scripts/store-entries.py; and a layout
# with near-identical sections as edits of an earlier one), and compresses them as TextStoreWriter does
# and otherwise (Scripts/store-variants.c). The figures go to $OUT/variants.txt and are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${ZHILI:?a zhili release binary}" "${INDEX:?an index built by it}"
OUT=${OUT:-/tmp/zhili-store-variants}
mkdir -p "$OUT"
"$ZHILI" bench-queries --index "$INDEX" --export-units "$OUT/units.jsonl"
# The segments' unit counts, in the manifest's order (a store's trailer: … unit count, block count, index offset, CRC, magic).
COUNTS=$(for f in $(grep -ao 's[0-9]*\.stor' "$INDEX/manifest"); do
    python3 -c 'import struct,sys; b=open(sys.argv[1],"rb").read(); print(struct.unpack("<I", b[-24:-20])[0])' "$INDEX/$f"; done | paste -sd,)
gcc -O2 -o "$OUT/store-variants" Scripts/store-variants.c -lzstd
python3 Scripts/store-entries.py "$OUT/units.jsonl" "$COUNTS" "$OUT/v13.bin" --layout 13
python3 Scripts/store-entries.py "$OUT/units.jsonl" "$COUNTS" "$OUT/v14.bin" --layout 14
python3 Scripts/store-entries.py "$OUT/units.jsonl" "$COUNTS" "$OUT/edits.bin" --layout 14 --edits | tee "$OUT/edits.txt"
{
    echo "store files: $(cat "$INDEX"/s*.stor | wc -c) bytes"
    echo "units in near-duplicate groups, and their text bytes beyond each group's first:"
    python3 - "$OUT/units.jsonl" <<'PY'
import collections, json, sys
groups = collections.defaultdict(list)
total = 0
for line in open(sys.argv[1], encoding="utf-8"):
    unit = json.loads(line)
    size = len(unit["text"].encode())
    total += size
    if unit["duplicate_group"] is not None:
        groups[unit["duplicate_group"]].append((unit["unit"], size))
grouped = sum(size for members in groups.values() for _, size in members)
firsts = sum(min(members)[1] for members in groups.values())
print(f"  {len(groups)} groups, {sum(map(len, groups.values()))} units; text {total} bytes, grouped {grouped}, beyond each group's first {grouped - firsts}")
PY
    for layout in v13 v14; do
        echo "$layout: $("$OUT/store-variants" "$OUT/$layout.bin" 8 8192 112640 0)"
    done
    echo "v14, sections as edits: $("$OUT/store-variants" "$OUT/edits.bin" 8 8192 112640 0)"
    echo "v14, blocks of 16 KiB: $("$OUT/store-variants" "$OUT/v14.bin" 8 16384 112640 0)"
    echo "v14, level 9: $("$OUT/store-variants" "$OUT/v14.bin" 9 8192 112640 0)"
    echo "v14, level 12: $("$OUT/store-variants" "$OUT/v14.bin" 12 8192 112640 0)"
    echo "v14, 256 KiB dictionary, level 7: $("$OUT/store-variants" "$OUT/v14.bin" 7 8192 262144 0)"
    echo "v14, reference blocks (depth 1): $("$OUT/store-variants" "$OUT/v14.bin" 8 8192 112640 2 8 1)"
    echo "v14, reference blocks (chains): $("$OUT/store-variants" "$OUT/v14.bin" 8 8192 112640 2 8 0)"
    echo "v14, one stream a segment (no random access; a bound): $("$OUT/store-variants" "$OUT/v14.bin" 8 8192 112640 1)"
} | tee "$OUT/variants.txt"
