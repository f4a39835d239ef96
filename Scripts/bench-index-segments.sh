#!/usr/bin/env bash
# Issue 14's index benchmark (BENCHMARKS.md, "Segments, threads and bounded memory (issue 14)"), on the
# laws (../shared/corpus/laws), release build, in one run:
#   1. `zhili index --threads 1` against `--threads 2` (and that both indexes are the same, file by file);
#      with ZHILI_BEFORE (another build, e.g. main's), its two builds too, and their files against these;
#   2. tantivy over Han bigrams of the same units, 1 and 2 indexing threads, bigram preparation included;
#   3. peak memory (/usr/bin/time -v) of `zhili index` on the laws and on the laws ×3 (the shifted
#      copies of Scripts/make-shifted-copies.py), with and without near-duplicate groups; with
#      ZHILI_BEFORE, its peaks (with groups) too;
#   4. one changed file re-indexed, against the full build, and its groups against a full build of the
#      same files (Scripts/compare-duplicate-groups.py); with ZHILI_BEFORE, the laws' groups against
#      that build's;
#   5. search latency (`zhili search`'s path in-process, `bench-queries --queries`) over an index of
#      several unmerged segments against the same index merged (`zhili index --merge`); with
#      ZHILI_BEFORE, its searches of the same files in the same rounds.
# Peers from a throwaway virtualenv (VENV, default /work/venv-index, `pip install tantivy`). Figures go
# to $OUT and are printed; `uptime` is printed between steps (the machine may be shared).
# STEPS picks steps (default "1 2 3 4 5"; `STEPS="1 2"` for the build speed alone). RUNS (default 5)
# is how many times steps 1 and 2 build, alternating 1 and 2 threads: the wall times of one run vary
# by 10-20 % even on a quiet machine, so each figure is given as the median and range of the runs,
# and the speed-up as the median of the runs' ratios (with their range). Before each timed build the
# page cache is settled (`sync`: the last build's files written out, not flushed during the next; the
# laws read once beforehand). ROUNDS (default 5) is how many timed rounds step 5 runs, each searching
# both indexes, in alternating order, after an untimed round; before each index's round the page cache
# is settled too (`sync`, the index's files read): the ratio unmerged / merged is given per round and
# as the median and range of the rounds (twentieth session: one round of two ran while the cache
# still dropped the indexes of the step before, 1.46x against 1.12x). On a shared machine, run it in a scheduling
# group of its own at the highest priority (as root: `setsid bash -c 'echo -20 > /proc/self/autogroup;
# exec bash Scripts/bench-index-segments.sh'`; `nice` alone does not hold against other sessions).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared/corpus}
LAWS=${LAWS:-$SHARED/laws}
X3=${X3:-/tmp/zhili-laws-x3}
VENV=${VENV:-/work/venv-index}
OUT=${OUT:-/tmp/zhili-bench-segments}
PY="$VENV/bin/python"
# Budget for the unmerged index of step 5: small enough for a few segments, below the merge factor (56:
# the laws' 7 segments since the texts held for the grouping count in the budget; at 48 an eighth segment
# made the commit merge them all).
UNMERGED_MB=${UNMERGED_MB:-56}
STEPS=${STEPS:-1 2 3 4 5}
RUNS=${RUNS:-5}
ROUNDS=${ROUNDS:-5}
step() { [[ " $STEPS " == *" $1 "* ]]; }
# Before a timed run: what earlier steps wrote is on disk (no writeback competing with the run), and the
# files named (inputs, an index) are in the page cache.
settle() { sync; [[ $# -eq 0 ]] || find "$@" -type f -exec cat {} + > /dev/null; }

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

# Median and range of the runs' wall times of each label in summary.txt, and the median of the
# runs' speed-ups (threads 1 over threads 2, run by run).
medians() {
    python3 - "$OUT/summary.txt" <<'PY'
import re, statistics, sys
walls = {}
for line in open(sys.argv[1], encoding="utf-8"):
    found = re.match(r"(.*), run (\d+): ([\d.]+) s wall", line)
    if found: walls.setdefault(found.group(1), {})[int(found.group(2))] = float(found.group(3))
for label, runs in walls.items():
    values = sorted(runs.values())
    print(f"{label}: median {statistics.median(values):.2f} s wall over {len(values)} runs (range {values[0]:.2f}-{values[-1]:.2f})")
for prefix in ("", "before, "):
    one, two = walls.get(prefix + "threads 1", {}), walls.get(prefix + "threads 2", {})
    ratios = sorted(one[run] / two[run] for run in one if run in two)
    if ratios:
        print(f"{prefix}speed-up 2 threads: median {statistics.median(ratios):.2f}x over {len(ratios)} runs "
              f"(range {ratios[0]:.2f}-{ratios[-1]:.2f}x)")
PY
}

# RUNS builds of the laws by zhili binary $2 with 1 and with 2 threads, alternating, into $OUT/$3{1,2},
# labelled with prefix $1; each run builds afresh, the last run's indexes are kept to compare.
builds() {
    local prefix=$1 binary=$2 folder=$3
    settle "$LAWS"
    for run in $(seq "$RUNS"); do
        settle
        timed "${prefix}threads 1, run $run" "$binary" index "$LAWS" --index "$OUT/${folder}1" --threads 1
        settle
        timed "${prefix}threads 2, run $run" "$binary" index "$LAWS" --index "$OUT/${folder}2" --threads 2
        load | tee -a "$OUT/summary.txt"
        if [[ $run -lt $RUNS ]]; then rm -rf "$OUT/${folder}1" "$OUT/${folder}2"; fi
    done
}

# 1. Threads.
if step 1; then
builds "" "$ZHILI" t
if diff -r "$OUT/t1" "$OUT/t2" > /dev/null; then echo "threads 1 and 2: identical index files" | tee -a "$OUT/summary.txt"; else
    echo "threads 1 and 2: the index files DIFFER" | tee -a "$OUT/summary.txt"; fi
# With ZHILI_BEFORE (another build, e.g. main's), the same builds by it, and whether its index
# files are byte for byte this build's.
if [[ -n "${ZHILI_BEFORE:-}" ]]; then
    builds "before, " "$ZHILI_BEFORE" b
    if diff -r "$OUT/b2" "$OUT/t2" > /dev/null; then echo "before and now: identical index files" | tee -a "$OUT/summary.txt"; else
        echo "before and now: the index files DIFFER" | tee -a "$OUT/summary.txt"; fi
fi
medians | tee -a "$OUT/summary.txt"
fi

# 2. tantivy over Han bigrams of the same units (every kind zhili indexes), preparation included.
if step 2; then
"$ZHILI" bench-queries --index "$OUT/t2" --export-units "$OUT/units.jsonl"
"$PY" - "$OUT/units.jsonl" "$OUT" "$RUNS" <<'PY' | tee -a "$OUT/summary.txt"
import json, os, shutil, statistics, sys, time
sys.path.insert(0, "Scripts")
from bench_index_peers import bigrams
import tantivy
units_path, out, runs = sys.argv[1:]
texts = [json.loads(line)["text"] for line in open(units_path, encoding="utf-8")]
walls = {1: [], 2: []}
for run, threads in [(run, threads) for run in range(int(runs)) for threads in (1, 2)]:
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
    walls[threads].append(time.perf_counter() - wall)
    print(f"tantivy bigrams, {threads} thread(s), {len(texts)} units, run {run + 1}: {walls[threads][-1]:.1f} s wall, "
          f"{time.process_time() - cpu:.1f} s CPU (bigram preparation included)")
for threads, values in walls.items():
    values.sort()
    print(f"tantivy bigrams, {threads} thread(s): median {statistics.median(values):.2f} s wall over {len(values)} runs "
          f"(range {values[0]:.2f}-{values[-1]:.2f})")
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
if [[ -n "${ZHILI_BEFORE:-}" ]]; then
    timed "before, memory laws" "$ZHILI_BEFORE" index "$LAWS" --index "$OUT/bm1"
    timed "before, memory laws x3" "$ZHILI_BEFORE" index "$X3" --index "$OUT/bm3"
fi
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
# An untimed round first (round 0, left out of the figures), then ROUNDS timed ones, the order of
# the two indexes alternating from round to round; with ZHILI_BEFORE, its searches of the same index
# files in every round too (labelled "before, ").
searches() { # prefix, binary, round
    local order="unmerged merged"; [[ $(($3 % 2)) -eq 0 ]] && order="merged unmerged"
    for index in $order; do
        settle "$OUT/$index"
        echo "search, $1$index, round $3: $("$2" bench-queries --index "$OUT/$index" --queries "$OUT/queries.txt")" | tee -a "$OUT/summary.txt"
    done
}
for round in $(seq 0 "$ROUNDS"); do
    searches "" "$ZHILI" "$round"
    if [[ -n "${ZHILI_BEFORE:-}" ]]; then searches "before, " "$ZHILI_BEFORE" "$round"; fi
done
python3 - "$OUT/summary.txt" <<'PY' | tee -a "$OUT/summary.txt"
import json, re, statistics, sys
rounds = {}
for line in open(sys.argv[1], encoding="utf-8"):
    found = re.match(r"search, (before, )?(\w+), round (\d+): (\{.*\})", line)
    if found and int(found.group(3)) > 0:
        rounds.setdefault(found.group(1) or "", {}).setdefault(int(found.group(3)), {})[found.group(2)] = json.loads(found.group(4))
for prefix, runs in sorted(rounds.items()):
    for measure, label in (("median_us", "p50"), ("p99_us", "p99")):
        ratios = sorted(r["unmerged"][measure] / r["merged"][measure] for r in runs.values() if len(r) == 2)
        walls = {index: statistics.median(r[index][measure] for r in runs.values() if index in r) for index in ("unmerged", "merged")}
        print(f"{prefix}search unmerged / merged, {label}: median {statistics.median(ratios):.2f}x over {len(ratios)} rounds "
              f"(range {ratios[0]:.2f}-{ratios[-1]:.2f}x; the rounds' median {walls['unmerged']:.1f} / {walls['merged']:.1f} us)")
PY
load | tee -a "$OUT/summary.txt"
fi
