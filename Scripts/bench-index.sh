#!/usr/bin/env bash
# The index benchmark of issue 3 (BENCHMARKS.md, "Index and search"): zhili index/search on the laws,
# reports and state-council-2019 collections, against tantivy (jieba tokens; Han bigrams) and SQLite
# FTS5 (trigram) over the same units, in one run. Release build; peers from a throwaway virtualenv
# (VENV, default /work/venv-index, with `pip install tantivy jieba`). Figures go to $OUT/*.json and
# are printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared/corpus}
VENV=${VENV:-/work/venv-index}
OUT=${OUT:-/tmp/zhili-bench-index}
PY="$VENV/bin/python"
ROOTS=("$SHARED/laws" "$SHARED/reports" "$SHARED/state-council-2019")

swift build -c release --product zhili >&2
ZHILI=.build/release/zhili
rm -rf "$OUT" && mkdir -p "$OUT"

echo "raw bytes: $(find "${ROOTS[@]}" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' -o -name '*.htm' \) -print0 | xargs -0 cat | wc -c)" | tee "$OUT/raw.txt"

# Full build (single-threaded: its CPU time is the one-core figure), then a re-run on the unchanged
# collection. Wall times are also given; on a shared machine they include waiting for a core.
/usr/bin/time -v "$ZHILI" index "${ROOTS[@]}" --index "$OUT/index" 2> "$OUT/build-time.txt" | tee "$OUT/build.txt"
grep -E "Elapsed|User time|System time|Maximum resident" "$OUT/build-time.txt"
/usr/bin/time -f "unchanged re-run: %e s wall, %U s user, %S s sys, %M KB" "$ZHILI" index "${ROOTS[@]}" --index "$OUT/index"
"$ZHILI" check --index "$OUT/index"
ls -l "$OUT/index" | tee "$OUT/sizes.txt"
# Units of the extracted kinds (statistic, citation, measure), from the search's count line.
for kind in statistic citation measure; do
    echo "$kind units: $("$ZHILI" search "kind:$kind" --index "$OUT/index" --limit 1 | tail -1)"
done | tee "$OUT/kinds.txt"
# BUILD_ONLY=1: the build figures alone (no --words build, no incremental run, no peers).
if [[ -n "${BUILD_ONLY:-}" ]]; then exit 0; fi

# With the segmenter's words indexed beside the bigrams (--words).
/usr/bin/time -f "with --words: %e s wall, %U s user, %S s sys, %M KB" "$ZHILI" index "${ROOTS[@]}" --index "$OUT/index-words" --words
ls -l "$OUT/index-words" | tee "$OUT/sizes-words.txt"

# Incremental: a copy of the collection with one file changed, one added and one removed.
Scripts/bench-changed-copy.sh "$ZHILI" "$OUT/copy" "$OUT/copy-index" "${ROOTS[@]}"
/usr/bin/time -f "incremental (1 changed, 1 added, 1 removed): %e s wall, %U s user, %S s sys, %M KB" "$ZHILI" index "$OUT/copy" --index "$OUT/copy-index"

# Units as the peers index them, the query sets, the peers.
"$ZHILI" bench-queries --index "$OUT/index" --export-units "$OUT/units.jsonl"
"$PY" Scripts/bench_index_peers.py queries "$OUT/units.jsonl" "$OUT/queries.jsonl"
"$PY" Scripts/bench_index_peers.py substrings "${ROOTS[@]}" --out "$OUT/substrings.txt"
"$ZHILI" bench-queries --index "$OUT/index" --queries "$OUT/queries.jsonl.zhili" --slowest 5 | tee "$OUT/zhili-latency.json"
"$ZHILI" bench-queries --index "$OUT/index" --sources "$OUT/substrings.txt" > "$OUT/zhili-sources.jsonl"
# grep over the text ingestion gives the indexer (`zhili inspect --json`), not the raw files: the folders'
# PROVENANCE.txt and a site's licence notice are not indexed by design (the raw files' extra matches are
# counted by cause, with the raw-file recall beside).
"$ZHILI" inspect --json "${ROOTS[@]}" > "$OUT/inspect.json"
"$PY" Scripts/bench_index_peers.py recall "$OUT/substrings.txt" "$OUT/zhili-sources.jsonl" --read "$OUT/inspect.json" "${ROOTS[@]}" | tee "$OUT/recall.json"
"$PY" Scripts/bench_index_peers.py peers "$OUT/units.jsonl" "$OUT/queries.jsonl" "$OUT" | tee "$OUT/peers.json"
# zhili's latency again right after the peers', for a fair reading under the same machine load.
"$ZHILI" bench-queries --index "$OUT/index" --queries "$OUT/queries.jsonl.zhili" | tee "$OUT/zhili-latency-after.json"
uptime
