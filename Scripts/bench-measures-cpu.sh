#!/usr/bin/env bash
# CPU cost of `zhili measures` and `zhili stats` over corpus/reports, two release builds in the same run (issue 10's
# throughput target, ≥ 8 MB/s of CPU; BENCHMARKS.md, eighteenth session):
#   1. whether the two builds print the same bytes: `measures` (default format, --format json, jsonl, --explain,
#      --summary) and `stats` (default format, json, jsonl) over corpus/reports, corpus/state-council-2019 and the
#      seeds — bulk runs over whole folders; only "same" or "DIFFERENT" is printed, never a record;
#   2. CPU time (user + system) of `measures --format jsonl` and `stats --format jsonl` over corpus/reports, RUNS
#      runs each, before and after interleaved: best and median, MB/s of CPU by each;
#   3. instructions of the same two commands under callgrind (each binary with its debug sections stripped, which
#      valgrind cannot read here): counts that the machine's load does not move.
# usage: BEFORE=path/to/zhili [AFTER=path/to/zhili] [RUNS=7] [SHARED=../shared] [OUT=dir] Scripts/bench-measures-cpu.sh
#        (AFTER defaults to this checkout's .build/release/zhili; `callgrind_annotate --inclusive=yes OUT/<label>.out`
#        names where the instructions go)
set -euo pipefail
cd "$(dirname "$0")/.."
BEFORE=${BEFORE:?a release build to compare with}
AFTER=${AFTER:-.build/release/zhili}
RUNS=${RUNS:-7}
SHARED=${SHARED:-../shared}
C=$SHARED/corpus
OUT=${OUT:-$(mktemp -d)}
mkdir -p "$OUT"

echo "## Same output (corpus/reports, corpus/state-council-2019, seeds)"
declare -A RUN=(
    [measures-json]="measures --format json $C/reports $C/state-council-2019 $SHARED/seeds"
    [measures-default]="measures $C/reports $C/state-council-2019 $SHARED/seeds"
    [measures-jsonl-explain]="measures --explain --format jsonl $C/reports $C/state-council-2019 $SHARED/seeds"
    [measures-summary]="measures --summary --format jsonl $C/reports $C/state-council-2019 $SHARED/seeds"
    [stats-json]="stats --format json $C/reports $C/state-council-2019 $SHARED/seeds"
    [stats-default]="stats $C/reports $C/state-council-2019 $SHARED/seeds"
    [stats-jsonl]="stats --format jsonl $C/reports $C/state-council-2019 $SHARED/seeds")
for name in $(printf '%s\n' "${!RUN[@]}" | sort); do
    # shellcheck disable=SC2086
    "$BEFORE" ${RUN[$name]} > "$OUT/before-$name" 2>/dev/null || true
    # shellcheck disable=SC2086
    "$AFTER" ${RUN[$name]} > "$OUT/after-$name" 2>/dev/null || true
    if cmp -s "$OUT/before-$name" "$OUT/after-$name"; then result=same; else result=DIFFERENT; fi
    echo "$name: $result ($(wc -c < "$OUT/after-$name") bytes)"
done

echo
MB=$(find -L "$C/reports" -type f -name '*.txt' -printf '%s\n' | awk '{ s += $1 } END { printf "%.2f", s / 1048576 }')
echo "## CPU over corpus/reports ($MB MB), $RUNS runs each, interleaved; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq "$RUNS"); do
    for label in before after; do
        binary=$AFTER; [[ $label == before ]] && binary=$BEFORE
        for command in measures stats; do
            /usr/bin/time -f "%U %S" -o "$OUT/time" "$binary" "$command" --format jsonl "$C/reports" > /dev/null 2>&1 || true
            awk -v key="$command $label" '{ printf "%s %.2f\n", key, $1 + $2 }' "$OUT/time" >> "$OUT/cpu.txt"
        done
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "| command | build | best CPU s | median CPU s | MB/s of CPU (best) | MB/s of CPU (median) |"
echo "| --- | --- | --- | --- | --- | --- |"
for command in measures stats; do
    for label in before after; do
        sort -n -k3 <(grep "^$command $label " "$OUT/cpu.txt") | awk -v mb="$MB" -v c="$command" -v l="$label" '
            { cpu[NR] = $3 } END { median = cpu[int((NR + 1) / 2)]
              printf "| %s | %s | %.2f | %.2f | %.1f | %.1f |\n", c, l, cpu[1], median, mb / cpu[1], mb / median }'
    done
done

echo
echo "## Instructions (callgrind) over corpus/reports"
echo "| command | before | after | after / before |"
echo "| --- | --- | --- | --- |"
for label in before after; do
    binary=$AFTER; [[ $label == before ]] && binary=$BEFORE
    objcopy --strip-debug "$binary" "$OUT/zhili-$label"
done
for command in measures stats; do
    for label in before after; do
        valgrind --tool=callgrind --callgrind-out-file="$OUT/$command-$label.out" "$OUT/zhili-$label" "$command" --format jsonl "$C/reports" \
            > /dev/null 2> "$OUT/$command-$label.log"
    done
    before=$(grep -o 'Collected : [0-9]*' "$OUT/$command-before.log" | awk '{ print $3 }')
    after=$(grep -o 'Collected : [0-9]*' "$OUT/$command-after.log" | awk '{ print $3 }')
    awk -v c="$command" -v b="$before" -v a="$after" 'BEGIN { printf "| %s | %.3f G | %.3f G | %.3f |\n", c, b / 1e9, a / 1e9, a / b }'
done
