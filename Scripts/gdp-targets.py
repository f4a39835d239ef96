#!/usr/bin/env python3
"""The GDP-target question of issue 9 on the national work reports: for each report, the growth
target `zhili stats --indicator 地区生产总值 --role target --aspect change --period YEAR` finds for the
report's own year, against the target read by hand in the report (Scripts/gold/gdp-targets.tsv).

usage: zhili stats ../shared/corpus/reports/work-reports --indicator 地区生产总值 --role target \
           --aspect change --format jsonl | Scripts/gdp-targets.py Scripts/gold/gdp-targets.tsv [LEFT_OUT]

LEFT_OUT: years (2005,2017) whose reports were not given (held out): not scored.
"""
import json
import os
import re
import sys
from decimal import Decimal

gold = {}
for line in open(sys.argv[1], encoding="utf-8"):
    if line.startswith("#") or not line.strip():
        continue
    year, value, maximum, note = (line.rstrip("\n").split("\t") + [""] * 4)[:4]
    gold[year] = (None if value == "~" else Decimal(value), None if maximum in ("~", "") else Decimal(maximum), note)

found = {}
for line in sys.stdin:
    row = json.loads(line, parse_float=str, parse_int=str)
    match = re.match(r"(\d{4})年", os.path.basename(row["source"]))
    if match and row["period"] == match.group(1) and match.group(1) not in found:
        found[match.group(1)] = row

left_out = set(filter(None, (sys.argv[2] if len(sys.argv) > 2 else "").split(",")))
for year in left_out:
    gold.pop(year, None)

right = 0
for year in sorted(gold):
    value, maximum, note = gold[year]
    row = found.get(year)
    got = (Decimal(row["value"]), Decimal(row["max"]) if row["max"] is not None else None) if row else (None, None)
    ok = got == (value, maximum)
    right += ok
    shown = f"{row['text']} ({row['sentence'][:40]}…)" if row else "nothing"
    print(f"{year}\t{'right' if ok else 'WRONG'}\tgold {value}{'-' + str(maximum) if maximum else ''}\tfound {shown}\t{note}")
print(f"right for {right} of {len(gold)} reports" + (f" (left out: {', '.join(sorted(left_out))})" if left_out else ""))
