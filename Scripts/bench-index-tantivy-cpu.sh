#!/usr/bin/env bash
# Processor time (user + sys) of `zhili index` against tantivy over Han bigrams of the same units, run by
# run (BENCHMARKS.md, issue 14, fifteenth session): the issue's target is a build no worse than 1.5×
# tantivy's, and on a shared machine CPU time, interleaved, is the figure that holds where wall times do not.
# The units are those `zhili bench-queries --export-units` gives (the units bench-index-segments.sh's
# tantivy step indexes); tantivy's figure is the bigrams' preparation and the one-thread build, in the
# process (Python's process_time, every thread), and also the whole process (interpreter and the units'
# loading included) under /usr/bin/time. ZHILI (release binary, default .build/release/zhili), THREADS
# (zhili's, default 1), RUNS rounds (default 5, the order swapped every other round), LAWS, OUT, VENV.
# With ZHILI_BEFORE (another release binary), each round builds with it too, the three runs of a round in
# an order rotated round by round (twenty-third session: three rounds of one binary, then three of the
# other, let the load's drift fall on one of them), and its ratios are printed beside ZHILI's.
set -euo pipefail
cd "$(dirname "$0")/.."
ZHILI=${ZHILI:-.build/release/zhili}
LAWS=${LAWS:-../shared/corpus/laws}
OUT=${OUT:-/tmp/zhili-bench-index-tantivy-cpu}
VENV=${VENV:-/work/venv-index}
RUNS=${RUNS:-5}
THREADS=${THREADS:-1}
rm -rf "$OUT" && mkdir -p "$OUT"
"$ZHILI" index "$LAWS" --index "$OUT/units-index" > /dev/null 2>&1
"$ZHILI" bench-queries --index "$OUT/units-index" --export-units "$OUT/units.jsonl" > /dev/null
echo "units: $(wc -l < "$OUT/units.jsonl"); load: $(uptime | sed 's/.*load average: //')"
ZHILI_BEFORE=${ZHILI_BEFORE:-}
zhili_run() { # label, binary
    rm -rf "$OUT/zhili"
    /usr/bin/time -f "%U %S" -o "$OUT/time" "$2" index "$LAWS" --index "$OUT/zhili" --threads "$THREADS" > /dev/null 2>&1
    echo "$1 $(awk '{ printf "%.2f", $1 + $2 }' "$OUT/time")" | tee -a "$OUT/runs.txt"
}
tantivy_run() {
    /usr/bin/time -f "%U %S" -o "$OUT/time" "$VENV/bin/python" Scripts/bench_index_peers.py bigram-build \
        "$OUT/units.jsonl" "$OUT/tantivy" > "$OUT/tantivy.json"
    echo "tantivy $(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["cpu_s"])' "$OUT/tantivy.json")" | tee -a "$OUT/runs.txt"
    echo "tantivy-process $(awk '{ printf "%.2f", $1 + $2 }' "$OUT/time")" | tee -a "$OUT/runs.txt"
}
for round in $(seq "$RUNS"); do
    if [[ -z "$ZHILI_BEFORE" ]]; then
        if (( round % 2 )); then zhili_run zhili "$ZHILI"; tantivy_run; else tantivy_run; zhili_run zhili "$ZHILI"; fi
    else
        case $(( round % 3 )) in
            1) zhili_run zhili-before "$ZHILI_BEFORE"; zhili_run zhili "$ZHILI"; tantivy_run ;;
            2) zhili_run zhili "$ZHILI"; tantivy_run; zhili_run zhili-before "$ZHILI_BEFORE" ;;
            0) tantivy_run; zhili_run zhili-before "$ZHILI_BEFORE"; zhili_run zhili "$ZHILI" ;;
        esac
    fi
done
echo "load: $(uptime | sed 's/.*load average: //')"
python3 - "$OUT/runs.txt" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    label, seconds = line.split()
    runs.setdefault(label, []).append(float(seconds))
for label, values in runs.items():
    print(f"{label}: median {statistics.median(values):.2f} s user+sys over {len(values)} runs (range {min(values):.2f}-{max(values):.2f})")
def ratio(over, under):
    ratios = sorted(a / b for a, b in zip(runs[over], runs[under]))
    print(f"{over} / {under}, median of the rounds: {statistics.median(ratios):.3f} (range {ratios[0]:.3f}-{ratios[-1]:.3f})")
for zhili in ("zhili-before", "zhili"):
    if zhili in runs:
        for peer in ("tantivy", "tantivy-process"): ratio(zhili, peer)
if "zhili-before" in runs: ratio("zhili", "zhili-before")
PY
