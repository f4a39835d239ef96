#!/usr/bin/env bash
# The duplicate signatures' size against a baseline build, in one run (BENCHMARKS.md, issue 11,
# "Format 13"): ZHILI_BEFORE and ZHILI (release binaries; ZHILI defaults to .build/release/zhili) each
# index laws + reports + state-council-2019 + seeds once (user + sys CPU and the candidates verified,
# from its output); then the index's bytes per file kind of both, the signatures' bytes by part
# (Scripts/signature-bytes.py), whether both have the same near-duplicate groups
# (Scripts/compare-duplicate-groups.py over `--export-units`) and verified pairs (the PAIR bodies, past
# the header that names the version, and by role, lengths and similarities: Scripts/compare-pairs.py),
# `zhili check` of the new index; then the incremental update of
# Scripts/bench-changed-copy.sh (one law changed, one removed, one added) timed RUNS times (default 5)
# for each binary, interleaved, each on a fresh copy of its index as it was before the update.
# Figures go to $OUT and are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED=${SHARED:-../shared/corpus}
SEEDS=${SEEDS:-../shared/seeds}
OUT=${OUT:-/tmp/zhili-bench-signatures}
RUNS=${RUNS:-5}
ZHILI=${ZHILI:-.build/release/zhili}
ZHILI_BEFORE=${ZHILI_BEFORE:?a build to compare with}
ROOTS=("$SHARED/laws" "$SHARED/reports" "$SHARED/state-council-2019" "$SEEDS")
rm -rf "$OUT" && mkdir -p "$OUT"
echo "load: $(uptime | sed 's/.*load average: //')"
echo "raw bytes: $(find "${ROOTS[@]}" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' -o -name '*.htm' \) -print0 | xargs -0 cat | wc -c)"
for label in before after; do
    binary=$ZHILI; [[ $label == before ]] && binary=$ZHILI_BEFORE
    /usr/bin/time -f "%U %S" -o "$OUT/$label.time" "$binary" index "${ROOTS[@]}" --index "$OUT/$label" > "$OUT/$label.txt" 2>&1
    echo "$label build: $(awk '{ printf "%.2f", $1 + $2 }' "$OUT/$label.time") s user+sys; $(grep -o '[0-9,]* units in [0-9,]* near-duplicate groups ([0-9.]* s)' "$OUT/$label.txt" | head -1)"
    "$binary" bench-queries --index "$OUT/$label" --export-units "$OUT/$label-units.jsonl" > /dev/null
done
echo "bytes per file kind (MB), before → after:"
for kind in post posi stor dsig term unit pair srcs dups; do
    b=$(find "$OUT/before" -name "*.$kind" -printf '%s\n' | awk '{ s += $1 } END { printf "%.3f", s / 1e6 }')
    a=$(find "$OUT/after" -name "*.$kind" -printf '%s\n' | awk '{ s += $1 } END { printf "%.3f", s / 1e6 }')
    echo "  $kind: $b → $a"
done
for label in before after; do
    echo "  $label total: $(du -sb "$OUT/$label" | awk '{ printf "%.3f", $1 / 1e6 }') MB, without the store: $(find "$OUT/$label" -type f ! -name '*.stor' -printf '%s\n' | awk '{ s += $1 } END { printf "%.3f", s / 1e6 }') MB"
done
for label in before after; do echo "$label signatures:"; python3 Scripts/signature-bytes.py "$OUT/$label"; done
python3 Scripts/compare-duplicate-groups.py "$OUT/before-units.jsonl" "$OUT/after-units.jsonl" || true
cmp -s "$OUT/before-units.jsonl" "$OUT/after-units.jsonl" && echo "units read back identical" || echo "units read back DIFFER"
cmp -s <(tail -c +13 "$OUT"/before/g*.pair | head -c -8) <(tail -c +13 "$OUT"/after/g*.pair | head -c -8) \
    && echo "verified pairs identical" || echo "verified pairs differ in bytes (keys stored in other widths differ)"
python3 Scripts/compare-pairs.py "$OUT"/before/g*.pair "$OUT"/after/g*.pair || true
"$ZHILI" check --index "$OUT/after" | tail -1

# The incremental update, on fresh copies of each index as it was before the update.
Scripts/bench-changed-copy.sh "$ZHILI_BEFORE" "$OUT/copy-before" "$OUT/copy-before-index" "${ROOTS[@]}"
Scripts/bench-changed-copy.sh "$ZHILI" "$OUT/copy-after" "$OUT/copy-after-index" "${ROOTS[@]}"
update() { # label, binary
    rm -rf "$OUT/run-index" && cp -r "$OUT/copy-$1-index" "$OUT/run-index"
    /usr/bin/time -f "%U %S %e" -o "$OUT/update.time" "$2" index "$OUT/copy-$1" --index "$OUT/run-index" > /dev/null 2>&1
    echo "$1 $(awk '{ printf "%.2f %.2f", $1 + $2, $3 }' "$OUT/update.time")" | tee -a "$OUT/updates.txt"
}
for round in $(seq "$RUNS"); do
    if (( round % 2 )); then update before "$ZHILI_BEFORE"; update after "$ZHILI"; else update after "$ZHILI"; update before "$ZHILI_BEFORE"; fi
done
python3 - "$OUT/updates.txt" <<'PY'
import statistics, sys
runs = {"before": [], "after": []}
for line in open(sys.argv[1]):
    label, cpu, _ = line.split()
    runs[label].append(float(cpu))
for label, values in runs.items():
    print(f"update {label}: median {statistics.median(values):.2f} s user+sys over {len(values)} runs (range {min(values):.2f}-{max(values):.2f})")
ratios = sorted(a / b for a, b in zip(runs["after"], runs["before"]))
print(f"update after / before, median of the rounds: {statistics.median(ratios):.3f} (range {ratios[0]:.3f}-{ratios[-1]:.3f})")
PY
echo "load: $(uptime | sed 's/.*load average: //')"
