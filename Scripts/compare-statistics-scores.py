#!/usr/bin/env python3
"""Two runs of Scripts/score-statistics-unseen.sh side by side: one Markdown row per half, every field before → after.

usage: compare-statistics-scores.py BEFORE.txt AFTER.txt
(each file the standard output of `Scripts/score-statistics-unseen.sh BINARY HALF ...`, same halves in both; a field that
moved is in bold, a half whose every field is the same is written once.)
"""
import re
import sys

FIELDS = ["detection precision", "detection recall", "hard negatives reported as statistics", "value right", "max right",
          "unit right", "base_value right", "approx right", "indicator right", "aspect right", "direction right",
          "role right", "period right"]
SHORT = ["P", "R", "negatives", "value", "max", "unit", "base value", "approx", "indicator", "aspect", "direction", "role",
         "period"]


def read(path):
    halves, half = {}, None
    for line in open(path, encoding="utf-8"):
        if line.startswith("## "):
            half = line[3:].strip()
            halves[half] = {}
        elif half and line.startswith("| ") and not line.startswith("| measure") and not line.startswith("| ---"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            name = re.sub(r" \(of hits\)", "", cells[0])
            value = cells[1]
            if name == "hard negatives reported as statistics":
                value = re.sub(r"^[0-9.]+ \((\d+) of (\d+)\)$", r"\1 of \2", value)
            halves[half][name] = value
        elif half and line.startswith("gold statistics"):
            halves[half]["counts"] = line.strip()
    return halves


def main():
    before, after = read(sys.argv[1]), read(sys.argv[2])
    print("| half | " + " | ".join(SHORT) + " |")
    print("| --- |" + " --- |" * len(SHORT))
    for half in before:
        b, a = before[half], after.get(half, {})
        cells = []
        for field in FIELDS:
            old, new = b.get(field, "?"), a.get(field, "?")
            cells.append(old if old == new else f"{old} → **{new}**")
        print(f"| {half} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
