#!/usr/bin/env bash
# Measures `zhili dedupe` for BENCHMARKS.md ("Near-duplicate detection"): a labelled set built from
# ../shared/corpus and Corpus/ (precision, recall, F1 per threshold, against datasketch's MinHashLSH),
# and all of ../shared/corpus/laws (time, peak memory, recall against exact pairs, version clusters).
# datasketch lives in a throwaway virtualenv outside the repository (VENV, default /work/venv-dedupe).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${SHARED:-$(cd .. && pwd)/shared}"
LAWS="$SHARED/corpus/laws"
VENV="${VENV:-/work/venv-dedupe}"
WORK="$(mktemp -d /tmp/zhili-bench-dedupe.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

[ -d "$LAWS" ] || { echo "no $LAWS" >&2; exit 1; }
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/python" -c "import datasketch" 2>/dev/null || "$VENV/bin/pip" install -q datasketch
swift build -c release --product zhili >&2
ZHILI=.build/release/zhili

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
echo "## Labelled set"
"$VENV/bin/python" Scripts/bench_dedupe.py labelled "$WORK/labelled" "$SHARED/corpus" Corpus
"$VENV/bin/python" Scripts/bench_dedupe.py score-labelled "$ZHILI" "$WORK/labelled"

echo
echo "## Laws: zhili dedupe, whole runs"
for unit in document section; do
    /usr/bin/time -o "$WORK/time-$unit" -f "%e s wall, %U s user + %S s system CPU, %M KB peak resident" \
        "$ZHILI" dedupe "$LAWS" --unit "$unit" --format json --timings > "$WORK/laws-$unit.json" 2> "$WORK/messages-$unit"
    echo "--unit $unit: $(cat "$WORK/time-$unit"); $(tr '\n' ';' < "$WORK/messages-$unit")"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "## Laws: recall and datasketch"
"$VENV/bin/python" Scripts/bench_dedupe.py laws "$ZHILI" "$LAWS"
