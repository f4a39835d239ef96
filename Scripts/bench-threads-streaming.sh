#!/usr/bin/env bash
# Measures issue 14's reading commands for BENCHMARKS.md ("Threads and streaming commands (issue 14)"):
# 1. peak memory of `zhili stats` and `zhili dedupe` on ../shared/corpus/laws and on the laws ×3
#    (Scripts/make-shifted-copies.py: every character shifted, so no copy is a duplicate of another);
# 2. wall time of stats, cites, measures and dedupe on the laws with --threads 1 and --threads 2;
# 3. the processor time of the main thread and of the workers with --threads 2 (Scripts/thread_cpu.py),
#    the bound on the two-core speed-up where a busy machine hides it.
# Release build, output to a file (as a user would), /usr/bin/time -v for peak resident memory.
#   bash Scripts/bench-threads-streaming.sh            (COMMANDS="stats dedupe" to narrow part 2)
# BASELINE=/path/to/an/earlier/zhili adds its peak memory on the same runs (the collection read whole).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${SHARED:-$(cd .. && pwd)/shared}"
LAWS="$SHARED/corpus/laws"
LAWS3="${LAWS3:-/tmp/zhili-laws-x3}"
COMMANDS="${COMMANDS:-stats cites measures dedupe}"
WORK="$(mktemp -d /tmp/zhili-bench-threads.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT

[ -d "$LAWS" ] || { echo "no $LAWS" >&2; exit 1; }
[ -d "$LAWS3" ] || python3 Scripts/make-shifted-copies.py --source "$LAWS" --output "$LAWS3" --copies 3 >&2
swift build -c release --product zhili >&2
ZHILI=.build/release/zhili

# run NAME ARGS...: one run; prints wall seconds, peak resident KB and CPU seconds (user + system), keeps the output.
run() {
    local name="$1"; shift
    /usr/bin/time -v -o "$WORK/$name.time" "$ZHILI" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err" || {
        local status=$?; [ "$status" -eq 3 ] || { echo "$name failed ($status): $(tail -2 "$WORK/$name.err")" >&2; exit 1; }
    }
    local wall peak cpu
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$WORK/$name.time")
    peak=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/$name.time")
    cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$WORK/$name.time")
    echo "$wall $peak $cpu"
}

arguments() {
    case "$1" in
        dedupe) echo "dedupe --format json" ;;
        *) echo "$1 --format jsonl" ;;
    esac
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; $(du -sh "$LAWS" | cut -f1) of laws, $(du -sh "$LAWS3" | cut -f1) ×3"
echo
echo "## Peak memory, laws vs laws ×3 (default threads: $(nproc))"
echo "| command | laws: wall s | laws: peak MB | ×3: wall s | ×3: peak MB | peak ×3 / laws |"
echo "| --- | --- | --- | --- | --- | --- |"
for command in stats dedupe; do
    read -r wall1 peak1 _ <<< "$(run "$command-laws" $(arguments "$command") "$LAWS")"
    read -r wall3 peak3 _ <<< "$(run "$command-x3" $(arguments "$command") "$LAWS3")"
    if [ -n "${BASELINE:-}" ]; then
        read -r bwall1 bpeak1 _ <<< "$(ZHILI="$BASELINE" run "$command-base-laws" $(arguments "$command") "$LAWS")"
        read -r bwall3 bpeak3 _ <<< "$(ZHILI="$BASELINE" run "$command-base-x3" $(arguments "$command") "$LAWS3")"
        echo "| $command (baseline) | $bwall1 | $((bpeak1 / 1024)) | $bwall3 | $((bpeak3 / 1024)) | $(awk -v a="$bpeak3" -v b="$bpeak1" 'BEGIN { printf "%.2f", a / b }') |"
    fi
    echo "| $command | $wall1 | $((peak1 / 1024)) | $wall3 | $((peak3 / 1024)) | $(awk -v a="$peak3" -v b="$peak1" 'BEGIN { printf "%.2f", a / b }') |"
done
echo
echo "## Wall time on the laws, --threads 1 vs --threads 2"
echo "| command | 1 thread: wall s | CPU s | peak MB | 2 threads: wall s | CPU s | peak MB | speed-up (wall) | same output |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for command in $COMMANDS; do
    read -r wall1 peak1 cpu1 <<< "$(run "$command-t1" $(arguments "$command") "$LAWS" --threads 1)"
    read -r wall2 peak2 cpu2 <<< "$(run "$command-t2" $(arguments "$command") "$LAWS" --threads 2)"
    same=$(cmp -s "$WORK/$command-t1.out" "$WORK/$command-t2.out" && echo yes || echo NO)
    echo "| $command | $wall1 | $cpu1 | $((peak1 / 1024)) | $wall2 | $cpu2 | $((peak2 / 1024)) | $(awk -v a="$wall1" -v b="$wall2" 'BEGIN { printf "%.2f×", a / b }') | $same |"
done
echo
echo "## Processor time by thread, --threads 2 on the laws"
echo "| command | main thread CPU s | worker threads CPU s | speed-up bound on 2 cores |"
echo "| --- | --- | --- | --- |"
for command in $COMMANDS; do
    read -r main others bound <<< "$(python3 Scripts/thread_cpu.py "$ZHILI" $(arguments "$command") "$LAWS" --threads 2)"
    echo "| $command | $main | $others | $bound× |"
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
