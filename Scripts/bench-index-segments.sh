#!/usr/bin/env bash
# Issue 14's index benchmark (BENCHMARKS.md, "Segments, threads and bounded memory (issue 14)"), on the
# laws (../shared/corpus/laws), release build, in one run:
#   1. `zhili index --threads 1` against `--threads 2` (and that both indexes are the same, file by file);
#      with ZHILI_BEFORE (another build, e.g. main's), its two builds too, and their files against these;
#   2. tantivy over Han bigrams of the same units, 1 and 2 indexing threads, bigram preparation included;
#   3. peak memory (/usr/bin/time -v) of `zhili index` on the laws and on the laws ×3 (the shifted
#      copies of Scripts/make-shifted-copies.py), with and without near-duplicate groups;
#   4. one changed file re-indexed, against the full build, and its groups against a full build of the
#      same files (Scripts/compare-duplicate-groups.py); with ZHILI_BEFORE, the laws' groups against
#      that build's;
#   5. search latency (`zhili search`'s path in-process, `bench-queries --queries`) over an index of
#      several unmerged segments against the same index merged (`zhili index --merge`).
# Peers from a throwaway virtualenv (VENV, default /work/venv-index, `pip install tantivy`). Figures go
# to $OUT and are printed; `uptime` is printed between steps (the machine may be shared).
# STEPS picks steps (default "1 2 3 4 5"; `STEPS="1 2"` for the build speed alone). On a shared machine,
# run it as `nice -n -20 bash Scripts/bench-index-segments.sh` (as root) so other work does not distort it.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared/corpus}
LAWS=${LAWS:-$SHARED/laws}
X3=${X3:-/tmp/zhili-laws-x3}
VENV=${VENV:-/work/venv-index}
OUT=${OUT:-/tmp/zhili-bench-segments}
PY="$VENV/bin/python"
# Budget for the unmerged index of step 5: small enough for a few segments, below the merge factor.
UNMERGED_MB=${UNMERGED_MB:-48}
STEPS=${STEPS:-1 2 3 4 5}
step() { [[ " $STEPS " == *" $1 "* ]]; }

if [[ -z "${ZHILI:-}" ]]; then
    swift build -c release --product zhili >&2
    ZHILI=.build/release/zhili
fi
step 3 && [[ ! -d "$X3" ]] && python3 Scripts/make-shifted-copies.py --source "$LAWS" --output "$X3" --copies 3
rm -rf "$OUT" && mkdir -p "$OUT"
load() { echo "load: $(uptime | sed 's/.*load average: //')"; }
timed() { # label, command...: wall, CPU and peak memory of one run
    local label=$1; shift
    /usr/bin/time -f "$label: %e s wall, %U s user, %S s sys, %M KB peak" "$@" 2>&1 >> "$OUT/runs.log" | grep -F "$label: " | tee -a "$OUT/summary.txt"
}

echo "laws: $(find "$LAWS" -type f | wc -l) files, $(du -sb "$LAWS" | cut -f1) bytes; laws x3: $(du -sb "$X3" | cut -f1) bytes" | tee "$OUT/summary.txt"
load | tee -a "$OUT/summary.txt"

# 1. Threads.
if step 1; then
timed "threads 1" "$ZHILI" index "$LAWS" --index "$OUT/t1" --threads 1
timed "threads 2" "$ZHILI" index "$LAWS" --index "$OUT/t2" --threads 2
load | tee -a "$OUT/summary.txt"
if diff -r "$OUT/t1" "$OUT/t2" > /dev/null; then echo "threads 1 and 2: identical index files" | tee -a "$OUT/summary.txt"; else
    echo "threads 1 and 2: the index files DIFFER" | tee -a "$OUT/summary.txt"; fi
# With ZHILI_BEFORE (another build, e.g. main's), the same two builds by it, and whether its index
# files are byte for byte this build's.
if [[ -n "${ZHILI_BEFORE:-}" ]]; then
    timed "before, threads 1" "$ZHILI_BEFORE" index "$LAWS" --index "$OUT/b1" --threads 1
    timed "before, threads 2" "$ZHILI_BEFORE" index "$LAWS" --index "$OUT/b2" --threads 2
    load | tee -a "$OUT/summary.txt"
    if diff -r "$OUT/b2" "$OUT/t2" > /dev/null; then echo "before and now: identical index files" | tee -a "$OUT/summary.txt"; else
        echo "before and now: the index files DIFFER" | tee -a "$OUT/summary.txt"; fi
fi
fi

# 2. tantivy over Han bigrams of the same units (every kind zhili indexes), preparation included.
if step 2; then
"$ZHILI" bench-queries --index "$OUT/t2" --export-units "$OUT/units.jsonl"
"$PY" - "$OUT/units.jsonl" "$OUT" <<'PY' | tee -a "$OUT/summary.txt"
import json, os, shutil, sys, time
sys.path.insert(0, "Scripts")
from bench_index_peers import bigrams
import tantivy
units_path, out = sys.argv[1:]
texts = [json.loads(line)["text"] for line in open(units_path, encoding="utf-8")]
for threads in (1, 2):
    folder = os.path.join(out, f"tantivy-{threads}")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    wall, cpu = time.perf_counter(), time.process_time()
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("body", stored=False, tokenizer_name="default", index_option="position")
    index = tantivy.Index(builder.build(), path=folder)
    writer = index.writer(heap_size=500_000_000, num_threads=threads)
    for text in texts:
        writer.add_document(tantivy.Document(body=bigrams(text)))
    writer.commit()
    writer.wait_merging_threads()
    print(f"tantivy bigrams, {threads} thread(s), {len(texts)} units: {time.perf_counter() - wall:.1f} s wall, "
          f"{time.process_time() - cpu:.1f} s CPU (bigram preparation included)")
PY
load | tee -a "$OUT/summary.txt"
fi

# 3. Peak memory: the laws against the laws x3.
if step 3; then
timed "memory laws" "$ZHILI" index "$LAWS" --index "$OUT/m1"
# With ZHILI_BEFORE (another build of zhili, e.g. main's), the laws' groups against that build's: the
# same files in one order give the same unit numbers, so the DUPS files compare byte for byte.
if [[ -n "${ZHILI_BEFORE:-}" ]]; then
    "$ZHILI_BEFORE" index "$LAWS" --index "$OUT/before" > /dev/null
    if cmp -s "$OUT"/before/g1.dups "$OUT"/m1/g1.dups; then echo "groups on the laws: the same DUPS as ZHILI_BEFORE's" | tee -a "$OUT/summary.txt"
    else echo "groups on the laws DIFFER from ZHILI_BEFORE's" | tee -a "$OUT/summary.txt"; fi
fi
timed "memory laws x3" "$ZHILI" index "$X3" --index "$OUT/m3"
timed "memory laws, no groups" "$ZHILI" index "$LAWS" --index "$OUT/m1n" --no-duplicate-groups
timed "memory laws x3, no groups" "$ZHILI" index "$X3" --index "$OUT/m3n" --no-duplicate-groups
grep -hE "^$OUT/m(1|3)n?:" "$OUT/runs.log" | tee -a "$OUT/summary.txt"
load | tee -a "$OUT/summary.txt"
fi

# 4. One changed file: a copy of the laws indexed, one file changed (a line appended), indexed again.
if step 4; then
cp -r "$LAWS" "$OUT/copy"
timed "full build of the copy" "$ZHILI" index "$OUT/copy" --index "$OUT/copy-index"
CHANGED=$(find "$OUT/copy" -type f -name '*.md' | sort | sed -n 100p)
printf '\n第九十九条 本条为基准测试追加的一行。\n' >> "$CHANGED"
timed "one changed file" "$ZHILI" index "$OUT/copy" --index "$OUT/copy-index"
# The update's groups against a full build of the same files (units named by file and place).
"$ZHILI" index "$OUT/copy" --index "$OUT/copy-full" > /dev/null
"$ZHILI" bench-queries --index "$OUT/copy-index" --export-units "$OUT/groups-update.jsonl"
"$ZHILI" bench-queries --index "$OUT/copy-full" --export-units "$OUT/groups-full.jsonl"
python3 Scripts/compare-duplicate-groups.py "$OUT/groups-full.jsonl" "$OUT/groups-update.jsonl" | tee -a "$OUT/summary.txt" || true
timed "one changed file, no groups (build)" "$ZHILI" index "$OUT/copy" --index "$OUT/copy-index-n" --no-duplicate-groups
printf '\n第一百条 再追加一行。\n' >> "$CHANGED"
timed "one changed file, no groups" "$ZHILI" index "$OUT/copy" --index "$OUT/copy-index-n" --no-duplicate-groups
load | tee -a "$OUT/summary.txt"
fi

# 5. Search over several segments against the same index merged: 300 random 2-6 character Han
# substrings of the laws (fixed seed), as Scripts/bench-search.sh draws them.
if step 5; then
"$PY" Scripts/random-han-queries.py "$LAWS" "$OUT/queries.txt"
"$ZHILI" index "$LAWS" --index "$OUT/unmerged" --memory "$UNMERGED_MB" | tee -a "$OUT/summary.txt"
cp -r "$OUT/unmerged" "$OUT/merged"
"$ZHILI" index "$LAWS" --index "$OUT/merged" --merge | tee -a "$OUT/summary.txt"
for round in 1 2; do
    for index in unmerged merged; do
        echo "search, $index, round $round: $("$ZHILI" bench-queries --index "$OUT/$index" --queries "$OUT/queries.txt")" | tee -a "$OUT/summary.txt"
    done
done
load | tee -a "$OUT/summary.txt"
fi
