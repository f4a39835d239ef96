#!/usr/bin/env bash
# The shipped-path search benchmark of issue 11 (BENCHMARKS.md, "Search ranking and the shipped path"):
# `zhili serve`'s /api/search (server time, `took_ms`, over loopback, one request at a time) and
# `zhili search`'s own search path timed in-process (`bench-queries --queries`, the options
# SearchCommand uses: sections only, near-identical copies folded, 3 per document, totals exact to
# 10,000, texts and snippets read), against tantivy over Han bigrams of the same section units with
# the same queries, in one run; then recall against grep. Release build; tantivy from a virtualenv
# (VENV, default /work/venv-index, `pip install tantivy`). Figures go to $OUT and are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared/corpus}
SEEDS=${SEEDS:-../shared/seeds}
VENV=${VENV:-/work/venv-index}
OUT=${OUT:-/tmp/zhili-bench-search}
PY="$VENV/bin/python"
SCRATCH=${SCRATCH:-.build}
ROOTS=("$SHARED/laws" "$SHARED/reports" "$SHARED/state-council-2019" "$SEEDS")

# ZHILI=path uses a release binary already built instead.
if [[ -z "${ZHILI:-}" ]]; then
    swift build -c release --product zhili --scratch-path "$SCRATCH" >&2
    ZHILI="$SCRATCH/release/zhili"
fi
rm -rf "$OUT" && mkdir -p "$OUT"

echo "raw bytes: $(find "${ROOTS[@]}" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' -o -name '*.htm' \) -print0 | xargs -0 cat | wc -c)" | tee "$OUT/raw.txt"
/usr/bin/time -f "build: %e s wall, %U s user, %S s sys, %M KB" "$ZHILI" index "${ROOTS[@]}" --index "$OUT/index" | tee "$OUT/build.txt"
ls -l "$OUT/index" | tee "$OUT/sizes.txt"
"$ZHILI" bench-queries --index "$OUT/index" --export-units "$OUT/units.jsonl"

# 300 random 2-6 character Han substrings of the laws (fixed seed), as the issue measured.
"$PY" Scripts/random-han-queries.py "$SHARED/laws" "$OUT/queries.txt"

# zhili search's path in-process: three timed passes after a warm-up.
"$ZHILI" bench-queries --index "$OUT/index" --queries "$OUT/queries.txt" --slowest 5 | tee "$OUT/zhili-inprocess.json"

# /api/search: server time of every query, three passes after a warm-up, one request at a time.
"$ZHILI" serve --index "$OUT/index" --port 0 > "$OUT/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do grep -qoE "http://[0-9.]+:[0-9]+" "$OUT/serve.log" && break; sleep 0.2; done
URL=$(grep -oE "http://[0-9.]+:[0-9]+" "$OUT/serve.log" | head -1)
"$PY" - "$URL" "$OUT/queries.txt" <<'PY' | tee "$OUT/zhili-api.json"
import json, statistics, sys, urllib.parse, urllib.request
url, path = sys.argv[1], sys.argv[2]
queries = [line.rstrip("\n") for line in open(path, encoding="utf-8") if line.strip()]
def took(query):
    with urllib.request.urlopen(f"{url}/api/search?q={urllib.parse.quote(query)}&limit=10") as response:
        return json.load(response)["took_ms"] * 1000
for query in queries:
    took(query)
samples = sorted(took(q) for _ in range(3) for q in queries)
print(json.dumps({"queries": len(queries), "passes": 3, "median_us": round(samples[len(samples) // 2], 1),
                  "p99_us": round(samples[int(len(samples) * 0.99)], 1)}))
PY
kill $SERVER; trap - EXIT

# tantivy over Han bigrams of the same section units, the same queries as phrases of their bigrams.
"$PY" - "$OUT/units.jsonl" "$OUT/queries.txt" "$OUT/tantivy" <<'PY' | tee "$OUT/tantivy.json"
import json, os, sys
sys.path.insert(0, "Scripts")
from bench_index_peers import bigrams, folder_size, latencies, tantivy_build
units_path, queries_path, folder = sys.argv[1:]
units = [u for u in map(json.loads, open(units_path, encoding="utf-8")) if u["kind"] == "section"]
queries = [line.rstrip("\n") for line in open(queries_path, encoding="utf-8") if line.strip()]
index = tantivy_build("tantivy-bigrams", [bigrams(u["text"]) for u in units], folder)
searcher = index.searcher()
parsed = [index.parse_query('"%s"' % bigrams(q), ["body"]) for q in queries]
print(json.dumps({"units": len(units), "bytes": folder_size(folder),
                  "count_false": latencies(lambda q: searcher.search(q, 10, count=False), parsed),
                  "count_true": latencies(lambda q: searcher.search(q, 10, count=True), parsed)}))
PY

# Recall against grep: 200 exact substrings of lines of the raw files (Scripts/bench_index_peers.py).
"$PY" Scripts/bench_index_peers.py substrings "${ROOTS[@]}" --out "$OUT/substrings.txt"
"$ZHILI" bench-queries --index "$OUT/index" --sources "$OUT/substrings.txt" > "$OUT/zhili-sources.jsonl"
"$PY" Scripts/bench_index_peers.py recall "$OUT/substrings.txt" "$OUT/zhili-sources.jsonl" "${ROOTS[@]}" | tee "$OUT/recall.json"
uptime
