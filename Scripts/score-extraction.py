#!/usr/bin/env python3
"""Precision and recall of `zhili stats|cites|measures` output against the gold annotations in
Scripts/gold/extraction/, per field. Standard library only.

usage: score-extraction.py KIND GOLD.jsonl OUTPUT.jsonl

A predicted record is matched to a gold record of the same file (base name) and document when they share
the key (statistics: `text`; citations: `text` and `article`; measures: `headline`), one to one in reading
order. Detection precision = matched / predicted, recall = matched / gold. For a field, a matched pair
counts when the field agrees; field precision = agreeing / predicted, field recall = agreeing / gold.
Only files that the gold annotates are scored.
"""
import json
import os
import sys
from decimal import Decimal, InvalidOperation

KEYS = {"stats": ["text"], "cites": ["text", "article"], "measures": ["headline"]}
FIELDS = {
    "stats": ["value", "max", "unit", "approx", "kind", "subject", "start", "end"],
    "cites": ["law", "article", "paragraph", "item", "kind"],
    "measures": ["ordinal", "category"],
}


def normal(value):
    """Numbers compare by value (118.06 == "118.06"); everything else as is."""
    if isinstance(value, bool) or value is None:
        return value
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return value


def main(kind, gold_path, output_path):
    gold = [json.loads(line) for line in open(gold_path, encoding="utf-8") if line.strip()]
    files = {row["file"] for row in gold}
    predicted = []
    for line in open(output_path, encoding="utf-8"):
        if not line.strip():
            continue
        row = json.loads(line, parse_float=str, parse_int=str)
        row["file"] = os.path.basename(row["source"])
        row["document_index"] = int(row["document_index"])
        # Measures are scored at level 1: the gold marks tasks, not their numbered sub-tasks.
        if kind == "measures" and int(row.get("level", 1)) > 1:
            continue
        if row["file"] in files:
            predicted.append(row)

    def key(row):
        return (row["file"], row["document_index"]) + tuple(str(normal(row[k])) for k in KEYS[kind])

    unmatched = {}
    for row in gold:
        unmatched.setdefault(key(row), []).append(row)
    pairs = []
    false_positives = []
    for row in predicted:
        bucket = unmatched.get(key(row))
        if bucket:
            pairs.append((bucket.pop(0), row))
        else:
            false_positives.append(row)
    misses = [row for rows in unmatched.values() for row in rows]

    def ratio(a, b):
        return f"{a / b:.3f}" if b else "n/a"

    print(f"{kind}: gold {len(gold)}, predicted {len(predicted)}, matched {len(pairs)}")
    print(f"| field | precision | recall |")
    print(f"| --- | --- | --- |")
    print(f"| detection ({' + '.join(KEYS[kind])}) | {ratio(len(pairs), len(predicted))} | {ratio(len(pairs), len(gold))} |")
    for field in FIELDS[kind]:
        agree = sum(1 for g, p in pairs if normal(g.get(field)) == normal(p.get(field)))
        print(f"| {field} | {ratio(agree, len(predicted))} | {ratio(agree, len(gold))} |")
    if os.environ.get("VERBOSE"):
        for row in false_positives:
            print("  extra:", row["file"], [row.get(k) for k in KEYS[kind]], file=sys.stderr)
        for row in misses:
            print("  missed:", row["file"], [row.get(k) for k in KEYS[kind]], file=sys.stderr)
        for g, p in pairs:
            wrong = [f"{f}: {p.get(f)!r} (gold {g.get(f)!r})" for f in FIELDS[kind] if normal(g.get(f)) != normal(p.get(f))]
            if wrong:
                print("  differs:", g["file"], [g.get(k) for k in KEYS[kind]], "; ".join(wrong), file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:4])
