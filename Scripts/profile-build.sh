#!/usr/bin/env bash
# Where a build's processor time goes (BENCHMARKS.md, issue 14, eighth session): `perf record -g` of
# `zhili index` on the laws (THREADS, default 1), then each sample charged to the first frame, from the
# leaf up, that belongs to one of the build's parts (zstd inside libzstd; extraction; duplicate
# signatures and grouping; inversion; the segment's writing; analysis; ingestion …), printed as shares.
# Frame pointers do not cross libzstd: `CALLGRAPH=dwarf` unwinds through it (slower, bigger), and
# `OWNER=1` then charges zstd's samples to the store, term dictionary or unit table that called it.
# Run it in a scheduling group of its own: `setsid bash -c 'echo -20 > /proc/self/autogroup; exec bash
# Scripts/profile-build.sh'`. ZHILI=release binary (default .build/release/zhili), OUT=folder.
set -euo pipefail
cd "$(dirname "$0")/.."
ZHILI=${ZHILI:-.build/release/zhili}
LAWS=${LAWS:-../shared/corpus/laws}
OUT=${OUT:-/tmp/zhili-profile-build}
THREADS=${THREADS:-1}
rm -rf "$OUT" && mkdir -p "$OUT"
if [[ "${CALLGRAPH:-fp}" == dwarf ]]; then graph=(-F 149 --call-graph dwarf,16384); else graph=(-F 499 -g); fi
perf record "${graph[@]}" -o "$OUT/perf.data" "$ZHILI" index "$LAWS" --index "$OUT/index" --threads "$THREADS" 2>&1 | tail -3
perf script -i "$OUT/perf.data" -F comm,tid,ip,sym,dso 2>/dev/null > "$OUT/stacks.txt"
python3 - "$OUT/stacks.txt" "${OWNER:-0}" <<'PY'
import collections, sys
parts = [
    ("zstd", lambda f: "libzstd" in f),
    ("zlib", lambda f: "libz.so" in f),
    ("store: entries and blocks", lambda f: "TextStore" in f),
    ("term dictionary", lambda f: "TermDictionary" in f),
    ("unit table", lambda f: "UnitTable" in f),
    ("near-duplicate grouping (commit)", lambda f: "DuplicateGrouper" in f or "DuplicatePair" in f or "NearDuplicateDetector" in f),
    ("near-duplicate signatures", lambda f: "DuplicateSignature" in f or "13Deduplication" in f),
    ("extraction: statistics", lambda f: "10Extraction" in f and "Statistic" in f),
    ("extraction: citations", lambda f: "10Extraction" in f and "Citation" in f),
    ("extraction: measures", lambda f: "10Extraction" in f and ("Measure" in f or "PolicyCoder" in f or "ReportTask" in f)),
    ("extraction: other (sentences, subjects, numbers)", lambda f: "10Extraction" in f or "17IndexedExtraction" in f),
    ("postings and positions written", lambda f: "PostingsWriter" in f or "BlockCodec" in f or "BlockImpacts" in f or ("SegmentBuilder" in f and "write" in f)),
    ("inversion (runs per file, appended to the segment)", lambda f: any(k in f for k in ("PostingsRun", "PostingsAccumulator", "ShortTermTable", "PostingsArena", "SegmentBuilder"))),
    ("analysis into bigrams", lambda f: "8Analyzer" in f or "SourceAnalyser" in f),
    ("folding (NFKC, traditional to simplified)", lambda f: "17TextNormalization" in f),
    ("ingestion: headings, paragraphs, sections", lambda f: "9Ingestion" in f and any(k in f for k in ("Heading", "SectionBuilder", "ParagraphJoiner", "DocumentParser", "CompilationSplitter"))),
    ("ingestion: reading, decoding, cleaning", lambda f: "9Ingestion" in f and "OrderedParallelMap" not in f and "BackgroundTask" not in f),
]
owners = ("TextStore", "TermDictionary", "UnitTable")
shares, zstd_owner, total, frames = collections.Counter(), collections.Counter(), 0, []
def charge():
    global total
    if not frames: return
    total += 1
    part = next((name for frame in frames for name, test in parts if test(frame)), "other (allocation, retain/release, kernel)")
    shares[part] += 1
    if part == "zstd":
        zstd_owner[next((o for frame in frames for o in owners if o in frame), "?")] += 1
for line in open(sys.argv[1], errors="replace"):
    if not line.strip():
        charge(); frames = []
    elif line[0] in "\t ":
        frames.append(line.strip())
charge()
for name, count in shares.most_common():
    print(f"{100 * count / total:6.2f}%  {name}")
if sys.argv[2] == "1":
    for name, count in zstd_owner.most_common():
        print(f"  zstd called by {name}: {100 * count / total:.2f}%")
print(f"{total} samples")
PY
