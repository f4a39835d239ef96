#!/usr/bin/env bash
# Issue 11's size table, structure by structure (BENCHMARKS.md, twenty-third session): a zhili index's
# files beside tantivy's bigram indexes of the same units (the sections alone, as `bench-search.sh` builds
# it; every unit with its section path; the sections with the bigram text stored), and zhili's postings
# and positions by unit kind and term class (Scripts/size-by-structure.py). Usage:
#   size-table.sh ZHILI INDEX OUT   — indexes laws + reports + state-council-2019 + seeds into INDEX with
#   ZHILI unless INDEX exists, exports its units, builds the tantivy folders in OUT and prints the tables.
set -euo pipefail
cd "$(dirname "$0")/.."
ZHILI=$1 INDEX=$2 OUT=$3
SHARED=${SHARED:-../shared/corpus}
SEEDS=${SEEDS:-../shared/seeds}
PY=${VENV:-/work/venv-index}/bin/python
ROOTS=("$SHARED/laws" "$SHARED/reports" "$SHARED/state-council-2019" "$SEEDS")
mkdir -p "$OUT"
[[ -d "$INDEX" ]] || "$ZHILI" index "${ROOTS[@]}" --index "$INDEX" >&2
raw=$(find "${ROOTS[@]}" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' -o -name '*.htm' \) -print0 | xargs -0 cat | wc -c)
"$ZHILI" bench-queries --index "$INDEX" --export-units "$OUT/units.jsonl" >&2
rm -rf "$OUT/tantivy" "$OUT/tantivy-all" "$OUT/tantivy-stored"
"$PY" - "$OUT/units.jsonl" "$OUT" <<'PY'
import json, os, sys
sys.path.insert(0, "Scripts")
from bench_index_peers import bigrams, tantivy_build
units_path, out = sys.argv[1:]
every = [json.loads(line) for line in open(units_path, encoding="utf-8")]
sections = [bigrams(u["text"]) for u in every if u["kind"] == "section"]
tantivy_build("tantivy-bigrams", sections, os.path.join(out, "tantivy"))
tantivy_build("tantivy-bigrams-all", [bigrams(u["section"] + "\n" + u["text"]) for u in every], os.path.join(out, "tantivy-all"))
tantivy_build("tantivy-bigrams-stored", sections, os.path.join(out, "tantivy-stored"), stored=True)
PY
python3 Scripts/size-by-structure.py "$INDEX" "$raw" "$OUT/tantivy" "$OUT/tantivy-all" "$OUT/tantivy-stored" | tee "$OUT/size-table.txt"
