#!/usr/bin/env bash
# Processor time (user + sys) of `zhili index` on the laws, two builds interleaved (BENCHMARKS.md, issue
# 14, tenth session): on a loaded machine wall times measure the machine, CPU time much less so, and
# interleaving the two builds run by run (the order swapped every other round) spreads the load's drift
# over both. ZHILI_BEFORE and ZHILI (release binaries; ZHILI defaults to .build/release/zhili), RUNS
# rounds (default 5), THREADS (default 1), LAWS, OUT. Prints every run (user + sys, sys alone, minor page
# faults, peak resident KB), each build's medians and the median of the rounds' ratios; then whether the
# two builds' last indexes are the same files (`diff -r`), and whether ZHILI writes the same files with 2
# threads. (Page faults count the same whatever the load: where sys time moves, they say why.)
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/interleaved-rounds.sh
LAWS=${LAWS:-../shared/corpus/laws}
OUT=${OUT:-/tmp/zhili-bench-index-cpu}
RUNS=${RUNS:-5}
THREADS=${THREADS:-1}
run() { # label, binary, folder: one build from scratch; prints "label user+sys sys minor-faults peak-KB"
    rm -rf "$OUT/$3"
    /usr/bin/time -f "%U %S %R %M" -o "$OUT/time" "$2" index "$LAWS" --index "$OUT/$3" --threads "$THREADS" > /dev/null 2>&1
    echo "$1 $(awk '{ printf "%.2f %.2f %d %d", $1 + $2, $2, $3, $4 }' "$OUT/time")" | tee -a "$OUT/runs.txt"
}
interleave "$RUNS"
python3 - "$OUT/runs.txt" <<'PY'
import statistics, sys
runs = {"before": [], "after": []}
for line in open(sys.argv[1]):
    label, *values = line.split()
    runs[label].append([float(value) for value in values])
names = ["s user+sys", "s sys", "minor faults", "KB peak"]
for label, rows in runs.items():
    print(f"{label}, medians over {len(rows)} runs: " + ", ".join(f"{statistics.median(r[i] for r in rows):.2f} {name}" for i, name in enumerate(names))
          + f" (user+sys range {min(r[0] for r in rows):.2f}-{max(r[0] for r in rows):.2f})")
for i, name in enumerate(names):
    ratios = sorted(a[i] / b[i] for a, b in zip(runs["after"], runs["before"]))
    print(f"{name.split()[-1] if i else 'user+sys'}: after / before, median of the rounds {statistics.median(ratios):.3f} (range {ratios[0]:.3f}-{ratios[-1]:.3f})")
PY
if diff -r "$OUT/before" "$OUT/after" > /dev/null; then echo "before and after: identical index files"; else echo "before and after: the index files DIFFER"; fi
"$ZHILI" index "$LAWS" --index "$OUT/after2" --threads 2 > /dev/null 2>&1
if diff -r "$OUT/after" "$OUT/after2" > /dev/null; then echo "threads $THREADS and 2: identical index files"; else echo "threads $THREADS and 2: the index files DIFFER"; fi
