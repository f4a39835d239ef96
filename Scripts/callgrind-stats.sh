#!/usr/bin/env bash
# Throughput of `zhili stats` (issue 9), two builds, by counts the machine's load does not move (twenty-sixth session):
#   1. the records of both builds compared byte for byte (`stats --format jsonl`) over ../shared/corpus/reports,
#      ../shared/corpus/laws and ../shared/corpus/state-council-2019, the files HELD_OUT names left out;
#   2. the instructions of `zhili stats REPORTS --format jsonl --threads 1` under callgrind, each binary with its debug
#      sections stripped (valgrind cannot read them here), and their ratio.
# usage: HELD_OUT=REGEX Scripts/callgrind-stats.sh BEFORE AFTER   (release binaries; SHARED overrides ../shared; OUT keeps
#        the callgrind files, default a scratch folder removed at the end; `callgrind_annotate --inclusive=yes OUT/after.out`
#        names the items)
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=${1:?usage: Scripts/callgrind-stats.sh BEFORE AFTER}
AFTER=${2:?usage: Scripts/callgrind-stats.sh BEFORE AFTER}
SHARED=${SHARED:-../shared}
HELD_OUT=${HELD_OUT:-'^$'}
if [ -z "${OUT:-}" ]; then OUT=$(mktemp -d); trap 'rm -rf "$OUT"' EXIT; else mkdir -p "$OUT"; fi

echo "## 1. The records of both builds"
for folder in reports laws state-council-2019; do
    mapfile -t files < <(find "$SHARED/corpus/$folder" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' \) | grep -Ev "$HELD_OUT" | sort)
    for build in before after; do
        binary=$BEFORE; [ "$build" = after ] && binary=$AFTER
        "$binary" stats "${files[@]}" --format jsonl > "$OUT/$folder-$build.jsonl" 2> /dev/null || true
    done
    if cmp -s "$OUT/$folder-before.jsonl" "$OUT/$folder-after.jsonl"; then same="the same bytes"; else same="DIFFERENT"; fi
    echo "$folder: ${#files[@]} files, $(wc -l < "$OUT/$folder-after.jsonl") records, $(md5sum < "$OUT/$folder-after.jsonl" | cut -c1-8): $same"
done

echo
echo "## 2. Instructions of zhili stats over $SHARED/corpus/reports (--threads 1, callgrind)"
mapfile -t reports < <(find "$SHARED/corpus/reports" -type f \( -name '*.md' -o -name '*.txt' \) | grep -Ev "$HELD_OUT" | sort)
for build in before after; do
    binary=$BEFORE; [ "$build" = after ] && binary=$AFTER
    objcopy --strip-debug "$binary" "$OUT/zhili-$build"
    valgrind --tool=callgrind --callgrind-out-file="$OUT/$build.out" "$OUT/zhili-$build" stats "${reports[@]}" --format jsonl \
        --threads 1 > /dev/null 2> "$OUT/$build.log" || true
    rm -f "$OUT/zhili-$build"
    grep -o 'Collected : [0-9]*' "$OUT/$build.log" | awk -v b="$build" '{ print b, $3 }' | tee -a "$OUT/totals.txt"
done
awk '{ total[$1] = $2 } END { printf "after / before: %.4f\n", total["after"] / total["before"] }' "$OUT/totals.txt"
