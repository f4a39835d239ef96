#!/usr/bin/env bash
# Segmentation benchmarks for BENCHMARKS.md (issues 2 and 12): word F1 on SIGHAN 2005 MSR — the whole
# file, and the development and held-out test halves of Scripts/msr-split.py (costs were tuned on the
# development half only) — and throughput on ~20 MB of ../shared/corpus/laws, for `zhili segment`
# (release build), a plain C loop over ICU's ubrk_next (the ceiling) and jieba, all in this one run.
#
# Usage: Scripts/bench-segmentation.sh [SHARED_DIR]   (default: ../shared beside the repository)
# jieba is Debian's python3-jieba (/usr/bin/python3), whose dict.txt is also zhili's default vocabulary;
# where that Python lacks it, jieba is installed into a throwaway virtualenv, /work/venv-jieba (override
# with JIEBA_VENV). Throughput: ROUNDS (default 3) interleaved runs of every command, the best time of
# each reported.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
shared=${1:-$root/../shared}
sighan=$shared/corpus/sighan2005
laws=$shared/corpus/laws
venv=${JIEBA_VENV:-/work/venv-jieba}
rounds=${ROUNDS:-3}
for path in "$sighan/msr_test.utf8" "$sighan/msr_test_gold.utf8" "$sighan/msr_training_words.utf8" "$laws"; do
    [[ -e $path ]] || { echo "missing: $path" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "building (release)..." >&2
(cd "$root" && swift build -c release --product zhili >&2)
zhili=$root/.build/release/zhili
cc -O2 -o "$work/icu-loop" "$root/Scripts/icu-word-break-loop.c" $(pkg-config --cflags --libs icu-i18n)
if /usr/bin/python3 -c 'import jieba' 2>/dev/null; then
    python=/usr/bin/python3
else
    [[ -x $venv/bin/python ]] || { python3 -m venv "$venv" && "$venv/bin/pip" install --quiet jieba >&2; }
    python=$venv/bin/python
fi
jieba=("$python" "$root/Scripts/jieba-segment.py")
python3 "$root/Scripts/msr-split.py" "$sighan/msr_test_gold.utf8" "$work/msr"

# ~20 MB of whole law files, in sorted path order.
python3 - "$laws" "$work/laws.txt" <<'PY'
import pathlib, sys
total = 0
with open(sys.argv[2], "wb") as out:
    for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.md")):
        data = path.read_bytes()
        out.write(data)
        total += len(data)
        if total >= 20_000_000:
            break
PY
bytes=$(stat -c %s "$work/laws.txt")

table() { # title, column...
    local title=$1; shift
    printf '\n### %s\n\n| %s |\n|' "$title" "$(IFS='|'; echo "$*" | sed 's/|/ | /g')"
    printf ' --- |%.0s' "$@"
    echo
}

table "Word F1 on SIGHAN 2005 MSR: whole file (msr_test.utf8 vs msr_test_gold.utf8), development half (lines 1–1993, tuned on), test half (lines 1994–3985, held out)" \
    segmenter "whole P" "whole R" "whole F1" "dev F1" "test F1 (held out)"
f1() { # gold, input, command...: the P R F1 of the command's output on input
    local gold=$1 input=$2; shift 2
    "$@" < "$input" > "$work/out" 2> "$work/err"
    python3 "$root/Scripts/sighan-score.py" "$gold" "$work/out"
}
score() { # name, command...
    local name=$1; shift
    read -r p r f _ _ < <(f1 "$sighan/msr_test_gold.utf8" "$sighan/msr_test.utf8" "$@")
    read -r _ _ dev _ _ < <(f1 "$work/msr/dev_gold.utf8" "$work/msr/dev.utf8" "$@")
    read -r _ _ test _ _ < <(f1 "$work/msr/test_gold.utf8" "$work/msr/test.utf8" "$@")
    echo "| $name | $p | $r | $f | $dev | $test |"
}
score "raw ICU (C loop over ubrk_next)" "$work/icu-loop"
score "jieba $("$python" -c 'import jieba; print(jieba.__version__)')" "${jieba[@]}"
score "zhili segment (default: jieba's dict.txt + ICU + built-in lexicon)" "$zhili" segment
score "zhili segment --no-vocabulary (ICU + built-in lexicon)" "$zhili" segment --no-vocabulary
score "zhili segment --no-vocabulary --no-builtin-lexicon (ICU + number and ordinal rules)" "$zhili" segment --no-vocabulary --no-builtin-lexicon
score "zhili segment --no-vocabulary --lexicon msr_training_words.utf8" "$zhili" segment --no-vocabulary --lexicon "$sighan/msr_training_words.utf8"
score "zhili segment --no-vocabulary --no-builtin-lexicon --lexicon msr_training_words.utf8" "$zhili" segment --no-vocabulary --no-builtin-lexicon --lexicon "$sighan/msr_training_words.utf8"

table "Throughput on $bytes bytes of laws/ (best of $rounds rounds; MB = 10^6 bytes)" \
    segmenter "wall s" "CPU s (user+sys)" "MB/s by wall" "MB/s by CPU"
names=(
    "C loop over ubrk_next, count only"
    "C loop over ubrk_next, printing (the ceiling)"
    "zhili segment --no-vocabulary --no-builtin-lexicon"
    "zhili segment --no-vocabulary (built-in lexicon)"
    "zhili segment (default: jieba's dict.txt + built-in lexicon)"
    "zhili segment --no-vocabulary --lexicon msr_training_words.utf8"
    "jieba (default mode)"
)
run() { # index: runs the command of names[index] once on the laws sample, appending "wall cpu" to its file
    local commands
    case $1 in
        0) commands=("$work/icu-loop" --count) ;;
        1) commands=("$work/icu-loop") ;;
        2) commands=("$zhili" segment --no-vocabulary --no-builtin-lexicon) ;;
        3) commands=("$zhili" segment --no-vocabulary) ;;
        4) commands=("$zhili" segment) ;;
        5) commands=("$zhili" segment --no-vocabulary --lexicon "$sighan/msr_training_words.utf8") ;;
        6) commands=("${jieba[@]}") ;;
    esac
    /usr/bin/time -f "%e %U %S" -o "$work/time" "${commands[@]}" < "$work/laws.txt" > /dev/null 2> "$work/err"
    awk '{ print $1, $2 + $3 }' "$work/time" >> "$work/times.$1"
}
# Rounds interleave the commands, so that load from other work on the machine falls on all of them;
# each command's best wall and best CPU time is reported.
for ((round = 0; round < rounds; round++)); do
    for index in "${!names[@]}"; do run "$index"; done
done
for index in "${!names[@]}"; do
    python3 - "${names[$index]}" "$bytes" "$work/times.$index" <<'PY'
import sys
name, size, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
times = [tuple(map(float, line.split())) for line in open(path)]
wall, cpu = min(t[0] for t in times), min(t[1] for t in times)
print(f"| {name} | {wall:.2f} | {cpu:.2f} | {size / 1e6 / wall:.2f} | {size / 1e6 / cpu:.2f} |")
PY
done
