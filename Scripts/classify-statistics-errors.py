#!/usr/bin/env python3
"""Classify the indicator, role and period errors `score-statistics.py` lists with VERBOSE=1, by kind, and print the counts.

usage: VERBOSE=1 Scripts/score-statistics-unseen.sh ZHILI HALF 2>&1 >/dev/null | python3 Scripts/classify-statistics-errors.py [--rows]

Only counts are printed (so a validation pool such as check6 can be classified in aggregate); `--rows` adds each row under
its class (spent halves only). The classes are read from the strings alone, so they are mechanical:
- indicator: `no name` (none given), `cut too short` (the gold name holds the given one), `debris before` / `debris after`
  / `debris both sides` (the given name holds the gold one and more), `boilerplate kept` (the difference is 全市/全年/累计 …),
  `other name` (neither holds the other: the wrong clause's subject, a synonym not folded, a constructed gold name);
- role: given → gold (`target → actual` …);
- period: `none given`, `given where gold has none`, `span for a year` / `year for a span`, `off by a year or more`.
"""
import re
import sys
from collections import Counter, defaultdict

BOILERPLATE = ("全国", "全省", "全市", "全区", "全县", "全年", "全社会", "累计", "其中")
FIELD = re.compile(r"(\w+): (None|'(?:[^'\\]|\\.)*'|Decimal\('[^']*'\)|True|False) \(gold (None|'(?:[^'\\]|\\.)*'|Decimal\('[^']*'\)|True|False)\)")


def value(text):
    return None if text == "None" else text.strip("'")


def indicator_class(given, gold):
    if given is None:
        return "no name"
    if gold is None:
        return "name where gold has none"
    if given in gold:
        return "cut too short"
    if gold in given:
        extra = given.replace(gold, "", 1)
        if extra in BOILERPLATE:
            return "boilerplate kept"
        if given.endswith(gold):
            return "debris before"
        if given.startswith(gold):
            return "debris after"
        return "debris both sides"
    return "other name"


def years(period):
    return [int(y) for y in re.findall(r"\d{4}", period)]


def period_class(given, gold):
    if given is None:
        return "none given"
    if gold is None:
        return "given where gold has none"
    if "-" in given and "-" not in gold:
        return "span for a year"
    if "-" in gold and "-" not in given:
        return "year for a span"
    return "off by a year or more"


def main():
    show = "--rows" in sys.argv
    counts = {"indicator": Counter(), "role": Counter(), "period": Counter()}
    rows = defaultdict(list)
    for line in sys.stdin:
        line = line.strip()
        if not line.startswith("differs "):
            continue
        _, document, rest = line.split(" ", 2)
        text, _, fields = rest.partition(": ")
        for field, given, gold in FIELD.findall(fields):
            given, gold = value(given), value(gold)
            if field == "indicator":
                kind = indicator_class(given, gold)
            elif field == "role":
                kind = f"{given} → {gold}"
            elif field == "period":
                kind = period_class(given, gold)
            else:
                continue
            counts[field][kind] += 1
            rows[(field, kind)].append(f"{document} {text}: {given!r} (gold {gold!r})")
    for field, counter in counts.items():
        print(f"{field} errors: {sum(counter.values())}")
        for kind, count in counter.most_common():
            print(f"  {kind}: {count}")
            if show:
                for row in rows[(field, kind)]:
                    print(f"      {row}")


if __name__ == "__main__":
    main()
