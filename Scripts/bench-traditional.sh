#!/usr/bin/env bash
# Traditional characters in extraction and search (issues 9, 10, 11; BENCHMARKS.md, issue 10, thirteenth
# session), two release builds on real data from ../shared/corpus/reports:
#   1. measures of the 1954 work report (traditional characters) scored against its rows of the spent
#      test11 gold (Scripts/gold/measures/test11.jsonl), and measures and statistics counted on it and on the
#      three reports of the early congresses partly in traditional characters (三大, the two 一大);
#   2. statistics of those reports whose unit opens with 萬/億 and whose base value kept the multiplier;
#   3. whether the two builds print the same bytes for stats and measures on the work reports of 2000–2025
#      (simplified characters);
#   4. search hits (sections, --per-document 0 --all) of query pairs written both ways, over an index of
#      corpus/reports built by each build; and the terms `zhili terms` prints for 显著 and 与时俱进;
#   5. CPU throughput of stats and measures over corpus/reports, the two builds interleaved, best of 5.
# A query that finds nothing counts 0 (search exits 1 then).
# usage: BEFORE=path/to/zhili Scripts/bench-traditional.sh   (AFTER defaults to .build/release/zhili; SHARED
#        overrides ../shared; HELD_OUT is a regex of file names left out of every run, default the
#        thirteenth session's held-out reports)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
REPORTS=$SHARED/corpus/reports
BEFORE=${BEFORE:?a release build to compare with}
AFTER=${AFTER:-.build/release/zhili}
HELD_OUT=${HELD_OUT:-'(1955|1959|1964|1975|1978|1995|2001|2012|2015)年|第十次全国代表大会|十六大'}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
mapfile -t FILES < <(find "$REPORTS" -type f -name '*.txt' | grep -Ev "$HELD_OUT" | sort)
R1954=$REPORTS/work-reports/1954年中华人民共和国国务院政府工作报告.txt
EARLY=("$R1954" "$REPORTS/congress-reports/陈独秀在中国共产党第三次全国代表大会上的报告.txt"
       "$REPORTS/congress-reports/廣州共產黨報告_(一大).txt" "$REPORTS/congress-reports/北京共产主义组织的报告_(一大).txt")

echo "## 1. Measures of 1954 against test11's gold (its 1954 rows)"
grep 1954年 Scripts/gold/measures/test11.jsonl > "$OUT/gold1954.jsonl"
grep 1954年 Scripts/gold/measures/coding2-test11.jsonl > "$OUT/coding2-1954.jsonl"
for build in before after; do
    binary=$BEFORE; [ $build = after ] && binary=$AFTER
    echo "### $build"
    "$binary" measures --format jsonl "$R1954" > "$OUT/m-$build.jsonl"
    python3 Scripts/score-measures.py "$OUT/gold1954.jsonl" "$OUT/m-$build.jsonl" "$OUT/coding2-1954.jsonl" 2>/dev/null | sed -n '2,12p'
done

echo
echo "## 1–2. Counts on the early reports: measures (level 1), statistics, statistics whose unit opens with 萬/億 and base value kept it"
echo "| report | build | measures | level 1 | statistics | 萬/億 units | multiplier left in base |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for file in "${EARLY[@]}"; do
    for build in before after; do
        binary=$BEFORE; [ $build = after ] && binary=$AFTER
        "$binary" measures --format jsonl "$file" > "$OUT/m.jsonl"
        "$binary" stats --format jsonl "$file" > "$OUT/s.jsonl"
        python3 - "$OUT/m.jsonl" "$OUT/s.jsonl" "${file##*/}" "$build" <<'PY'
import json, sys
measures = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
stats = [json.loads(line) for line in open(sys.argv[2], encoding="utf-8")]
myriad = [s for s in stats if (s["unit"] or "")[:1] in ("萬", "億")]
left = [s for s in myriad if (s["base_unit"] or "")[:1] in ("万", "亿")]
print(f"| {sys.argv[3][:14]} | {sys.argv[4]} | {len(measures)} | {sum(m['level'] == 1 for m in measures)} | {len(stats)} | {len(myriad)} | {len(left)} |")
PY
    done
done

echo
echo "## 3. Simplified text: the same bytes? (stats and measures, work reports 2000–2025)"
mapfile -t RECENT < <(printf '%s\n' "${FILES[@]}" | grep -E '/20[0-2][0-9]年')
for command in stats measures; do
    "$BEFORE" $command --format jsonl "${RECENT[@]}" > "$OUT/before.jsonl"
    "$AFTER" $command --format jsonl "${RECENT[@]}" > "$OUT/after.jsonl"
    if cmp -s "$OUT/before.jsonl" "$OUT/after.jsonl"; then verdict=identical; else verdict=DIFFERENT; fi
    echo "$command: ${#RECENT[@]} reports, $(wc -l < "$OUT/after.jsonl") records, $(wc -c < "$OUT/after.jsonl") bytes: $verdict"
done

echo
echo "## 4. Search hits (sections) of query pairs, over corpus/reports (${#FILES[@]} files)"
mkdir -p "$OUT/corpus"
for file in "${FILES[@]}"; do ln -s "$(realpath "$file")" "$OUT/corpus/"; done
"$BEFORE" index "$OUT/corpus" --index "$OUT/index-before" > /dev/null 2>&1
"$AFTER" index "$OUT/corpus" --index "$OUT/index-after" > /dev/null 2>&1
echo "| query | before | after |"
echo "| --- | --- | --- |"
for query in 经济 經濟 计划 計劃 計畫 必须 必須 社会主义 社會主義 农业合作社 農業合作社 万吨 萬噸 显著 顯著 显着 与时俱进 與時俱進; do
    before=$("$BEFORE" search "$query" --index "$OUT/index-before" --json --per-document 0 --all --limit 100000 2>/dev/null | wc -l || true)
    after=$("$AFTER" search "$query" --index "$OUT/index-after" --json --per-document 0 --all --limit 100000 2>/dev/null | wc -l || true)
    echo "| $query | $before | $after |"
done

echo
echo "## 4b. Terms printed as written: zhili terms over the work reports of 2000–2025, terms holding 著/着 or 俱/具"
for build in before after; do
    binary=$BEFORE; [ $build = after ] && binary=$AFTER
    "$binary" terms "${RECENT[@]}" --top 0 --format jsonl > "$OUT/terms-$build.jsonl"
    python3 - "$OUT/terms-$build.jsonl" "$build" <<'PY'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
picked = sorted((r for r in rows if set(r["term"]) & set("著着俱具") and r["count"] >= 20), key=lambda r: -r["count"])
print(f"{sys.argv[2]}: " + ", ".join(f"{r['term']} {r['count']}" for r in picked[:8]))
PY
done

echo
echo "## 5. Throughput over corpus/reports (best of 5 by CPU time = user + system, builds interleaved)"
size=$(stat -c %s "${FILES[@]}" | awk '{ s += $1 } END { printf "%.2f", s / 1048576 }')
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); ${#FILES[@]} files, $size MB"
for command in stats measures; do
    : > "$OUT/times"
    for round in 1 2 3 4 5; do
        for build in before after; do
            binary=$BEFORE; [ $build = after ] && binary=$AFTER
            /usr/bin/time -f "%U %S" -o "$OUT/time" "$binary" $command --format jsonl "${FILES[@]}" > /dev/null 2>&1 || true
            awk -v b=$build '{ printf "%s %.2f\n", b, $1 + $2 }' "$OUT/time" >> "$OUT/times"
        done
    done
    for build in before after; do
        grep "^$build " "$OUT/times" | sort -n -k2 | head -1 | awk -v c=$command -v s="$size" '{ printf "%s %s: %.2f s CPU, %.2f MB/s of CPU\n", c, $1, $2, s / $2 }'
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
