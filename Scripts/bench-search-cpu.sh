#!/usr/bin/env bash
# Processor time of the shipped search path, two builds interleaved (BENCHMARKS.md, issue 11, fifteenth
# session): on a loaded machine wall-clock latencies measure the scheduler, CPU time much less so.
# Each round runs, for ZHILI_BEFORE and ZHILI in turn (the order swapped every other round):
#   in-process — `zhili bench-queries --queries QUERIES --passes PASSES` (the options `zhili search` uses:
#     top 10 sections, totals exact to 10,000, texts and snippets), the process's user + sys seconds;
#   /api/search — a `zhili serve` over the same index, one warm-up pass over QUERIES, then PASSES passes
#     one request at a time: the server process's user + sys seconds over those passes (/proc/PID/stat).
# INDEX (an index both builds read), QUERIES (one a line), ROUNDS (default 3), PASSES (default 3), OUT.
# Prints every run, each build's median and the median of the rounds' after/before ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
source Scripts/interleaved-rounds.sh
: "${INDEX:?an index}" "${QUERIES:?a file of queries}"
OUT=${OUT:-/tmp/zhili-bench-search-cpu}
ROUNDS=${ROUNDS:-3}
PASSES=${PASSES:-3}
ticks=$(getconf CLK_TCK)
server_cpu() {  # PID: user + sys ticks of the process so far
    awk '{ print $14 + $15 }' "/proc/$1/stat"
}
requests() {  # URL, PASSES: every query of QUERIES sent PASSES times, one request at a time
    python3 - "$1" "$QUERIES" "$2" <<'PY'
import sys, urllib.parse, urllib.request
url, path, passes = sys.argv[1], sys.argv[2], int(sys.argv[3])
queries = [line.rstrip("\n") for line in open(path, encoding="utf-8") if line.strip()]
for _ in range(passes):
    for query in queries:
        urllib.request.urlopen(f"{url}/api/search?q={urllib.parse.quote(query)}&limit=10").read()
PY
}
run() {  # label, binary, folder
    /usr/bin/time -f "%U %S" -o "$OUT/time" "$2" bench-queries --index "$INDEX" --queries "$QUERIES" --passes "$PASSES" > /dev/null
    echo "inprocess $1 $(awk '{ printf "%.2f", $1 + $2 }' "$OUT/time")" | tee -a "$OUT/runs.txt"
    "$2" serve --index "$INDEX" --port 0 > "$OUT/serve.log" 2>&1 &
    local server=$!
    for _ in $(seq 1 150); do grep -qoE "http://[0-9.]+:[0-9]+" "$OUT/serve.log" && break; sleep 0.2; done
    local url
    url=$(grep -oE "http://[0-9.]+:[0-9]+" "$OUT/serve.log" | head -1)
    requests "$url" 1
    local start
    start=$(server_cpu "$server")
    requests "$url" "$PASSES"
    local end
    end=$(server_cpu "$server")
    kill "$server"; wait "$server" 2>/dev/null || true
    echo "api $1 $(awk -v a="$start" -v b="$end" -v t="$ticks" 'BEGIN { printf "%.2f", (b - a) / t }')" | tee -a "$OUT/runs.txt"
}
interleave "$ROUNDS"
python3 - "$OUT/runs.txt" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    path, label, seconds = line.split()
    runs.setdefault(path, {}).setdefault(label, []).append(float(seconds))
for path, labels in runs.items():
    for label, values in labels.items():
        print(f"{path} {label}: median {statistics.median(values):.2f} s user+sys over {len(values)} runs ({' / '.join(f'{v:.2f}' for v in values)})")
    ratios = sorted(a / b for a, b in zip(labels["after"], labels["before"]))
    print(f"{path} after/before: median {statistics.median(ratios):.3f} ({min(ratios):.3f}-{max(ratios):.3f})")
PY
