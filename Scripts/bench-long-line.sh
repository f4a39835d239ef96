#!/usr/bin/env bash
# `zhili stats` on one long line with no sentence end (targets strung on commas, as a table flattened by a
# web page leaves them; the same with no punctuation at all; and items each led in by a colon, 项目：…), and on
# one long paragraph of short sentences each giving a change, dated once at its start (2024年，钢产量增长5%。…): wall
# and CPU time (user + system), peak memory and output bytes,
# before (BASE, another build) and after (ZHILI), release builds. A run that passes LIMIT seconds (default
# 60) is stopped and reported as such.
# usage: ZHILI=path BASE=path bash Scripts/bench-long-line.sh
set -euo pipefail
ZHILI=${ZHILI:?release zhili to measure}
BASE=${BASE:-}
LIMIT=${LIMIT:-60}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# Each case is LEAD|TEXT:COPIES, the line being LEAD followed by COPIES copies of TEXT.
for line in '|各乡镇要加强治理，完成率达到60%以上，:2400' '|各乡镇要加强治理，完成率达到60%以上，:24000' '|各乡镇要加强治理完成率达到60%以上:24000' \
        '|项目：完成率达到60%以上，:20000' '2024年，|钢产量增长5%。:8000' '2024年，|钢产量增长5%。:32000'; do
    copies=${line##*:}
    case=${line%:*}
    lead=${case%%|*}
    text=${case#*|}
    python3 -c "import sys; print(sys.argv[1] + sys.argv[2] * int(sys.argv[3]), end='')" "$lead" "$text" "$copies" > "$WORK/line.txt"
    echo "## '$lead' then '$text' × $copies, $(wc -c < "$WORK/line.txt") bytes on one line"
    for build in ${BASE:+before:$BASE} after:$ZHILI; do
        if /usr/bin/time -f "%e s wall, %U + %S s CPU, %M KB peak" -o "$WORK/time" timeout "$LIMIT" "${build#*:}" stats "$WORK/line.txt" --format jsonl > "$WORK/out"; then
            echo "${build%%:*}: $(cat "$WORK/time"), $(wc -c < "$WORK/out") bytes of output"
        else
            echo "${build%%:*}: stopped after $LIMIT s"
        fi
    done
done
