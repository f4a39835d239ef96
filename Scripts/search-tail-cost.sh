#!/usr/bin/env bash
# Instructions of the shipped search path before and after a change (BENCHMARKS.md, issue 11, twenty-third
# session), counted by callgrind, which the machine's load does not move:
#   1. each query of QUERIES (the slow set: one a line) as `zhili search QUERY --json` under callgrind, the
#      instructions of `IndexReader.search` alone (`Scripts/search-cli-cost.sh`), for BASELINE and ZHILI,
#      with the change per query and over the set, and whether the answers printed are the same bytes;
#   2. every query of ALL (the bench's 300 random ones) in-process: `zhili bench-queries --queries ALL
#      --passes 1` under callgrind (a warm-up pass and a timed one, both counted), the instructions of
#      `IndexReader.search` over all of them, for both binaries;
#   3. the answers: `zhili search --json` of both binaries for every query of ALL and of the judged set
#      (`Scripts/search-judgments/queries.tsv`), and for the first 100 of ALL with `--kind all --limit 30`
#      and with `--per-document 0 --limit 40 --explain` (scores and explanations), compared byte for byte.
# BASELINE and ZHILI (release binaries), INDEX (an index both read), QUERIES, ALL, OUT.
# With WARM=1 (twenty-fourth session), instead: each query of QUERIES in-process, as the server and the
# bench run it (`zhili bench-queries --queries QUERIES --passes 1` under callgrind, a dump after every
# `IndexReader.search`), the instructions of each query's second run (its dictionary blocks decoded, as
# after a server's first requests) for both binaries, side by side.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BASELINE:?}" "${ZHILI:?}" "${INDEX:?}" "${QUERIES:?}" "${ALL:?}"
OUT=${OUT:-/tmp/zhili-search-tail-cost}
mkdir -p "$OUT"
SEARCH='$s11SearchIndex0B6ReaderC6search_7optionsAA0A7ResultsVAA5QueryO_AA0A7OptionsVtAA0B5ErrorOYKF'
if [[ -n "${WARM:-}" ]]; then
    for side in before after; do
        binary=$BASELINE
        [[ $side == after ]] && binary=$ZHILI
        mkdir -p "$OUT/warm.$side"
        objcopy --strip-debug "$binary" "$OUT/warm.$side/zhili"
        valgrind --tool=callgrind --dump-after="$SEARCH" --callgrind-out-file="$OUT/warm.$side/cg" "$OUT/warm.$side/zhili" \
            bench-queries --index "$INDEX" --queries "$QUERIES" --passes 1 > /dev/null 2>&1 &
    done
    wait
    python3 - "$OUT" "$QUERIES" <<'PY'
import sys
out, queries = sys.argv[1], [line.rstrip("\n") for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
def total(path):
    for line in open(path):
        if line.startswith(("summary:", "totals:")):
            return int(line.split()[1]) / 1e6
# Dump k is the k-th search: the warm-up pass, then the timed pass.
print("| query | before M | after M | change |")
print("| --- | ---: | ---: | ---: |")
sums = [0.0, 0.0]
for number, query in enumerate(queries, 1):
    before, after = (total(f"{out}/warm.{side}/cg.{len(queries) + number}") for side in ("before", "after"))
    sums[0] += before
    sums[1] += after
    print(f"| {query} | {before:.2f} | {after:.2f} | {100 * (after / before - 1):+.1f}% |")
print(f"| **all {len(queries)}** | {sums[0]:.1f} | {sums[1]:.1f} | {100 * (sums[1] / sums[0] - 1):+.1f}% |")
PY
    exit 0
fi
# The two sides side by side (instruction counts do not depend on what runs beside them).
for side in before after; do
    binary=$BASELINE
    [[ $side == after ]] && binary=$ZHILI
    { ZHILI=$binary INDEX=$INDEX QUERIES=$QUERIES OUT="$OUT/$side" bash Scripts/search-cli-cost.sh > /dev/null
      valgrind --tool=callgrind --callgrind-out-file="$OUT/$side.all.out" --toggle-collect="$SEARCH" \
          "$OUT/$side/zhili" bench-queries --index "$INDEX" --queries "$ALL" --passes 1 > /dev/null 2>&1; } &
done
wait
{ cat "$ALL"; grep -v "^#" Scripts/search-judgments/queries.tsv | cut -f1; } | sed 's/^/plain\t/' > "$OUT/runs.tsv"
head -100 "$ALL" | sed 's/^/all\t/' >> "$OUT/runs.tsv"
head -100 "$ALL" | sed 's/^/explain\t/' >> "$OUT/runs.tsv"
compare() {  # OPTIONS-NAME QUERY: prints "same" or "DIFFER OPTIONS QUERY"
    local options=""
    case $1 in all) options="--kind all --limit 30" ;; explain) options="--kind all --per-document 0 --limit 40 --explain" ;; esac
    # shellcheck disable=SC2086
    if cmp -s <("$BASELINE" search "$2" --index "$INDEX" --json $options 2>&1) <("$ZHILI" search "$2" --index "$INDEX" --json $options 2>&1); then
        echo same
    else
        echo "DIFFER $1 $2"
    fi
}
export -f compare
export BASELINE ZHILI INDEX
tr '\t' '\n' < "$OUT/runs.tsv" | xargs -d '\n' -n 2 -P 4 bash -c 'compare "$0" "$1"' > "$OUT/answers.txt"
echo "answers: $(wc -l < "$OUT/answers.txt") runs, $(grep -c DIFFER "$OUT/answers.txt" || true) differ"
grep DIFFER "$OUT/answers.txt" || true
python3 - "$OUT" "$QUERIES" <<'PY'
import filecmp, re, subprocess, sys
out, queries = sys.argv[1], [line.rstrip("\n") for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
def total(path):
    report = subprocess.run(["callgrind_annotate", path], capture_output=True, text=True).stdout
    return int(re.search(r"([\d,]+) \(100.0%\)\s+PROGRAM TOTALS", report).group(1).replace(",", "")) / 1e6
print("| query | before M | after M | change | answers |")
print("| --- | ---: | ---: | ---: | --- |")
sums = [0.0, 0.0]
for number, query in enumerate(queries, 1):
    before, after = total(f"{out}/before/cg.{number}.out"), total(f"{out}/after/cg.{number}.out")
    sums[0] += before
    sums[1] += after
    same = filecmp.cmp(f"{out}/before/answer.{number}.json", f"{out}/after/answer.{number}.json", shallow=False)
    print(f"| {query} | {before:.1f} | {after:.1f} | {100 * (after / before - 1):+.1f}% | {'same' if same else 'DIFFER'} |")
print(f"| **all {len(queries)}** | {sums[0]:.1f} | {sums[1]:.1f} | {100 * (sums[1] / sums[0] - 1):+.1f}% | |")
before, after = total(f"{out}/before.all.out"), total(f"{out}/after.all.out")
print(f"\nin-process, every query of ALL twice (warm-up and a pass): {before:.1f} → {after:.1f} M instructions ({100 * (after / before - 1):+.1f}%)")
PY
