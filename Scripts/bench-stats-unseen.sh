#!/usr/bin/env bash
# Statistics on unseen text (issue 9), release builds, real data from ../shared/corpus:
#   1. the hand-marked excerpts of twelve real documents, dev, test and test2 halves (Scripts/score-statistics.py);
#   2. the Corpus/ gold of issue 4 as a regression (Scripts/score-extraction.py);
#   3. the GDP-target question over the national work reports (Scripts/gdp-targets.py);
#   4. throughput of `zhili stats` over ../shared/corpus/reports, before (the build at BASE) and after
#      (this checkout), runs interleaved in the same session, best of 5 by CPU time.
# usage: BASE=/path/to/a/checkout/of/4d9be75 Scripts/bench-stats-unseen.sh   (SHARED overrides ../shared)
#        BASE must hold a release build (swift build -c release --product zhili); AFTER=path/to/zhili skips
#        building this checkout (a release build made elsewhere, e.g. with --scratch-path).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
REPORTS=$SHARED/corpus/reports
BEFORE=${BASE:?set BASE to a checkout of the commit to compare with}/.build/release/zhili
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
# The documents a session holds out (a regex on file names, as Scripts/score-statistics-unseen.sh reads it) are
# left out of the throughput and GDP runs and of the scoring; by default none ('^$').
export HELD_OUT=${HELD_OUT:-'^$'}
mapfile -t REPORT_FILES < <(find "$REPORTS" -type f \( -name '*.md' -o -name '*.txt' \) | grep -Ev "$HELD_OUT" | sort)
mapfile -t WORK_REPORTS < <(printf '%s\n' "${REPORT_FILES[@]}" | grep '/work-reports/')
LEFT_OUT_YEARS=$(find "$REPORTS/work-reports" -type f | { grep -E "$HELD_OUT" || true; } | sed -n 's|.*/\([0-9]\{4\}\)年.*|\1|p' | paste -sd, -)

if [ -z "${AFTER:-}" ]; then
    swift build -c release --product zhili >&2
    AFTER=$(swift build -c release --show-bin-path)/zhili
fi

echo "## 1. Unseen documents (Scripts/gold/statistics-unseen)"
# HALVES=dev scores the half being tuned on only (the held-out halves are scored by whoever holds them out).
Scripts/score-statistics-unseen.sh "$AFTER" ${HALVES:-dev test test2}

echo "## 2. Corpus/ gold of issue 4 (regression)"
OPINION=$SHARED/corpus/state-council-2019/39-国务院关于做好当前和今后一个时期促进就业工作的若干意见.html
"$AFTER" stats Corpus "$OPINION" --format jsonl > "$OUT/stats.jsonl" 2>/dev/null || true
python3 Scripts/score-extraction.py stats Scripts/gold/extraction/statistics.jsonl "$OUT/stats.jsonl"

echo
echo "## 3. GDP growth targets of the national work reports"
"$AFTER" stats "${WORK_REPORTS[@]}" --indicator 地区生产总值 --role target --aspect change --format jsonl 2>/dev/null \
    | python3 Scripts/gdp-targets.py Scripts/gold/gdp-targets.tsv "$LEFT_OUT_YEARS" | tail -1

echo
echo "## 4. Throughput of zhili stats over $REPORTS (best of 5 by CPU time, runs interleaved)"
size=$(stat -c %s "${REPORT_FILES[@]}" | awk '{ s += $1 } END { printf "%.2f", s / 1048576 }')
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); ${#REPORT_FILES[@]} files, $size MB of .txt/.md (held out: $HELD_OUT)"
for _ in 1 2 3 4 5; do
    for build in before after; do
        binary=$BEFORE; [ "$build" = after ] && binary=$AFTER
        /usr/bin/time -f "%e %U %S" -o "$OUT/time" "$binary" stats "${REPORT_FILES[@]}" --format jsonl > "$OUT/$build.jsonl" 2>/dev/null || true
        awk -v b="$build" '{ printf "%s %.2f %.2f\n", b, $1, $2 + $3 }' "$OUT/time" >> "$OUT/times"
    done
done
for build in before after; do
    records=$(wc -l < "$OUT/$build.jsonl")
    grep "^$build " "$OUT/times" | sort -n -k3 | head -1 | awk -v s="$size" -v r="$records" \
        '{ printf "%s: %d records, %.2f s wall, %.2f s CPU, %.1f MB/s of CPU\n", $1, r, $2, $3, s / $3 }'
done
