#!/usr/bin/env bash
# Processor time (user + sys) of `zhili index` against tantivy over Han bigrams of the same units, run by
# run (BENCHMARKS.md, issue 14, fifteenth session): the issue's target is a build no worse than 1.5×
# tantivy's, and on a shared machine CPU time, interleaved, is the figure that holds where wall times do not.
# The units are those `zhili bench-queries --export-units` gives (the units bench-index-segments.sh's
# tantivy step indexes); tantivy's figure is the bigrams' preparation and the one-thread build, in the
# process (Python's process_time, every thread), and also the whole process (interpreter and the units'
# loading included) under /usr/bin/time. ZHILI (release binary, default .build/release/zhili), THREADS
# (zhili's, default 1), RUNS rounds (default 5, the order swapped every other round), LAWS, OUT, VENV.
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
zhili_run() {
    rm -rf "$OUT/zhili"
    /usr/bin/time -f "%U %S" -o "$OUT/time" "$ZHILI" index "$LAWS" --index "$OUT/zhili" --threads "$THREADS" > /dev/null 2>&1
    echo "zhili $(awk '{ printf "%.2f", $1 + $2 }' "$OUT/time")" | tee -a "$OUT/runs.txt"
}
tantivy_run() {
    /usr/bin/time -f "%U %S" -o "$OUT/time" "$VENV/bin/python" Scripts/bench_index_peers.py bigram-build \
        "$OUT/units.jsonl" "$OUT/tantivy" > "$OUT/tantivy.json"
    echo "tantivy $(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["cpu_s"])' "$OUT/tantivy.json")" | tee -a "$OUT/runs.txt"
    echo "tantivy-process $(awk '{ printf "%.2f", $1 + $2 }' "$OUT/time")" | tee -a "$OUT/runs.txt"
}
for round in $(seq "$RUNS"); do
    if (( round % 2 )); then zhili_run; tantivy_run; else tantivy_run; zhili_run; fi
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
for peer in ("tantivy", "tantivy-process"):
    ratios = sorted(z / t for z, t in zip(runs["zhili"], runs[peer]))
    print(f"zhili / {peer}, median of the rounds: {statistics.median(ratios):.3f} (range {ratios[0]:.3f}-{ratios[-1]:.3f})")
PY
