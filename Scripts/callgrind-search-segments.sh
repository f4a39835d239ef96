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
# With PER_QUERY=1 (nineteenth session), instead: one run per index with a callgrind dump after every
# `IndexReader.search`, so that each query of the warm-up pass (its dictionary blocks decoded on first
# look-up) and of the timed pass has its own count — the median query is what the latency benchmarks' p50
# is, and a sum is dominated by the few heaviest queries; CACHE=1 adds callgrind's cache simulation (a
# 32 KiB first level and a 1 MiB last level, about one core's L2). With COLD=N, the first N queries are
# each run as one `zhili search QUERY --json` process, as a user runs them (opening the index included).
# With KEEP=1, the indexes already in OUT are used again (to compare two binaries on the same files).
set -euo pipefail
cd "$(dirname "$0")/.."
ZHILI=${ZHILI:-.build/release/zhili}
LAWS=$(realpath "${LAWS:-../shared/corpus/laws}")
UNMERGED_MB=${UNMERGED_MB:-56}
PASSES=${PASSES:-1}
OUT=${OUT:-/tmp/zhili-callgrind-search-segments}
if [[ -n "${KEEP:-}" && -d "$OUT/unmerged" && -d "$OUT/merged" ]]; then
    rm -rf "$OUT"/callgrind.* "$OUT"/inclusive.* "$OUT"/per-query.* "$OUT"/cold.*
else
    rm -rf "$OUT" && mkdir -p "$OUT"
fi
cp "$ZHILI" "$OUT/zhili" && strip --strip-debug "$OUT/zhili"
python3 Scripts/random-han-queries.py "$LAWS" "$OUT/queries.txt"
if [[ ! -d "$OUT/merged" ]]; then
    "$OUT/zhili" index "$LAWS" --index "$OUT/unmerged" --memory "$UNMERGED_MB"
    cp -r "$OUT/unmerged" "$OUT/merged"
    "$OUT/zhili" index "$LAWS" --index "$OUT/merged" --merge
fi
SEARCH='$s11SearchIndex0B6ReaderC6search_7optionsAA0A7ResultsVAA5QueryO_AA0A7OptionsVtAA0B5ErrorOYKF'
if [[ -n "${COLD:-}" ]]; then
    for index in unmerged merged; do
        head -n "$COLD" "$OUT/queries.txt" | while IFS= read -r query; do
            valgrind --tool=callgrind --callgrind-out-file=/dev/null "$OUT/zhili" search "$query" --index "$OUT/$index" --json 2>&1 > /dev/null \
                | sed -n 's/.*refs: *//p' | tr -d , >> "$OUT/cold.$index"
        done
    done
    python3 - "$OUT" <<'PY'
import statistics, sys
counts = {index: [int(line) for line in open(f"{sys.argv[1]}/cold.{index}")] for index in ("unmerged", "merged")}
u, m = statistics.median(counts["unmerged"]), statistics.median(counts["merged"])
print(f"one `zhili search` process per query, {len(counts['merged'])} queries, median instructions: unmerged {u / 1e6:.1f} M, "
      f"merged {m / 1e6:.1f} M ({u / m:.3f}x)")
PY
    exit 0
fi
if [[ -n "${PER_QUERY:-}" ]]; then
    cache=(); [[ -n "${CACHE:-}" ]] && cache=(--cache-sim=yes --D1=32768,8,64 --LL=1048576,16,64)
    for index in unmerged merged; do
        mkdir -p "$OUT/per-query.$index"
        valgrind --tool=callgrind "${cache[@]}" --dump-after="$SEARCH" --callgrind-out-file="$OUT/per-query.$index/cg" "$OUT/zhili" \
            bench-queries --index "$OUT/$index" --queries "$OUT/queries.txt" --passes 1 2>&1 | grep -E '^\{' | sed "s/^/$index: /"
    done
    python3 - "$OUT" "$(wc -l < "$OUT/queries.txt")" <<'PY'
import statistics, sys
out, queries = sys.argv[1], int(sys.argv[2])
def dumps(index):
    # Dump k is the k-th query searched: the warm-up pass, then the timed pass.
    found, events = {}, []
    for number in range(1, 2 * queries + 1):
        for line in open(f"{out}/per-query.{index}/cg.{number}"):
            if line.startswith("events:"): events = line.split()[1:]
            if line.startswith(("summary:", "totals:")):
                values = [int(value) for value in line.split()[1:]]
                found[number] = dict(zip(events, values + [0] * (len(events) - len(values))))
                break
    return [found[number] for number in range(1, 2 * queries + 1)]
unmerged, merged = dumps("unmerged"), dumps("merged")
for name, part in (("warm-up pass (first look-ups)", slice(0, queries)), ("timed pass", slice(queries, 2 * queries))):
    for event in unmerged[0]:
        u, m = [d[event] for d in unmerged[part]], [d[event] for d in merged[part]]
        print(f"{name}, {event}: median query {statistics.median(u) / 1e3:.1f} k / {statistics.median(m) / 1e3:.1f} k "
              f"({statistics.median(u) / max(statistics.median(m), 1):.3f}x); sum {sum(u) / 1e6:.1f} M / {sum(m) / 1e6:.1f} M "
              f"({sum(u) / max(sum(m), 1):.3f}x)")
    if "DLmr" in unmerged[0]:
        # A crude cycle estimate: an instruction each, 10 per first-level miss, 100 per last-level miss.
        cycles = lambda d: d["Ir"] + 10 * (d["I1mr"] + d["D1mr"] + d["D1mw"]) + 100 * (d["ILmr"] + d["DLmr"] + d["DLmw"])
        u, m = statistics.median(map(cycles, unmerged[part])), statistics.median(map(cycles, merged[part]))
        print(f"{name}, estimated cycles: median query {u / 1e3:.0f} k / {m / 1e3:.0f} k ({u / m:.3f}x)")
PY
    exit 0
fi
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
