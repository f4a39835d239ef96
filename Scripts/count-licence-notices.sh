#!/usr/bin/env bash
# What a site's licence notice left in the text adds to the aggregate output on the reports: two builds
# of zhili (BEFORE and AFTER, release binaries) run `stats`, `measures`, `cites` and `terms` over
# ../shared/corpus/reports, and the script prints, for each, the records in all and those that carry the
# notice's wording (Wikisource's 本作品…公有领域 under every page). Aggregates only: no document's
# output is printed (the held-out documents are among the reports).
#
# Usage: Scripts/count-licence-notices.sh BEFORE AFTER [CORPUS]   (default ../shared/corpus/reports)
set -euo pipefail
cd "$(dirname "$0")/.."
before="$1"
after="$2"
corpus="${3:-../shared/corpus/reports}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for name in before after; do
    zhili=${!name}
    for command in stats measures cites; do
        "$zhili" "$command" "$corpus" --format jsonl > "$work/$name-$command.jsonl" 2> /dev/null
    done
    "$zhili" terms "$corpus" --top 0 --format jsonl > "$work/$name-terms.jsonl" 2> /dev/null
done

python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
wording = ("公有领域", "公有領域", "Public domain", "维基文库", "本作品", "这部作品")
print("| output | before | after |")
print("| --- | --- | --- |")
for command in ("stats", "measures", "cites"):
    figures = []
    for name in ("before", "after"):
        records = [json.loads(line) for line in open(f"{work}/{name}-{command}.jsonl", encoding="utf-8")]
        noticed = sum(any(w in json.dumps(r, ensure_ascii=False) for w in wording) for r in records)
        copyright_law = sum(r.get("law") == "著作权法" for r in records) if command == "cites" else None
        figures.append((len(records), noticed, copyright_law))
    print(f"| `{command}` records | {figures[0][0]:,} | {figures[1][0]:,} |")
    print(f"| `{command}` records holding the notice's wording | {figures[0][1]:,} | {figures[1][1]:,} |")
    if command == "cites":
        print(f"| `cites` of 著作权法 | {figures[0][2]:,} | {figures[1][2]:,} |")
for name in ("before", "after"):
    globals()[name] = {r["term"]: r for r in map(json.loads, open(f"{work}/{name}-terms.jsonl", encoding="utf-8"))}
print(f"| `terms` (--by all --top 0) terms | {len(before):,} | {len(after):,} |")
for term in ("作品", "公有领域", "public", "domain", "false", "社群", "文库", "著作权法"):
    counts = [f"{table[term]['count']} in {table[term]['documents']} documents" if term in table else "—" for table in (before, after)]
    print(f"| `terms` {term} | {counts[0]} | {counts[1]} |")
PY
