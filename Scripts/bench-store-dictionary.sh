#!/usr/bin/env bash
# Before and after a change to the index's files, in one sitting (BENCHMARKS.md, issue 11, twenty-second
# session: one store dictionary per index): BASELINE and ZHILI (release binaries) each index laws + reports +
# state-council-2019 + seeds into their own index (CPU of each build), then the size table by role (the
# store with its dictionary files, `stor` + `sdic`, as "store"), every unit read back, near-duplicate groups
# and verified pairs compared (as Scripts/bench-search.sh's compare step), `zhili check` of the new index,
# and `Scripts/compare-kinds.sh` over the queries of QUERIES (default: the bench's first 40 random queries,
# the judged set's first 20 and five named ones) plus the default kind over the bench's first 100 random
# queries and the judged set's 42. Figures go to $OUT and are printed; the indexes stay in $OUT for the
# instruction counts (Scripts/search-cli-cost.sh, Scripts/search-kinds-cost.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${BASELINE:?a zhili release binary (before)}" "${ZHILI:?a zhili release binary (after)}"
SHARED=${SHARED:-../shared/corpus}
SEEDS=${SEEDS:-../shared/seeds}
OUT=${OUT:-/tmp/zhili-bench-store-dictionary}
PY=${PY:-/work/venv-index/bin/python}
ROOTS=("$SHARED/laws" "$SHARED/reports" "$SHARED/state-council-2019" "$SEEDS")
mkdir -p "$OUT"
raw=$(find "${ROOTS[@]}" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' -o -name '*.htm' \) -print0 | xargs -0 cat | wc -c)
echo "raw bytes: $raw" | tee "$OUT/raw.txt"
for side in base index; do
    binary=$ZHILI; [[ $side == base ]] && binary=$BASELINE
    if [[ ! -f "$OUT/$side/manifest" ]]; then
        rm -rf "$OUT/$side"
        /usr/bin/time -f "$side build: %e s wall, %U s user, %S s sys, %M KB" -o "$OUT/$side-time.txt" \
            "$binary" index "${ROOTS[@]}" --index "$OUT/$side" > "$OUT/$side-build.txt"
        cat "$OUT/$side-build.txt" "$OUT/$side-time.txt"
    fi
done
python3 - "$OUT" "$raw" <<'PY' | tee "$OUT/size-table.txt"
import os, sys
out, raw = sys.argv[1], int(sys.argv[2])
def roles(folder):
    sizes = {}
    for name in os.listdir(folder):
        role = name.rsplit(".", 1)[-1] if name.startswith(("s", "g")) and "." in name else name
        role = "stor" if role == "sdic" else role
        sizes[role] = sizes.get(role, 0) + os.path.getsize(os.path.join(folder, name))
    return sizes
columns = [("before", roles(os.path.join(out, "base"))), ("after", roles(os.path.join(out, "index")))]
names = sorted({role for _, sizes in columns for role in sizes}, key=lambda r: -columns[-1][1].get(r, 0))
print("| file | before MB | × raw | after MB | × raw | change MB |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for role in names + ["without store", "total"]:
    values = []
    for _, sizes in columns:
        if role in ("total", "without store"):
            values.append(sum(sizes.values()) - (sizes.get("stor", 0) if role == "without store" else 0))
        else:
            values.append(sizes.get(role, 0))
    print(f"| {role} | {values[0] / 1e6:.3f} | {values[0] / raw:.3f} | {values[1] / 1e6:.3f} | {values[1] / raw:.3f} | {(values[1] - values[0]) / 1e6:+.3f} |")
print(f"(stor = the segments' stores with their dictionary files; total bytes {sum(columns[0][1].values())} -> {sum(columns[1][1].values())})")
PY
"$BASELINE" bench-queries --index "$OUT/base" --export-units "$OUT/base-units.jsonl"
"$ZHILI" bench-queries --index "$OUT/index" --export-units "$OUT/units.jsonl"
{ "$PY" Scripts/compare-duplicate-groups.py "$OUT/base-units.jsonl" "$OUT/units.jsonl" || true
  cmp -s "$OUT/base-units.jsonl" "$OUT/units.jsonl" && echo "units read back identical" || echo "units read back DIFFER"
  cmp -s <(tail -c +13 "$OUT"/base/g*.pair | head -c -8) <(tail -c +13 "$OUT"/index/g*.pair | head -c -8) \
      && echo "verified pairs identical" || echo "verified pairs DIFFER in bytes"
  "$ZHILI" check --index "$OUT/index"
} 2>&1 | tee "$OUT/compare-units.txt"
if [[ -z "${QUERIES:-}" ]]; then
    "$PY" Scripts/random-han-queries.py "$SHARED/laws" "$OUT/random.txt"
    QUERIES=$OUT/queries.txt
    { head -40 "$OUT/random.txt"; tail -n +2 Scripts/search-judgments/queries.tsv | cut -f1 | head -20
      printf '%s\n' 预算法 '中华人民共和国 预算法' 国内生产总值 人民政府应当 条的规定; } > "$QUERIES"
    { head -100 "$OUT/random.txt"; tail -n +2 Scripts/search-judgments/queries.tsv | cut -f1; } > "$OUT/default-kind.txt"
fi
BASE_INDEX=$OUT/base INDEX=$OUT/index QUERIES=$QUERIES OUT=$OUT/kinds bash Scripts/compare-kinds.sh | tail -3
runs=0 differing=0
while IFS= read -r query; do
    [[ -z "$query" ]] && continue
    runs=$((runs + 1))
    cmp -s <("$BASELINE" search "$query" --index "$OUT/base" --json 2>&1) <("$ZHILI" search "$query" --index "$OUT/index" --json 2>&1) \
        || { differing=$((differing + 1)); echo "differs: $query"; }
done < "${DEFAULT_QUERIES:-$OUT/default-kind.txt}"
echo "default kind, search --json compared in $runs runs: $differing differ" | tee "$OUT/compare-default.txt"
