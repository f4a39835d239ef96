#!/usr/bin/env bash
# Where a slow query's time goes on the shipped command line (BENCHMARKS.md, issue 11, fifteenth session):
# each query of QUERIES (one a line) run as `zhili search QUERY --index INDEX --json` under callgrind, the
# instructions of `IndexReader.search` alone (opening the index and printing left out), with the inclusive
# share of its parts: the phrase scan, the count-only phrase check and the scoring one, reading positions,
# aligning the other parts' cursors, decoding postings blocks, the store and snippets. Instruction counts
# do not depend on the machine's load. valgrind cannot read the debug information of a Swift release
# binary: a copy without it (`objcopy --strip-debug`, symbols kept) is profiled. ZHILI (a release binary),
# INDEX, QUERIES, OUT, ARGS (more options of `zhili search`, e.g. `--kind citation`); the table goes to
# $OUT/table.md and is printed.
set -euo pipefail
: "${ZHILI:?a zhili release binary}" "${INDEX:?an index}" "${QUERIES:?a file of queries}"
OUT=${OUT:-/tmp/zhili-search-cli-cost}
mkdir -p "$OUT"
objcopy --strip-debug "$ZHILI" "$OUT/zhili"
SEARCH='$s11SearchIndex0B6ReaderC6search_7optionsAA0A7ResultsVAA5QueryO_AA0A7OptionsVtAA0B5ErrorOYKF'
number=0
while IFS= read -r query; do
    number=$((number + 1))
    valgrind --tool=callgrind --callgrind-out-file="$OUT/cg.$number.out" --toggle-collect="$SEARCH" \
        "$OUT/zhili" search "$query" --index "$INDEX" --json ${ARGS:-} > "$OUT/answer.$number.json" 2> /dev/null
done < "$QUERIES"
python3 - "$OUT" "$QUERIES" <<'PY' | tee "$OUT/table.md"
import re, subprocess, sys
out, queries = sys.argv[1], [line.rstrip("\n") for line in open(sys.argv[2], encoding="utf-8")]
parts = [("phrase scan", r"PhraseMatcherV12forEachMatch"), ("count-only check", r"PhraseMatcherV12phraseOccurs"),
         ("scoring check", r"PhraseMatcherV12phraseStarts"), ("positions read", r"PostingsCursorV9positions11intoStartOf"),
         ("aligning the other parts", r"PhraseMatcherV5align"), ("block decoding", r"PostingsCursorV4load"),
         ("store", r"TextStoreV5entry"), ("snippet", r"SnippetV4text")]
print("| query | M instructions | " + " | ".join(name for name, _ in parts) + " |")
print("| --- | ---: | " + " | ".join("---:" for _ in parts) + " |")
for number, query in enumerate(queries, 1):
    report = subprocess.run(["callgrind_annotate", "--inclusive=yes", "--threshold=100", f"{out}/cg.{number}.out"],
                            capture_output=True, text=True).stdout
    total, found = None, {}
    for line in report.splitlines():
        match = re.match(r"\s*([\d,]+) \(\s*[\d.]+%\)\s+(.*)", line)
        if not match:
            continue
        count, name = int(match.group(1).replace(",", "")), match.group(2)
        if "PROGRAM TOTALS" in name:
            total = count
        for label, pattern in parts:
            if label not in found and re.search(pattern, name):
                found[label] = count
    if total:
        print(f"| {query} | {total / 1e6:.1f} | " + " | ".join(f"{100 * found.get(label, 0) / total:.0f}%" for label, _ in parts) + " |")
PY
