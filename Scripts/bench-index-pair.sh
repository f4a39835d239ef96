#!/usr/bin/env bash
# Whether the processor time a two-thread build burns beyond a one-thread build's is the build's or the
# machine's (BENCHMARKS.md, issue 14, eleventh session). Each round runs, one after another:
#   alone   one `zhili index --threads 1` of the laws;
#   pair    two `zhili index --threads 1` at once, into two folders — two processes that share nothing
#           but the machine's cores, caches and memory;
#   threads one `zhili index --threads 2`.
# and prints each build's user + sys time. Where a pair's builds take as much more than `alone` as the
# two-thread build does, the extra time is the machine's (two busy cores slowing each other); where
# only the two-thread build takes more, it is the build's (threads contending for what they share).
# Meaningful on an idle machine only: under load every build runs beside others. ZHILI (release
# binary, default .build/release/zhili), LAWS, RUNS (default 3), OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
ZHILI=${ZHILI:-.build/release/zhili}
LAWS=${LAWS:-../shared/corpus/laws}
OUT=${OUT:-/tmp/zhili-bench-index-pair}
RUNS=${RUNS:-3}
rm -rf "$OUT" && mkdir -p "$OUT"
build() { # label, threads, folder: one build from scratch, its user + sys appended to runs.txt
    rm -rf "${OUT:?}/$3"
    /usr/bin/time -f "%U %S %e" -o "$OUT/$3.time" "$ZHILI" index "$LAWS" --index "$OUT/$3" --threads "$2" > /dev/null 2>&1
    echo "$1 $(awk '{ printf "%.2f %.2f", $1 + $2, $3 }' "$OUT/$3.time")" | tee -a "$OUT/runs.txt"
}
echo "load: $(uptime | sed 's/.*load average: //')"
for round in $(seq "$RUNS"); do
    build alone 1 one
    build pair 1 left & build pair 1 right & wait
    build threads 2 two
    echo "load: $(uptime | sed 's/.*load average: //')"
done
python3 - "$OUT/runs.txt" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    label, cpu, wall = line.split()
    runs.setdefault(label, []).append(float(cpu))
alone = statistics.median(runs["alone"])
for label, values in runs.items():
    median = statistics.median(values)
    print(f"{label}: median {median:.2f} s user+sys per build over {len(values)} (range {min(values):.2f}-{max(values):.2f}), "
          f"{median / alone:.3f} x alone")
PY
