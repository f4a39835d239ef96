#!/usr/bin/env bash
# Where search over unmerged segments spends what the merged index does not (BENCHMARKS.md, issue 14,
# seventeenth session): the laws indexed with `--memory UNMERGED_MB` (7 segments, below the merge
# factor), a copy merged into one segment, and `zhili bench-queries` (the options `zhili search` uses)
# over the same random queries run under callgrind on each — instruction counts, which the host's load
# does not move. ZHILI (release binary; debug sections stripped into a copy, which valgrind needs), LAWS,
# UNMERGED_MB (default 48), PASSES (default 1, after the warm-up), OUT. Prints both totals and the
# functions whose inclusive counts differ most.
set -euo pipefail
cd "$(dirname "$0")/.."
ZHILI=${ZHILI:-.build/release/zhili}
LAWS=$(realpath "${LAWS:-../shared/corpus/laws}")
UNMERGED_MB=${UNMERGED_MB:-48}
PASSES=${PASSES:-1}
OUT=${OUT:-/tmp/zhili-callgrind-search-segments}
rm -rf "$OUT" && mkdir -p "$OUT"
cp "$ZHILI" "$OUT/zhili" && strip --strip-debug "$OUT/zhili"
python3 Scripts/random-han-queries.py "$LAWS" "$OUT/queries.txt"
"$OUT/zhili" index "$LAWS" --index "$OUT/unmerged" --memory "$UNMERGED_MB"
cp -r "$OUT/unmerged" "$OUT/merged"
"$OUT/zhili" index "$LAWS" --index "$OUT/merged" --merge
for index in unmerged merged; do
    valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.$index" "$OUT/zhili" bench-queries --index "$OUT/$index" \
        --queries "$OUT/queries.txt" --passes "$PASSES" 2>&1 | grep -E '^\{|refs' | sed "s/^/$index: /"
    callgrind_annotate --inclusive=yes --threshold=100 "$OUT/callgrind.$index" > "$OUT/inclusive.$index"
done
python3 - "$OUT/inclusive.unmerged" "$OUT/inclusive.merged" <<'PY'
import re, sys
def counts(path):
    found = {}
    for line in open(path):
        match = re.match(r"\s*([\d,]+) \([ \d.]+%\)\s+\S*?:(\S+)", line)
        if match: found[match.group(2)] = int(match.group(1).replace(",", ""))
    return found
unmerged, merged = counts(sys.argv[1]), counts(sys.argv[2])
rows = sorted(((unmerged.get(k, 0) - merged.get(k, 0), k) for k in set(unmerged) | set(merged)), reverse=True)
print("unmerged - merged, unmerged, merged (millions of instructions, inclusive): function")
for difference, name in rows[:30]:
    print(f"{difference / 1e6:8.1f} {unmerged.get(name, 0) / 1e6:8.1f} {merged.get(name, 0) / 1e6:8.1f}  {name[:140]}")
PY
