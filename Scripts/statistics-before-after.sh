#!/usr/bin/env bash
# Statistics on unseen text (issue 9), two builds side by side: for each half, the scorer's fields before → after (one
# table row per half), then the error classes of `Scripts/classify-statistics-errors.py` over the halves given, before → after.
# usage: HELD_OUT=REGEX Scripts/statistics-before-after.sh BEFORE AFTER HALF ...
#        (HELD_OUT as Scripts/score-statistics-unseen.sh reads it; a validation pool such as check6 is printed in aggregate
#        only, as every row here is)
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=${1:?usage: Scripts/statistics-before-after.sh BEFORE AFTER HALF ...}
AFTER=${2:?usage: Scripts/statistics-before-after.sh BEFORE AFTER HALF ...}
shift 2
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
field() {
    if [ "$2" = "hard negatives" ]; then sed -n 's/^| hard negatives.*(\([0-9]* of [0-9]*\)) |$/\1/p' "$1"; return; fi
    awk -F'|' -v f="$2" '$2 ~ f { gsub(/ /, "", $3); print $3 }' "$1"
}
echo "| half | detection P / R | hard negatives | indicator | aspect | role | period |"
echo "| --- | --- | --- | --- | --- | --- | --- |"
for half in "$@"; do
    for build in before after; do
        binary=$BEFORE; [ "$build" = after ] && binary=$AFTER
        VERBOSE=1 Scripts/score-statistics-unseen.sh "$binary" "$half" > "$OUT/$build.out" 2> "$OUT/$build.err"
        cat "$OUT/$build.err" >> "$OUT/$build.all"
    done
    row="| $half |"
    for f in "detection precision" "hard negatives" "indicator right" "aspect right" "role right" "period right"; do
        b=$(field "$OUT/before.out" "$f"); a=$(field "$OUT/after.out" "$f")
        if [ "$f" = "detection precision" ]; then
            b="$b / $(field "$OUT/before.out" "detection recall")"; a="$a / $(field "$OUT/after.out" "detection recall")"
        fi
        [ "$b" = "$a" ] && row="$row $b → same |" || row="$row $b → **$a** |"
    done
    echo "$row"
done
echo
echo "Error classes over $*, before → after:"
python3 - "$OUT/before.all" "$OUT/after.all" <<'PY'
import subprocess, sys
counts = []
for path in sys.argv[1:3]:
    lines = subprocess.run(["python3", "Scripts/classify-statistics-errors.py"], stdin=open(path), capture_output=True, text=True).stdout
    table, field = {}, None
    for line in lines.splitlines():
        name, _, count = line.strip().rpartition(": ")
        if not line.startswith(" "):
            field = name.replace(" errors", "")
        table[(field, name)] = int(count)
    counts.append(table)
for key in dict.fromkeys(list(counts[0]) + list(counts[1])):
    before, after = counts[0].get(key, 0), counts[1].get(key, 0)
    label = key[1] if key[1].endswith("errors") else f"  {key[0]}: {key[1]}"
    print(f"{label}: {before} → {after}")
PY
