#!/usr/bin/env bash
# Instructions of `zhili index --threads 1` on a subset of the laws, two builds (BENCHMARKS.md, issue 14,
# fourteenth session): every EVERY-th file of the laws in byte order (default 12: 290 files, 5.3 MB),
# each binary with its debug sections stripped (valgrind cannot read them here), run under callgrind —
# counts that the machine's load does not move. ZHILI_BEFORE and ZHILI (release binaries; ZHILI defaults
# to .build/release/zhili), LAWS, EVERY, OUT. Prints each build's total, their ratio and whether the two
# indexes are the same files (`diff -r`); `callgrind_annotate --inclusive=yes OUT/<label>.out` names the items.
set -euo pipefail
cd "$(dirname "$0")/.."
ZHILI=${ZHILI:-.build/release/zhili}
ZHILI_BEFORE=${ZHILI_BEFORE:?a build to compare with}
LAWS=${LAWS:-../shared/corpus/laws}
EVERY=${EVERY:-12}
OUT=${OUT:-/tmp/zhili-callgrind-index}
rm -rf "$OUT" && mkdir -p "$OUT/subset"
(cd "$LAWS" && find . -type f ! -name PROVENANCE.txt | LC_ALL=C sort | awk -v every="$EVERY" 'NR % every == 1') | while read -r file; do
    mkdir -p "$OUT/subset/$(dirname "$file")"
    cp "$LAWS/$file" "$OUT/subset/$file"
done
echo "subset: $(find "$OUT/subset" -type f | wc -l) files, $(du -sh "$OUT/subset" | cut -f1)"
for label in before after; do
    binary=$ZHILI; [[ $label == before ]] && binary=$ZHILI_BEFORE
    objcopy --strip-debug "$binary" "$OUT/zhili-$label"
    valgrind --tool=callgrind --callgrind-out-file="$OUT/$label.out" "$OUT/zhili-$label" index "$OUT/subset" \
        --index "$OUT/index-$label" --threads 1 > "$OUT/$label.log" 2>&1
    grep -o 'Collected : [0-9]*' "$OUT/$label.log" | awk -v label="$label" '{ print label, $3 }' | tee -a "$OUT/totals.txt"
done
awk '{ total[$1] = $2 } END { printf "after / before: %.4f\n", total["after"] / total["before"] }' "$OUT/totals.txt"
if diff -r "$OUT/index-before" "$OUT/index-after" > /dev/null; then echo "before and after: identical index files"; else echo "before and after: the index files DIFFER"; fi
