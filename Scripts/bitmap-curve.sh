#!/usr/bin/env bash
# Bytes against the shipped path's instructions for several writers of the postings (BENCHMARKS.md, issue 11,
# twenty-first session): for each VARIANT (`label=path/to/zhili`, or `label=path/to/zhili:ENV=VALUE,ENV=VALUE`
# to index with those variables set, as a binary built with Scripts/bitmap-curve-knobs.patch reads them), the
# index of laws + reports + state-council-2019 + seeds (built once per label, kept in $OUT/label), its
# postings and total bytes, and the instructions of `IndexReader.search` under callgrind: (a) `zhili
# bench-queries` over the bench's 300 random queries (the options `zhili search` uses; a warm-up pass and one
# timed pass, summed) and (b) each query of QUERIES as one `zhili search QUERY --json` (Scripts/search-cli-cost.sh's
# count). Prints one row a variant; the answers of (b) are compared with the first variant's.
# OUT (default /tmp/zhili-bitmap-curve), QUERIES (default: the eight of size20's table); with KEEP=1 a variant
# already measured in OUT is printed again from its files, not run.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared/corpus}
ROOTS=("$SHARED/laws" "$SHARED/reports" "$SHARED/state-council-2019" "${SEEDS:-../shared/seeds}")
OUT=${OUT:-/tmp/zhili-bitmap-curve}
mkdir -p "$OUT"
if [[ -z "${QUERIES:-}" ]]; then
    QUERIES="$OUT/queries.txt"
    printf '%s\n' 人民政府应当 '中华人民共和国 预算法' 中华人民共和 以上 条的规定 国内生产总值 计划生育 预算法 > "$QUERIES"
fi
[[ -f "$OUT/random.txt" ]] || python3 Scripts/random-han-queries.py "$SHARED/laws" "$OUT/random.txt"
SEARCH='$s11SearchIndex0B6ReaderC6search_7optionsAA0A7ResultsVAA5QueryO_AA0A7OptionsVtAA0B5ErrorOYKF'
total() { callgrind_annotate "$1" | grep -oE '^[0-9,]+ \(100.0%\) +PROGRAM TOTALS' | cut -d' ' -f1 | tr -d ,; }
echo "| variant | postings bytes | index bytes | 300 random queries (warm-up + 1 pass) M | $(paste -sd'|' "$QUERIES" | sed 's/|/ M | /g') M | answers |"
first=""
for variant in "$@"; do
    label=${variant%%=*}; rest=${variant#*=}; binary=${rest%%:*}; settings=""
    [[ "$rest" == *:* ]] && settings=${rest#*:}
    environment=(); [[ -n "$settings" ]] && IFS=, read -ra environment <<< "$settings"
    dir="$OUT/$label"; mkdir -p "$dir"
    objcopy --strip-debug "$binary" "$dir/zhili"
    [[ -f "$dir/index/manifest" ]] || env "${environment[@]}" "$dir/zhili" index "${ROOTS[@]}" --index "$dir/index" > "$dir/build.txt"
    postings=$(cat "$dir"/index/s*.post | wc -c); bytes=$(cat "$dir"/index/* | wc -c)
    [[ -n "${KEEP:-}" && -f "$dir/random.cg" ]] || valgrind --tool=callgrind --callgrind-out-file="$dir/random.cg" --toggle-collect="$SEARCH" \
        "$dir/zhili" bench-queries --index "$dir/index" --queries "$OUT/random.txt" --passes 1 > /dev/null 2>&1
    row="| $label | $postings | $bytes | $(python3 -c "print(f'{$(total "$dir/random.cg") / 1e6:.2f}')")"
    same=0; number=0
    while IFS= read -r query; do
        number=$((number + 1))
        [[ -n "${KEEP:-}" && -f "$dir/cg.$number.out" ]] || valgrind --tool=callgrind --callgrind-out-file="$dir/cg.$number.out" --toggle-collect="$SEARCH" \
            "$dir/zhili" search "$query" --index "$dir/index" --json > "$dir/answer.$number.json" 2> /dev/null
        row="$row | $(python3 -c "print(f'{$(total "$dir/cg.$number.out") / 1e6:.2f}')")"
        if [[ -n "$first" ]] && cmp -s "$dir/answer.$number.json" "$OUT/$first/answer.$number.json"; then same=$((same + 1)); fi
    done < "$QUERIES"
    echo "$row | $([[ -z "$first" ]] && echo "first" || echo "$same of $number the same") |"
    [[ -n "$first" ]] || first=$label
done | tee -a "$OUT/table.md"
