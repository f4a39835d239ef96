#!/usr/bin/env bash
# The serial tail of a two-thread build (BENCHMARKS.md, issue 14, fourteenth session): `zhili index` of
# the laws with THREADS (default 2) threads, two builds interleaved round by round (the order swapped
# every other round), each run under `strace -f -e trace=openat` (only that call is stopped), so that
# the time from the last corpus file opened to the process's exit — the commit: the last segment's
# writing and the near-duplicate grouping — is read off the trace. ZHILI_BEFORE and ZHILI (release
# binaries; ZHILI defaults to .build/release/zhili), RUNS (default 3), LAWS, OUT. Prints every run (wall,
# tail, grouping as the build reports it, user + sys), each build's medians, and whether the two builds'
# last indexes are the same files (`diff -r`).
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/interleaved-rounds.sh
LAWS=$(realpath "${LAWS:-../shared/corpus/laws}")
OUT=${OUT:-/tmp/zhili-bench-index-tail}
RUNS=${RUNS:-3}
THREADS=${THREADS:-2}
run() { # label, binary, folder: one build from scratch; prints "label wall tail grouping cpu"
    rm -rf "$OUT/$3"
    /usr/bin/time -f "%e %U %S" -o "$OUT/time" strace -f --seccomp-bpf -e trace=openat -ttt -o "$OUT/trace" \
        "$2" index "$LAWS" --index "$OUT/$3" --threads "$THREADS" > "$OUT/summary" 2>&1
    local tail grouping
    tail=$(awk -v laws="\"$LAWS/" 'index($0, laws) { last = $2 } /\+\+\+ exited/ { exit_at = $2 } END { printf "%.2f", exit_at - last }' "$OUT/trace")
    grouping=$(grep -o 'near-duplicate groups ([0-9.]* s)' "$OUT/summary" | grep -o '[0-9.]*' | tail -1)
    echo "$1 $(awk -v tail="$tail" -v grouping="$grouping" '{ printf "%.2f %s %s %.2f", $1, tail, grouping, $2 + $3 }' "$OUT/time")" | tee -a "$OUT/runs.txt"
}
echo "label wall tail grouping user+sys (seconds)"
interleave "$RUNS"
python3 - "$OUT/runs.txt" <<'PY'
import statistics, sys
runs = {"before": [], "after": []}
for line in open(sys.argv[1]):
    label, *values = line.split()
    runs[label].append([float(v) for v in values])
names = ["wall", "tail", "grouping", "user+sys"]
for label, rows in runs.items():
    print(label + ": medians " + ", ".join(f"{name} {statistics.median(r[i] for r in rows):.2f} s" for i, name in enumerate(names)))
for i, name in enumerate(names):
    ratios = sorted(a[i] / b[i] for a, b in zip(runs["after"], runs["before"]))
    print(f"{name}: after / before, median of the rounds {statistics.median(ratios):.3f} (range {ratios[0]:.3f}-{ratios[-1]:.3f})")
PY
if diff -r "$OUT/before" "$OUT/after" > /dev/null; then echo "before and after: identical index files"; else echo "before and after: the index files DIFFER"; fi
