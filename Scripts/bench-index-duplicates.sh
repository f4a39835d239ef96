#!/usr/bin/env bash
# What grouping near-identical units costs the index of issue 3 (BENCHMARKS.md, "Index and search"):
# the laws, reports and state-council-2019 collections built with and without duplicate groups, an
# incremental update with them, and query latency on both indexes with the same 500 queries as
# bench-index.sh (drawn by Scripts/bench_index_peers.py, VENV default /work/venv-index with jieba).
# Release build; figures go to $OUT and are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared/corpus}
VENV=${VENV:-/work/venv-index}
OUT=${OUT:-/tmp/zhili-bench-duplicates}
ROOTS=("$SHARED/laws" "$SHARED/reports" "$SHARED/state-council-2019")

swift build -c release --product zhili >&2
ZHILI=.build/release/zhili
rm -rf "$OUT" && mkdir -p "$OUT"

# One build after the other on the same collection: without groups, then with (threshold 0.8).
/usr/bin/time -f "without groups: %e s wall, %U s user, %S s sys, %M KB" \
    "$ZHILI" index "${ROOTS[@]}" --index "$OUT/plain" --no-duplicate-groups | tee "$OUT/plain.txt"
/usr/bin/time -f "with groups: %e s wall, %U s user, %S s sys, %M KB" \
    "$ZHILI" index "${ROOTS[@]}" --index "$OUT/grouped" | tee "$OUT/grouped.txt"
"$ZHILI" check --index "$OUT/grouped"

# Incremental, without and with groups: a copy of the collection with one file changed, one added,
# one removed.
INDEX_OPTIONS=--no-duplicate-groups Scripts/bench-changed-copy.sh "$ZHILI" "$OUT/copy-plain" "$OUT/copy-plain-index" "${ROOTS[@]}"
/usr/bin/time -f "incremental without groups (1 changed, 1 added, 1 removed): %e s wall, %U s user, %S s sys, %M KB" \
    "$ZHILI" index "$OUT/copy-plain" --index "$OUT/copy-plain-index" --no-duplicate-groups
Scripts/bench-changed-copy.sh "$ZHILI" "$OUT/copy" "$OUT/copy-index" "${ROOTS[@]}"
/usr/bin/time -f "incremental with groups (1 changed, 1 added, 1 removed): %e s wall, %U s user, %S s sys, %M KB" \
    "$ZHILI" index "$OUT/copy" --index "$OUT/copy-index"

# Query latency, top 10, on both indexes.
"$ZHILI" bench-queries --index "$OUT/plain" --export-units "$OUT/units.jsonl"
"$VENV/bin/python" Scripts/bench_index_peers.py queries "$OUT/units.jsonl" "$OUT/queries.jsonl"
echo "latency without groups:"; "$ZHILI" bench-queries --index "$OUT/plain" --queries "$OUT/queries.jsonl.zhili" | tee "$OUT/latency-plain.json"
echo "latency with groups:"; "$ZHILI" bench-queries --index "$OUT/grouped" --queries "$OUT/queries.jsonl.zhili" | tee "$OUT/latency-grouped.json"
uptime
