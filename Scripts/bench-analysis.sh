#!/usr/bin/env bash
# Text-analysis benchmarks for BENCHMARKS.md (issue 12), release build, one run: `zhili terms` and
# `zhili trend` over all of ../shared/corpus/reports (work reports and congress reports), with a jieba +
# collections.Counter script as the peer; `zhili kwic` for a term with more than 10,000 occurrences (人),
# for 发展 and for a rare term from an index, from the files, and ripgrep printing the same concordance lines.
# KWIC_ONLY=1 runs the kwic part alone; BASELINE=path/to/zhili adds that build's kwic from its own index
# of the same folders (so that a build of another index format compares); ZHILI=path/to/zhili
# skips building this checkout (a release build made elsewhere).
#
# Usage: Scripts/bench-analysis.sh [SHARED_DIR]   (default: ../shared beside the repository)
# Needs Debian's python3-jieba (/usr/bin/python3 imports jieba) and ripgrep (rg).
# Each command runs ROUNDS times (default 5; kwic 20 times); the best wall and best CPU time (user + sys
# of the child) are reported. The commands read and analyse files on all cores (--threads); the rows
# with --threads 1 are the same work on one. On a shared machine, `chrt -f 50 bash Scripts/bench-analysis.sh`
# (root; real-time priority, inherited by every command it times) gives wall times close to an idle one's.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-$root/../shared}
reports=$shared/corpus/reports
rounds=${ROUNDS:-5}
folders=("$reports/work-reports" "$reports/congress-reports")
for path in "${folders[@]}"; do [[ -d $path ]] || { echo "missing: $path" >&2; exit 1; }; done
/usr/bin/python3 -c 'import jieba' || { echo "python3-jieba is not installed" >&2; exit 1; }
command -v rg >/dev/null || { echo "ripgrep is not installed" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
zhili=${ZHILI:-}
if [[ -z $zhili ]]; then
    echo "building (release)..." >&2
    (cd "$root" && swift build -c release --product zhili >&2)
    zhili=$root/.build/release/zhili
fi
bytes=$(find "${folders[@]}" -name '*.txt' -print0 | xargs -0 cat | wc -c)

# time.py ROUNDS BYTES NAME -- COMMAND...: runs COMMAND (stdout to $work/out) ROUNDS times, prints a row.
cat > "$work/time.py" <<'PY'
import os, resource, subprocess, sys, time
rounds, size, name = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
command = sys.argv[5:]
walls, cpus = [], []
for _ in range(rounds):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(os.environ["OUT"], "wb") as out:
        subprocess.run(command, stdout=out, stderr=subprocess.DEVNULL, check=False)
    walls.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
wall, cpu = min(walls), min(cpus)
lines = sum(1 for _ in open(os.environ["OUT"], "rb"))
if size:
    print(f"| {name} | {wall:.3f} | {cpu:.3f} | {size / 1e6 / wall:.2f} | {size / 1e6 / cpu:.2f} | {lines} |")
else:
    print(f"| {name} | {wall * 1000:.1f} | {cpu * 1000:.1f} | {lines} |")
PY
export OUT=$work/out
timed() { python3 "$work/time.py" "$@"; }

if [[ -z ${KWIC_ONLY:-} ]]; then
    printf '\n### terms and trend over %s bytes of reports/ (%s files; best of %s; MB = 10^6 bytes)\n\n' \
        "$bytes" "$(find "${folders[@]}" -name '*.txt' | wc -l)" "$rounds"
    echo "| command | wall s | CPU s | MB/s by wall | MB/s by CPU | output lines |"
    echo "| --- | --- | --- | --- | --- | --- |"
    timed "$rounds" "$bytes" "zhili terms --by year (jieba's dict.txt + ICU + lexicon)" -- "$zhili" terms "${folders[@]}" --by year --format jsonl
    timed "$rounds" "$bytes" "zhili terms --by year --threads 1 (one core)" -- "$zhili" terms "${folders[@]}" --by year --threads 1 --format jsonl
    timed "$rounds" "$bytes" "zhili terms --by year --no-vocabulary (ICU + lexicon)" -- "$zhili" terms "${folders[@]}" --by year --no-vocabulary --format jsonl
    timed "$rounds" "$bytes" "zhili terms --by year --keywords" -- "$zhili" terms "${folders[@]}" --by year --keywords --format jsonl
    timed "$rounds" "$bytes" "zhili trend 改革 发展 创新 --by year" -- "$zhili" trend 改革 发展 创新 "${folders[@]}" --by year --format jsonl
    timed "$rounds" "$bytes" "zhili trend 改革 发展 创新 --by year --threads 1" -- "$zhili" trend 改革 发展 创新 "${folders[@]}" --by year --threads 1 --format jsonl
    timed "$rounds" "$bytes" "zhili cooccur --window sentence" -- "$zhili" cooccur "${folders[@]}" --format csv
    timed "$rounds" "$bytes" "peer: jieba + Counter, top 50 per year (Scripts/bench_terms_jieba.py)" -- /usr/bin/python3 "$root/Scripts/bench_terms_jieba.py" "${folders[@]}"
    timed 3 0 "startup: zhili segment < /dev/null (reading jieba's dict.txt)" -- "$zhili" segment < /dev/null

fi

"$zhili" index "${folders[@]}" --index "$work/index" > /dev/null 2>&1
if [[ -n ${BASELINE:-} ]]; then "$BASELINE" index "${folders[@]}" --index "$work/base-index" > /dev/null 2>&1; fi
# 人 has more than 10,000 occurrences in reports/ (issue 12's target); 发展 (about 8,300) for continuity
# with the runs before; 计划生育 (about 100) shows the floor every run pays (start-up, opening the index).
for query in 人 发展 计划生育; do
    printf '\n### kwic %s: %s lines from an index, from the files, and ripgrep (best of 20)\n\n' "$query" \
        "$("$zhili" kwic "$query" --index "$work/index" --format jsonl | wc -l)"
    if [[ -n ${BASELINE:-} ]]; then
        cmp -s <("$zhili" kwic "$query" --index "$work/index" --format jsonl) <("$BASELINE" kwic "$query" --index "$work/base-index" --format jsonl) \
            && echo "Output identical to BASELINE's from its own index." || echo "Output DIFFERS from BASELINE's."
        echo
    fi
    echo "| command | wall ms | CPU ms | output lines |"
    echo "| --- | --- | --- | --- |"
    timed 20 0 "zhili kwic $query --index DIR --format jsonl" -- "$zhili" kwic "$query" --index "$work/index" --format jsonl
    timed 20 0 "zhili kwic $query --index DIR --format jsonl --threads 1" -- "$zhili" kwic "$query" --index "$work/index" --format jsonl --threads 1
    timed 20 0 "zhili kwic $query --index DIR --format table (aligned)" -- "$zhili" kwic "$query" --index "$work/index" --format table
    if [[ -n ${BASELINE:-} ]]; then
        timed 20 0 "before: BASELINE kwic $query --index DIR --format jsonl" -- "$BASELINE" kwic "$query" --index "$work/base-index" --format jsonl
    fi
    timed 5 0 "zhili kwic $query FILES --format jsonl (reading the files)" -- "$zhili" kwic "$query" "${folders[@]}" --format jsonl
    timed 20 0 "peer: rg -o '.{0,20}$query.{0,20}' (no folding: misses traditional forms)" -- rg -o --no-filename ".{0,20}$query.{0,20}" "${folders[@]}"
done
