#!/usr/bin/env python3
"""Measures in every genre (issue 10), two builds side by side on every spent half: per half the level-1 measures matched /
predicted / gold, precision and recall, role and category right, actors and deadline right where the gold states them
(right of stated, as score-measures.py counts them) and the deadlines given where the gold has none, before → after, and
the halves pooled (check6, the
validation pool, apart). Standard library only; the halves and their files are those of category-misses.py, the matching
that of score-measures.py (predictions counted for every file the gold covers, one with no measure by a coverage row).

usage: measures-before-after.py BEFORE_ZHILI AFTER_ZHILI   (SHARED=path overrides ../shared; EXCLUDE="1957 1981" leaves
       out the files whose names hold one of the words, and their gold rows — documents held out, which no tool may be run on)
"""
import importlib.util
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("category_misses", os.path.join(HERE, "category-misses.py"))
halves = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(halves)
scorer = halves.scorer


def score(zhili, half, excluded):
    """(matched, predicted, gold, role right, category right, actors right, actors stated, deadline right, deadline stated,
    deadlines given where the gold has none) of `zhili` on `half`."""
    gold = [g for g in scorer.load(os.path.join(halves.GOLD, f"{half}.jsonl")) if not any(w in g["file"] for w in excluded)]
    output = subprocess.run([zhili, "measures", "--format", "jsonl", *halves.paths(half, excluded)],
                            capture_output=True, text=True, check=True).stdout
    pairs, _, predicted = scorer.match(gold, [json.loads(line) for line in output.splitlines() if line.strip()])
    actors = [(g, p) for g, p in pairs if g["actors"] is not None]
    deadlines = [(g, p) for g, p in pairs if g["deadline"] is not None]
    return (len(pairs), sum(len(rows) for rows in predicted.values()), len(scorer.measures(gold)),
            sum(g["role"] == p.get("role") for g, p in pairs), sum(g["category"] == p.get("category") for g, p in pairs),
            sum(set(g["actors"]) == set(p.get("actors") or []) for g, p in actors), len(actors),
            sum(g["deadline"] == p.get("deadline") for g, p in deadlines), len(deadlines),
            sum(g["deadline"] is None and p.get("deadline") is not None for g, p in pairs))


def figures(s):
    matched, predicted, gold, role, category, actors, with_actors, deadline, with_deadline, unstated = s
    rate = lambda a, b: f"{a / b:.3f}" if b else "n/a"
    return (f"{matched} / {predicted} / {gold}", f"{rate(matched, predicted)} / {rate(matched, gold)}", rate(role, matched),
            rate(category, matched), f"{rate(actors, with_actors)} ({actors} of {with_actors})",
            f"{rate(deadline, with_deadline)} ({deadline} of {with_deadline})", str(unstated))


def main(before, after):
    excluded = os.environ.get("EXCLUDE", "").split()
    print("| half | matched / predicted / gold | P / R | role | category | actors | deadline | deadlines the gold has not |\n"
          "| --- | --- | --- | --- | --- | --- | --- | --- |")
    totals = {"before": [0] * 10, "after": [0] * 10}
    for half in halves.HALVES:
        b, a = score(before, half, excluded), score(after, half, excluded)
        if half != "check6":
            for name, s in (("before", b), ("after", a)):
                totals[name] = [x + y for x, y in zip(totals[name], s)]
        cells = [f"{x} → {y}" if x != y else f"{x} (same)" for x, y in zip(figures(b), figures(a))]
        print(f"| {half} | " + " | ".join(cells) + " |")
    cells = [f"{x} → {y}" for x, y in zip(figures(totals["before"]), figures(totals["after"]))]
    print("| spent halves pooled (not check6) | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(*sys.argv[1:3])
