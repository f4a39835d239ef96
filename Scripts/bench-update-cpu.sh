#!/usr/bin/env bash
# Processor time (user + sys) of an update that re-indexes one changed file, two builds interleaved
# (BENCHMARKS.md, issue 14, eighteenth session): on a loaded machine wall times measure the machine, CPU
# time much less so. A copy of the laws is indexed once by each build (its own index: the two may cut
# segments differently); each round then restores the index so built (`cp -a`, which keeps the manifest's
# date, so that the unchanged files are trusted by their status as after a real build), appends a line to
# the 100th law file and runs the update. ZHILI_BEFORE and ZHILI (release binaries; ZHILI defaults to
# .build/release/zhili), RUNS rounds (default 7), LAWS, OUT. Prints every run, each build's full build and
# median update, the update's share of its full build by processor time, the median of the rounds' ratios,
# and whether the two builds' updated indexes hold the same near-duplicate groups (Scripts/compare-duplicate-groups.py).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${OUT:-/tmp/zhili-bench-update-cpu} && COPY=$OUT.copy
source Scripts/interleaved-rounds.sh
LAWS=${LAWS:-../shared/corpus/laws} RUNS=${RUNS:-7}
rm -rf "$COPY" "$OUT.base" && mkdir -p "$OUT.base" && cp -r "$LAWS" "$COPY"
CHANGED=$(find "$COPY" -type f -name '*.md' | sort | sed -n 100p)
cp "$CHANGED" "$OUT.base/original"
for build in before after; do
    binary=$ZHILI; [[ $build == before ]] && binary=$ZHILI_BEFORE
    /usr/bin/time -f "%e %U %S" -o "$OUT.base/$build.time" "$binary" index "$COPY" --index "$OUT.base/$build" > /dev/null 2>&1
    echo "full build, $build: $(awk '{ printf "%.2f s user+sys, %.2f s wall", $2 + $3, $1 }' "$OUT.base/$build.time")"
done
run() { # label, binary, folder: one update of the index the binary built; prints "label user+sys wall"
    rm -rf "$OUT/$3" && cp -a "$OUT.base/$3" "$OUT/$3"
    cp "$OUT.base/original" "$CHANGED"
    printf '\n第九十九条 本条为基准测试追加的一行。\n' >> "$CHANGED"
    /usr/bin/time -f "%e %U %S" -o "$OUT/time" "$2" index "$COPY" --index "$OUT/$3" > "$OUT/$3.out" 2>&1
    echo "$1 $(awk '{ printf "%.3f %.3f", $2 + $3, $1 }' "$OUT/time")" | tee -a "$OUT/runs.txt"
}
interleave "$RUNS"
python3 - "$OUT/runs.txt" "$OUT.base/before.time" "$OUT.base/after.time" <<'PY'
import statistics, sys
runs = {"before": [], "after": []}
for line in open(sys.argv[1]):
    label, cpu, wall = line.split()
    runs[label].append((float(cpu), float(wall)))
full = {}
for label, path in (("before", sys.argv[2]), ("after", sys.argv[3])):
    wall, user, system = map(float, open(path).read().split())
    full[label] = user + system
for label, values in runs.items():
    cpus = sorted(cpu for cpu, _ in values)
    median = statistics.median(cpus)
    print(f"update, {label}: median {median:.3f} s user+sys over {len(cpus)} runs (range {cpus[0]:.3f}-{cpus[-1]:.3f}), "
          f"median wall {statistics.median(wall for _, wall in values):.2f} s; {100 * median / full[label]:.2f}% of its full build's user+sys")
ratios = sorted(a[0] / b[0] for a, b in zip(runs["after"], runs["before"]))
print(f"after / before, median of the rounds: {statistics.median(ratios):.3f} (range {ratios[0]:.3f}-{ratios[-1]:.3f})")
PY
for build in before after; do
    # Each build reads its own index (an index of another format version is refused).
    binary=$ZHILI; [[ $build == before ]] && binary=$ZHILI_BEFORE
    "$binary" bench-queries --index "$OUT/$build" --export-units "$OUT/$build-units.jsonl"
done
python3 Scripts/compare-duplicate-groups.py "$OUT/before-units.jsonl" "$OUT/after-units.jsonl" || true
