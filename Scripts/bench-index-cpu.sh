#!/usr/bin/env bash
# Processor time (user + sys) of `zhili index` on the laws, two builds interleaved (BENCHMARKS.md, issue
# 14, tenth session): on a loaded machine wall times measure the machine, CPU time much less so, and
# interleaving the two builds run by run (the order swapped every other round) spreads the load's drift
# over both. ZHILI_BEFORE and ZHILI (release binaries; ZHILI defaults to .build/release/zhili), RUNS
# rounds (default 5), THREADS (default 1), LAWS, OUT. Prints every run, each build's median and the
# median of the rounds' ratios; then whether the two builds' last indexes are the same files (`diff
# -r`), and whether ZHILI writes the same files with 2 threads.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/interleaved-rounds.sh
LAWS=${LAWS:-../shared/corpus/laws}
OUT=${OUT:-/tmp/zhili-bench-index-cpu}
RUNS=${RUNS:-5}
THREADS=${THREADS:-1}
run() { # label, binary, folder: one build from scratch; prints "label user+sys"
    rm -rf "$OUT/$3"
    /usr/bin/time -f "%U %S" -o "$OUT/time" "$2" index "$LAWS" --index "$OUT/$3" --threads "$THREADS" > /dev/null 2>&1
    echo "$1 $(awk '{ printf "%.2f", $1 + $2 }' "$OUT/time")" | tee -a "$OUT/runs.txt"
}
interleave "$RUNS"
python3 - "$OUT/runs.txt" <<'PY'
import statistics, sys
runs = {"before": [], "after": []}
for line in open(sys.argv[1]):
    label, seconds = line.split()
    runs[label].append(float(seconds))
for label, values in runs.items():
    print(f"{label}: median {statistics.median(values):.2f} s user+sys over {len(values)} runs (range {min(values):.2f}-{max(values):.2f})")
ratios = sorted(a / b for a, b in zip(runs["after"], runs["before"]))
print(f"after / before, median of the rounds: {statistics.median(ratios):.3f} (range {ratios[0]:.3f}-{ratios[-1]:.3f})")
PY
if diff -r "$OUT/before" "$OUT/after" > /dev/null; then echo "before and after: identical index files"; else echo "before and after: the index files DIFFER"; fi
"$ZHILI" index "$LAWS" --index "$OUT/after2" --threads 2 > /dev/null 2>&1
if diff -r "$OUT/after" "$OUT/after2" > /dev/null; then echo "threads $THREADS and 2: identical index files"; else echo "threads $THREADS and 2: the index files DIFFER"; fi
