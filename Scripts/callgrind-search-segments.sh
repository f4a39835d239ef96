#!/usr/bin/env bash
# Where search over unmerged segments spends what the merged index does not (BENCHMARKS.md, issue 14,
# seventeenth session): the laws indexed with `--memory UNMERGED_MB` (7 segments, below the merge
# factor), a copy merged into one segment, and `zhili bench-queries` (the options `zhili search` uses)
# over the same random queries run under callgrind on each — instruction counts, which the host's load
# does not move. ZHILI (release binary; debug sections stripped into a copy, which valgrind needs), LAWS,
# UNMERGED_MB (default 56: 7 segments since the texts held for the grouping count in the budget, 48 before),
# PASSES (default 1, after the warm-up), OUT. Prints both totals and the functions whose inclusive counts
# differ most. With PER_PASS=1, each index is run with PASSES and PASSES + 2 passes and the counts are the
# difference halved: one timed pass over warm caches (what the latency benchmarks time), without opening the
# index and the warm-up's first look-ups.
set -euo pipefail
cd "$(dirname "$0")/.."
ZHILI=${ZHILI:-.build/release/zhili}
LAWS=$(realpath "${LAWS:-../shared/corpus/laws}")
UNMERGED_MB=${UNMERGED_MB:-56}
PASSES=${PASSES:-1}
OUT=${OUT:-/tmp/zhili-callgrind-search-segments}
rm -rf "$OUT" && mkdir -p "$OUT"
cp "$ZHILI" "$OUT/zhili" && strip --strip-debug "$OUT/zhili"
python3 Scripts/random-han-queries.py "$LAWS" "$OUT/queries.txt"
"$OUT/zhili" index "$LAWS" --index "$OUT/unmerged" --memory "$UNMERGED_MB"
cp -r "$OUT/unmerged" "$OUT/merged"
"$OUT/zhili" index "$LAWS" --index "$OUT/merged" --merge
runs="$PASSES"; [[ -n "${PER_PASS:-}" ]] && runs="$PASSES $((PASSES + 2))"
for index in unmerged merged; do
    for passes in $runs; do
        valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.$index.$passes" "$OUT/zhili" bench-queries --index "$OUT/$index" \
            --queries "$OUT/queries.txt" --passes "$passes" 2>&1 | grep -E '^\{|refs' | sed "s/^/$index, $passes passes: /"
        callgrind_annotate --inclusive=yes --threshold=100 "$OUT/callgrind.$index.$passes" > "$OUT/inclusive.$index.$passes"
    done
done
python3 - "$OUT" "$runs" <<'PY'
import re, sys
def counts(path):
    found = {}
    for line in open(path):
        match = re.match(r"\s*([\d,]+) \([ \d.]+%\)\s+\S*?:(\S+)", line)
        if match: found[match.group(2)] = int(match.group(1).replace(",", ""))
    return found
def run(out, index, runs):
    first = counts(f"{out}/inclusive.{index}.{runs[0]}")
    if len(runs) == 1: return first
    last = counts(f"{out}/inclusive.{index}.{runs[1]}")
    return {name: (last.get(name, 0) - first.get(name, 0)) / 2 for name in set(first) | set(last)}
runs = sys.argv[2].split()
unmerged, merged = run(sys.argv[1], "unmerged", runs), run(sys.argv[1], "merged", runs)
if len(runs) == 2:
    # `IndexReader.search(_:options:)`, inclusive: the queries themselves.
    total = lambda found: sum(count for name, count in found.items() if name.endswith("ReaderC6search_7optionsAA0A7ResultsVAA5QueryO_AA0A7OptionsVtAA0B5ErrorOYKF"))
    print(f"one warm pass, IndexReader.search: unmerged {total(unmerged) / 1e6:.1f} M, merged {total(merged) / 1e6:.1f} M "
          f"instructions ({total(unmerged) / total(merged):.3f}x)")
rows = sorted(((unmerged.get(k, 0) - merged.get(k, 0), k) for k in set(unmerged) | set(merged)), reverse=True)
print("unmerged - merged, unmerged, merged (millions of instructions, inclusive): function")
for difference, name in rows[:30]:
    print(f"{difference / 1e6:8.1f} {unmerged.get(name, 0) / 1e6:8.1f} {merged.get(name, 0) / 1e6:8.1f}  {name[:140]}")
PY
