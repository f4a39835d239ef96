#!/usr/bin/env bash
# Is `zhili index` deterministic? (BENCHMARKS.md, issue 14, twenty-third session.) Builds the same
# collection (default: laws + reports + state-council-2019 + seeds) several times with each setting of
# CONFIGS ("threads:memoryMB", memory "-" for the default budget), each build into a fresh folder, and
# compares every build's files byte for byte (`cmp`, the manifest included) against the first build with
# the same budget (whatever its threads), and prints each build's file names, sizes and `zhili check` summary line (terms, units).
# ZHILI: the binary (default: a release build of this checkout). REPEAT (default 2): builds per setting.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared}
INPUTS=${INPUTS:-$SHARED/corpus/laws $SHARED/corpus/reports $SHARED/corpus/state-council-2019 $SHARED/seeds}
CONFIGS=${CONFIGS:-2:- 1:- 2:24 1:24}
REPEAT=${REPEAT:-2}
OUT=${OUT:-/tmp/zhili-determinism}
if [[ -z "${ZHILI:-}" ]]; then
    swift build -c release --product zhili >&2
    ZHILI=.build/release/zhili
fi
rm -rf "$OUT" && mkdir -p "$OUT"
declare -A first
build=0
for round in $(seq 1 "$REPEAT"); do
    for config in $CONFIGS; do
        threads=${config%%:*}; memory=${config#*:}
        build=$((build + 1))
        dir="$OUT/$build-t$threads-m$memory"
        args=(--threads "$threads"); [[ "$memory" == "-" ]] || args+=(--memory "$memory")
        rm -rf "$dir"
        # shellcheck disable=SC2086
        "$ZHILI" index $INPUTS --index "$dir" "${args[@]}" > "$dir.log" 2>&1
        summary=$("$ZHILI" check --index "$dir" 2>&1 | tail -1)
        files=$(cd "$dir" && ls | grep -v '^lock$' | tr '\n' ' ')
        echo "$(basename "$dir"): $summary"
        echo "  files: $files"
        if [[ -z "${first[$memory]:-}" ]]; then first[$memory]=$dir; continue; fi
        reference=${first[$memory]}
        differ=""
        for f in $(cd "$reference" && ls | grep -v '^lock$'); do
            [[ -f "$dir/$f" ]] || { differ+=" $f(missing)"; continue; }
            cmp -s "$reference/$f" "$dir/$f" || differ+=" $f"
        done
        for f in $(cd "$dir" && ls | grep -v '^lock$'); do [[ -f "$reference/$f" ]] || differ+=" $f(extra)"; done
        echo "  against $(basename "$reference"): ${differ:-identical}"
    done
done
