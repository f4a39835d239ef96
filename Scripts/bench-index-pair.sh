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
# The speed-up is taken round by round — `alone`'s wall over `threads`' wall, the two run one right after
# the other, their order swapped every other round — and its median over the rounds is the figure (the
# host's speed drifts between rounds by more than the target's margin; a ratio of neighbours drifts less).
# Meaningful on an idle machine only: under load every build runs beside others. ZHILI (release
# binary, default .build/release/zhili), LAWS, RUNS (default 5), OUT.
set -euo pipefail
cd "$(dirname "$0")/.."
ZHILI=${ZHILI:-.build/release/zhili}
LAWS=${LAWS:-../shared/corpus/laws}
OUT=${OUT:-/tmp/zhili-bench-index-pair}
RUNS=${RUNS:-5}
rm -rf "$OUT" && mkdir -p "$OUT"
build() { # label, threads, folder, round: one build from scratch, its user + sys and wall appended to runs.txt
    rm -rf "${OUT:?}/$3"
    /usr/bin/time -f "%U %S %e" -o "$OUT/$3.time" "$ZHILI" index "$LAWS" --index "$OUT/$3" --threads "$2" > /dev/null 2>&1
    echo "$1 $(awk '{ printf "%.2f %.2f", $1 + $2, $3 }' "$OUT/$3.time") $4" | tee -a "$OUT/runs.txt"
}
echo "load: $(uptime | sed 's/.*load average: //')"
for round in $(seq "$RUNS"); do
    if (( round % 2 )); then build alone 1 one "$round"; build threads 2 two "$round"
    else build threads 2 two "$round"; build alone 1 one "$round"; fi
    build pair 1 left "$round" & build pair 1 right "$round" & wait
    echo "load: $(uptime | sed 's/.*load average: //')"
done
python3 - "$OUT/runs.txt" <<'PY'
import statistics, sys
runs, walls = {}, {}
for line in open(sys.argv[1]):
    label, cpu, wall, round_ = line.split()
    runs.setdefault(label, []).append(float(cpu))
    walls.setdefault(label, {})[round_] = float(wall)
alone = statistics.median(runs["alone"])
for label, values in runs.items():
    median = statistics.median(values)
    print(f"{label}: median {median:.2f} s user+sys per build over {len(values)} (range {min(values):.2f}-{max(values):.2f}), "
          f"{median / alone:.3f} x alone")
speedups = sorted(walls["alone"][r] / walls["threads"][r] for r in walls["alone"])
print(f"1 -> 2 threads, wall, round by round: {', '.join(f'{s:.2f}' for s in speedups)}; "
      f"median {statistics.median(speedups):.2f}x (medians of the walls: {statistics.median(walls['alone'].values()):.2f} s -> "
      f"{statistics.median(walls['threads'].values()):.2f} s)")
PY
