#!/usr/bin/env bash
# The store's size with one dictionary per index at several capacities (BENCHMARKS.md, issue 11, "One store
# dictionary per index", twenty-second session): INDEX, an index built by ZHILI (a release binary) of laws +
# reports + state-council-2019 + seeds; its units exported, their store entries rebuilt as format 14-16
# write them (Scripts/store-entries.py) and compressed by Scripts/store-variants.c in mode 3 — every segment
# with the first one's dictionary, as a build writes them — which prints the blocks with the dictionary once
# per segment and stored once. CAPACITIES in bytes (default 110, 192, 256, 384, 512 KiB). Printed and in
# $OUT/dictionary-sizes.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${ZHILI:?a zhili release binary}" "${INDEX:?an index built by it}"
OUT=${OUT:-/tmp/zhili-store-dictionary-sizes}
CAPACITIES=${CAPACITIES:-"112640 196608 262144 393216 524288"}
mkdir -p "$OUT"
source Scripts/store-units.sh
python3 Scripts/store-entries.py "$OUT/units.jsonl" "$COUNTS" "$OUT/entries.bin" --layout 14 > /dev/null
{
    echo "store files of INDEX: $(cat "$INDEX"/s*.stor | wc -c) bytes"
    for capacity in $CAPACITIES; do
        /usr/bin/time -f "  harness: %U s user, %S s sys" "$OUT/store-variants" "$OUT/entries.bin" 8 8192 "$capacity" 3 2>&1
    done
} | tee "$OUT/dictionary-sizes.txt"
