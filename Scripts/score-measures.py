#!/usr/bin/env python3
"""Scores `zhili measures --format jsonl` against the hand-marked level-1 measures in
Scripts/gold/measures/{dev,test}.jsonl. Standard library only.

usage: score-measures.py GOLD.jsonl OUTPUT.jsonl [CODING2.jsonl]

Matching: a gold measure is named by an anchor, a phrase of its headline or lead sentence as written.
A predicted level-1 measure of the same file (base name) and document matches it when the anchor occurs
in the predicted headline or in the first 120 characters of its text (spaces removed); one to one, in
reading order. Precision = matched / predicted level-1 measures of the files the gold covers (a file with no measure is
covered by a coverage row, headline null, which is no gold measure); recall = matched / gold. For role and category every matched pair counts; for actors (as a set) and deadline only
pairs where the gold states them (not null). With CODING2 (a second, independent coding of the same
measures' categories), prints the agreement between the two codings and Cohen's kappa.
"""
import json
import os
import sys
from collections import Counter, defaultdict


def squeeze(text):
    return "".join((text or "").split())


def load(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def ratio(a, b):
    return f"{a / b:.3f}" if b else "n/a"


def measures(gold):
    """The gold's measures: its rows without the coverage rows (headline null) that name a file of the half with none."""
    return [row for row in gold if row["headline"] is not None]


def match(gold, rows):
    """The gold measures matched one to one with `rows` (records of `zhili measures --format jsonl`): the pairs,
    the gold measures missed, and the level-1 records of the gold's files (coverage rows included) by (file, document_index)."""
    files = {row["file"] for row in gold}
    predicted = defaultdict(list)
    for row in rows:
        row["file"] = os.path.basename(row["source"])
        if row["file"] in files and int(row.get("level", 1)) == 1:
            predicted[(row["file"], int(row["document_index"]))].append(row)
    pairs, misses = [], []
    used = set()
    for g in measures(gold):
        anchor = squeeze(g["headline"])
        found = None
        for p in predicted.get((g["file"], g["document_index"]), []):
            if id(p) in used:
                continue
            if anchor in squeeze(p["headline"]) or anchor in squeeze(p["text"])[:120]:
                found = p
                break
        if found is None:
            misses.append(g)
        else:
            used.add(id(found))
            pairs.append((g, found))
    return pairs, misses, predicted


def main(gold_path, output_path, second=None):
    rows = load(gold_path)
    gold = measures(rows)
    pairs, misses, predicted = match(rows, load(output_path))
    used = {id(p) for _, p in pairs}
    extras = [p for rows in predicted.values() for p in rows if id(p) not in used]

    def table(title, subset_gold, subset_pairs, subset_pred):
        print(f"\n{title}: gold {len(subset_gold)}, predicted {subset_pred}, matched {len(subset_pairs)}")
        print("| measure | precision | recall |\n| --- | --- | --- |")
        print(f"| level-1 task | {ratio(len(subset_pairs), subset_pred)} | {ratio(len(subset_pairs), len(subset_gold))} |")
        print("| field (matched pairs where the gold states it) | right | of |\n| --- | --- | --- |")
        for field in ["role", "category", "actors", "deadline"]:
            stated = [(g, p) for g, p in subset_pairs if field in ("role", "category") or g[field] is not None]
            if field == "actors":
                right = sum(1 for g, p in stated if set(g["actors"]) == set(p.get("actors") or []))
            else:
                right = sum(1 for g, p in stated if g[field] == p.get(field))
            print(f"| {field} | {ratio(right, len(stated))} | {len(stated)} |")

    table("all", gold, pairs, len(pairs) + len(extras))
    by_file = defaultdict(lambda: ([], [], 0))
    for g in rows:
        by_file[g["file"]]  # every covered file gets a row, one with no measure as gold 0
    for g in gold:
        by_file[g["file"]][0].append(g)
    for g, p in pairs:
        by_file[g["file"]][1].append((g, p))
    print("\n| file | gold | predicted | matched | precision | recall |\n| --- | --- | --- | --- | --- | --- |")
    for file, (fg, fp, _) in by_file.items():
        npred = sum(len(v) for k, v in predicted.items() if k[0] == file)
        print(f"| {file[:40]} | {len(fg)} | {npred} | {len(fp)} | {ratio(len(fp), npred)} | {ratio(len(fp), len(fg))} |")
    reports = [g for g in gold if g["file"][:4].isdigit() and "政府工作报告" in g["file"]]
    rpairs = [(g, p) for g, p in pairs if g in reports]
    rpred = sum(len(v) for k, v in predicted.items() if k[0] in {g["file"] for g in reports})
    table("national work reports", reports, rpairs, rpred)
    if second:
        other = {(r["file"], r["document_index"], r["headline"]): r["category"] for r in load(second)}
        both = [(g["category"], other[(g["file"], g["document_index"], g["headline"])]) for g in gold
                if (g["file"], g["document_index"], g["headline"]) in other]
        agree = sum(1 for a, b in both if a == b)
        n = len(both)
        first, later = Counter(a for a, _ in both), Counter(b for _, b in both)
        chance = sum(first[c] * later[c] for c in set(first) | set(later)) / (n * n) if n else 0
        kappa = (agree / n - chance) / (1 - chance) if n and chance < 1 else float("nan")
        print(f"\ncategory coding agreement: {agree}/{n} = {ratio(agree, n)}, Cohen's kappa {kappa:.3f}")
    if os.environ.get("VERBOSE"):
        for g in misses:
            print("  missed:", g["file"][:30], g["document_index"], g["headline"], file=sys.stderr)
        for p in extras:
            print("  extra:", p["file"][:30], p["document_index"], p["headline"][:40], file=sys.stderr)
        for g, p in pairs:
            wrong = [f"{f}: {p.get(f)!r} (gold {g[f]!r})" for f in ["role", "category", "deadline"]
                     if g[f] is not None and g[f] != p.get(f)]
            if g["actors"] is not None and set(g["actors"]) != set(p.get("actors") or []):
                wrong.append(f"actors: {p.get('actors')} (gold {g['actors']})")
            if wrong:
                print("  differs:", g["file"][:30], g["headline"], "; ".join(wrong), file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:4])
