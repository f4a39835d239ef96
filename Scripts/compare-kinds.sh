#!/usr/bin/env bash
# Whether two zhili binaries, each over its own index of the same files, give the same answers where the
# statistics, citations and measures are searched (BENCHMARKS.md, issue 11, seventeenth session: their
# phrases read from their sections' positions): `zhili search --json` of every query of QUERIES (one a
# line) with each of `--kind statistic`, `citation`, `measure` and `all` (`--limit 30`), and `--kind all
# --per-document 0 --limit 40 --explain` (scores and explanations); every difference is listed.
# BASELINE and BASE_INDEX, ZHILI and INDEX, QUERIES, OUT.
set -euo pipefail
: "${BASELINE:?}" "${BASE_INDEX:?}" "${ZHILI:?}" "${INDEX:?}" "${QUERIES:?}"
OUT=${OUT:-/tmp/zhili-compare-kinds}
mkdir -p "$OUT"
runs=0 differing=0
while IFS= read -r query; do
    [[ -z "$query" ]] && continue
    for options in "--kind statistic --limit 30" "--kind citation --limit 30" "--kind measure --limit 30" "--kind all --limit 30" \
                   "--kind all --per-document 0 --limit 40 --explain"; do
        runs=$((runs + 1))
        # shellcheck disable=SC2086
        if ! cmp -s <("$BASELINE" search "$query" --index "$BASE_INDEX" --json $options 2>&1) \
                    <("$ZHILI" search "$query" --index "$INDEX" --json $options 2>&1); then
            differing=$((differing + 1)); echo "differs: $query $options"
        fi
    done
done < "$QUERIES"
echo "search --json compared in $runs runs: $differing differ" | tee "$OUT/compare-kinds.txt"
