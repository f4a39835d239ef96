#!/usr/bin/env bash
# Statistics on unseen text (issue 9): scores `zhili stats` on the hand-marked excerpts of
# Scripts/gold/statistics-unseen/{dev,test,test2,test3,test4,test5,test6,check6,test7,test8,test9,test10,test11,test12,test13,test14,test15,test16,test17,test18,test19,test20,test21,test22,test23,test24,test25} (tune on dev only; test2 … test25 were marked after the halves before them were seen; check6 is a validation pool).
# usage: Scripts/score-statistics-unseen.sh [ZHILI [HALF ...]]   (default: the release build, all halves;
#        SHARED overrides ../shared; VERBOSE=1 lists what differs — look at dev only while tuning;
#        BY_DOCUMENT=1 adds indicator, role and period for each document; HELD_OUT, a regex on source file
#        names, leaves out the documents a session holds out for any issue (the eleventh session's, statistics and
#        measures test10, were '(1955|1957|1979|1981|1997|2007|2008|2023|2025)年中华人民共和国国务院政府工作报告|\((十一大|十八大)\)';
#        spent since its end); by default none)
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
CORPUS=$SHARED/corpus
ZHILI=${1:-}
if [ -z "$ZHILI" ]; then
    swift build -c release --product zhili >&2
    ZHILI=$(swift build -c release --show-bin-path)/zhili
fi
HELD_OUT=${HELD_OUT:-'^$'}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
HALVES=("${@:2}")
[ ${#HALVES[@]} -gt 0 ] || HALVES=(dev test test2 test3 test4 test5 test6 check6)
for half in "${HALVES[@]}"; do
    files=()
    rm -rf "$OUT/gold" && mkdir -p "$OUT/gold"
    for gold in Scripts/gold/statistics-unseen/$half/*.tsv; do
        name=$(sed -n 's/^# file: //p' "$gold")
        if grep -Eq "$HELD_OUT" <<< "$name"; then echo "(held out, left out: $name)"; continue; fi
        cp "$gold" "$OUT/gold/"
        files+=("$(find "$CORPUS" -name "$name" | head -1)")
    done
    "$ZHILI" inspect --json "${files[@]}" > "$OUT/inspect.json"
    "$ZHILI" stats "${files[@]}" --format jsonl > "$OUT/stats.jsonl"
    echo "## $half"
    python3 Scripts/score-statistics.py "$OUT/gold" "$OUT/inspect.json" "$OUT/stats.jsonl"
    echo
    # BY_DOCUMENT=1: indicator, role and period of each document alone (to see a change help one and hurt another).
    if [ -n "${BY_DOCUMENT:-}" ]; then
        for gold in "$OUT"/gold/*.tsv; do
            mkdir -p "$OUT/one" && rm -f "$OUT/one"/*.tsv && cp "$gold" "$OUT/one/"
            python3 Scripts/score-statistics.py "$OUT/one" "$OUT/inspect.json" "$OUT/stats.jsonl" 2>/dev/null |
                awk -v doc="$(basename "$gold" .tsv)" -F'|' '/indicator right|role right|period right/ { gsub(/ /, "", $3); v = v " " $3 }
                    END { printf "%-40s indicator / role / period:%s\n", doc, v }'
        done
        echo
    fi
done
