#!/usr/bin/env bash
# Extraction benchmarks (issue 4), release build, real data from ../shared/corpus:
#   1. precision and recall per field of stats, cites and measures against Scripts/gold/extraction/;
#   2. throughput (MB/s) of `cites` over all of corpus/laws and of `stats` over corpus/reports, with
#      `inspect --json` (reading alone) over the same files for comparison;
#   3. the share of citations found in corpus/laws that name an article and resolve to an existing
#      article of a law in corpus/laws, and what `--check` says about them.
# usage: Scripts/bench-extraction.sh   (from anywhere; SHARED=path overrides ../shared)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
LAWS=$SHARED/corpus/laws
REPORTS=$SHARED/corpus/reports
OPINION=$SHARED/corpus/state-council-2019/39-国务院关于做好当前和今后一个时期促进就业工作的若干意见.html
INTERPRETATION="$LAWS/司法解释/关于审理非法行医刑事案件具体应用法律若干问题的解释(2016-12-16).md"
GOLD=Scripts/gold/extraction
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

swift build -c release --product zhili >&2
ZHILI=$(swift build -c release --show-bin-path)/zhili

echo "## Gold: Corpus/ and two real documents"
"$ZHILI" stats Corpus "$OPINION" --format jsonl > "$OUT/stats.jsonl" 2>/dev/null
"$ZHILI" cites Corpus "$INTERPRETATION" --format jsonl > "$OUT/cites.jsonl" 2>/dev/null
"$ZHILI" measures Corpus "$OPINION" --format jsonl > "$OUT/measures.jsonl" 2>/dev/null
python3 Scripts/score-extraction.py stats "$GOLD/statistics.jsonl" "$OUT/stats.jsonl"
python3 Scripts/score-extraction.py cites "$GOLD/citations.jsonl" "$OUT/cites.jsonl"
python3 Scripts/score-extraction.py measures "$GOLD/measures.jsonl" "$OUT/measures.jsonl"

# "wall cpu" seconds of one run (cpu = user + system, the steadier figure on shared cores).
timed() { /usr/bin/time -f "%e %U %S" -o "$OUT/time" "$@" > "$OUT/timed" 2>/dev/null || true; awk '{ printf "%.2f %.2f", $1, $2 + $3 }' "$OUT/time"; }
megabytes() { find "$1" -type f \( -name '*.md' -o -name '*.txt' \) -printf '%s\n' | awk '{ s += $1 } END { printf "%.1f", s / 1048576 }'; }
fastest() { sort -n -k2 | head -1; }

echo
echo "## Throughput (best of 3 runs by CPU time; MB of file bytes per second)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for target in "cites:$LAWS" "stats:$REPORTS"; do
    command=${target%%:*}; folder=${target#*:}
    size=$(megabytes "$folder")
    run=$(for _ in 1 2 3; do timed "$ZHILI" "$command" "$folder" --format jsonl; echo; done | fastest)
    read=$(for _ in 1 2 3; do timed "$ZHILI" inspect --json "$folder"; echo; done | fastest)
    records=$("$ZHILI" "$command" "$folder" --format jsonl 2>/dev/null | wc -l)
    set -- $run $read
    printf '%s %s: %s MB, %s records; %s: %.2f s wall (%.1f MB/s), %.2f s CPU (%.1f MB/s); inspect --json alone: %.2f s wall, %.2f s CPU; extraction share of CPU: %.2f s (%.1f MB/s)\n' \
        "$command" "$folder" "$size" "$records" "$command" "$1" "$(echo "$size / $1" | bc -l)" "$2" "$(echo "$size / $2" | bc -l)" \
        "$3" "$4" "$(echo "$2 - $4" | bc -l)" "$(echo "$size / ($2 - $4)" | bc -l)"
done

echo
echo "## Citations in corpus/laws that name an article, resolved against corpus/laws"
"$ZHILI" cites "$LAWS" --laws "$LAWS" --check --format jsonl > "$OUT/check.jsonl" 2>/dev/null
python3 - "$OUT/check.jsonl" <<'PY'
import collections, json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
named = [r for r in rows if r["article"] is not None]
resolved = [r for r in named if r["resolved"] is not None]
known = [r for r in named if r["check"] != "unknown_law"]
print(f"citations {len(rows)}, naming an article {len(named)}, resolved {len(resolved)} = {len(resolved) / len(named):.3f}")
print(f"of those whose law is in corpus/laws ({len(known)}): resolved {sum(r['resolved'] is not None for r in known) / len(known):.3f}")
for status, count in collections.Counter(r["check"] for r in named).most_common():
    print(f"  check {status}: {count} ({count / len(named):.3f})")
PY
