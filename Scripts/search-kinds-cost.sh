#!/usr/bin/env bash
# Instructions of `IndexReader.search` for the queries that read linked units' positions through their
# sections (BENCHMARKS.md, issue 11, eighteenth session): 预算法, 中华人民共和国 预算法, 国内生产总值,
# 人民政府应当, 条的规定 with `--kind citation` and `--kind all`, and 人民政府应当, 以上, 中华人民共和 on the
# sections (the shipped path), each under callgrind (`Scripts/search-cli-cost.sh`) for BASELINE over
# BASE_INDEX and ZHILI over INDEX; prints before, after and the change per query, and whether the JSON
# answers printed under callgrind are the same bytes. OUT (default /tmp/zhili-search-kinds-cost).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BASELINE:?}" "${BASE_INDEX:?}" "${ZHILI:?}" "${INDEX:?}"
OUT=${OUT:-/tmp/zhili-search-kinds-cost}
mkdir -p "$OUT"
printf '%s\n' 预算法 '中华人民共和国 预算法' 国内生产总值 人民政府应当 条的规定 > "$OUT/kinds.txt"
printf '%s\n' 人民政府应当 以上 中华人民共和 > "$OUT/sections.txt"
for set in "citation:--kind citation:kinds" "all:--kind all:kinds" "sections::sections"; do
    IFS=: read -r name args queries <<< "$set"
    ZHILI=$BASELINE INDEX=$BASE_INDEX QUERIES="$OUT/$queries.txt" OUT="$OUT/$name-before" ARGS="$args" \
        bash Scripts/search-cli-cost.sh > /dev/null
    ZHILI=$ZHILI INDEX=$INDEX QUERIES="$OUT/$queries.txt" OUT="$OUT/$name-after" ARGS="$args" \
        bash Scripts/search-cli-cost.sh > /dev/null
done
python3 - "$OUT" <<'PY'
import filecmp, re, subprocess, sys
out = sys.argv[1]
def total(path):
    report = subprocess.run(["callgrind_annotate", path], capture_output=True, text=True).stdout
    return int(re.search(r"([\d,]+) \(100.0%\)\s+PROGRAM TOTALS", report).group(1).replace(",", "")) / 1e6
print("| query | options | before M | after M | change | answers |")
print("| --- | --- | ---: | ---: | ---: | --- |")
for name, queries, options in [("citation", "kinds", "`--kind citation`"), ("all", "kinds", "`--kind all`"), ("sections", "sections", "sections")]:
    for number, query in enumerate(open(f"{out}/{queries}.txt", encoding="utf-8").read().split("\n")[:-1], 1):
        before, after = total(f"{out}/{name}-before/cg.{number}.out"), total(f"{out}/{name}-after/cg.{number}.out")
        same = filecmp.cmp(f"{out}/{name}-before/answer.{number}.json", f"{out}/{name}-after/answer.{number}.json", shallow=False)
        print(f"| {query} | {options} | {before:.2f} | {after:.2f} | {100 * (after / before - 1):+.1f}% | {'same' if same else 'DIFFER'} |")
PY
