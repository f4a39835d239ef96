#!/usr/bin/env bash
# Statistics (issue 9): the names (`indicator`) two builds give over a folder, record by record — how many changed, of
# which kind (none → name, name → name, name → none), by the name's ending where it is a rule's (…期限), and a random
# sample of SAMPLE changed records (default 30) to read by hand. Other fields that changed are counted too.
# usage: HELD_OUT=REGEX Scripts/statistics-names-changed.sh BEFORE AFTER FOLDER   (HELD_OUT: file names left out, as
#        Scripts/score-statistics-unseen.sh reads it; SEED fixes the sample, default 21)
set -euo pipefail
BEFORE=${1:?usage: Scripts/statistics-names-changed.sh BEFORE AFTER FOLDER}
AFTER=${2:?usage: Scripts/statistics-names-changed.sh BEFORE AFTER FOLDER}
FOLDER=${3:?usage: Scripts/statistics-names-changed.sh BEFORE AFTER FOLDER}
HELD_OUT=${HELD_OUT:-'^$'}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
find "$FOLDER" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' \) | grep -Ev "$HELD_OUT" | sort > "$OUT/files"
echo "files: $(wc -l < "$OUT/files") (held out: $(find "$FOLDER" -type f | grep -Ec "$HELD_OUT" || true))"
xargs -a "$OUT/files" -d '\n' "$BEFORE" stats --format jsonl > "$OUT/before.jsonl" 2>/dev/null || true
xargs -a "$OUT/files" -d '\n' "$AFTER" stats --format jsonl > "$OUT/after.jsonl" 2>/dev/null || true
python3 - "$OUT/before.jsonl" "$OUT/after.jsonl" "${SAMPLE:-30}" "${SEED:-21}" <<'PY'
import json, random, sys
from collections import Counter
before = [json.loads(line) for line in open(sys.argv[1])]
after = [json.loads(line) for line in open(sys.argv[2])]
print(f"records: {len(before)} before, {len(after)} after")
if len(before) != len(after):
    sys.exit("the builds found different figures: compare by hand")
changed, kinds, endings, fields = [], Counter(), Counter(), Counter()
for old, new in zip(before, after):
    for field in ("value", "unit", "aspect", "role", "period"):
        if old.get(field) != new.get(field):
            fields[field] += 1
    if old.get("indicator") == new.get("indicator"):
        continue
    changed.append((old, new))
    kinds["none → name" if old.get("indicator") is None else "name → none" if new.get("indicator") is None else "name → name"] += 1
    name = new.get("indicator") or ""
    endings["…期限 (a time limit)" if name.endswith("期限") else "…放假天数 (a holiday)" if name.endswith("放假天数") else "other"] += 1
print(f"indicators changed: {len(changed)} ({', '.join(f'{k} {v}' for k, v in kinds.items())})")
print(f"by the new name: {', '.join(f'{k} {v}' for k, v in endings.items())}")
print(f"other fields changed: {dict(fields) or 'none'}")
random.seed(int(sys.argv[4]))
for old, new in random.sample(changed, min(int(sys.argv[3]), len(changed))):
    print(f"- {old['document'][:28]} | {old['text']} | {old.get('indicator')} → {new.get('indicator')} | {old['sentence'][:80]}")
PY
