#!/usr/bin/env python3
"""Scores `zhili stats` on unseen text (issue 9) against the hand-marked excerpts of
Scripts/gold/statistics-unseen/{dev,test}/*.tsv (format in its README). Standard library only.

usage: score-statistics.py GOLD_DIR INSPECT.json STATS.jsonl

INSPECT.json is `zhili inspect --json` of the gold's source files (for the text of the excerpts),
STATS.jsonl is `zhili stats --format jsonl` of the same files. Only records whose figure stands inside
an excerpt are scored; `kind: period` records (spans between dates) are outside the evaluation.

A predicted figure is matched to the first unmatched gold entry of its document, in reading order,
whose text overlaps it (one contains the other, spaces removed, NFKC-folded: a figure read in part, 1万 of 1万6千多户,
is that entry read wrong; but an entry's number inside a longer number of the figure is another number, the negative 2
of a formula's /2 is not in 26个), or to an entry written exactly as the figure within five entries after that one. Matching a gold statistic
is a hit; matching a hard negative counts as a negative reported; matching nothing is a false positive.
Detection precision = hits / predicted, recall = hits / gold statistics. Field accuracy is over the hits.
`VERBOSE=1` lists misses, false positives, negatives reported and differing fields on standard error.
"""
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

FIELDS = ["value", "max", "unit", "base_value", "base_unit", "approx", "indicator", "aspect", "direction", "role", "period"]
COLUMNS = ["text", "value", "max", "unit", "approx", "indicator", "aspect", "direction", "role", "period"]
# Multipliers written before a unit word (996亿元 is 996 × 10^8 元); 千 only in 千元 (千克, 千瓦 are units).
MULTIPLIERS = [("万亿", 12), ("千亿", 11), ("百亿", 10), ("亿", 8), ("千万", 7), ("百万", 6), ("十万", 5), ("万", 4)]
# Traditional forms of the characters units are written with, folded for the base unit (the gold's units are as written).
TRADITIONAL_UNITS = str.maketrans("萬億噸項臺種畝輛個戶條間張隻塊頭場歲雙鬥擔",
                                  "万亿吨项台种亩辆个户条间张只块头场岁双斗担")
BOILERPLATE = re.compile(r"^(全国|全省|全市|全区|全县|全镇|全年|全社会|累计|其中)+")
GDP = {"国内生产总值", "地区生产总值", "全市生产总值", "全省地区生产总值", "生产总值", "GDP", "经济", "经济增长",
       "经济增长速度", "经济增速", "国民经济"}


def fold(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)) if text is not None else None


NUMERAL = set("0123456789.〇零一二三四五六七八九十两百千万亿壹贰叁肆伍陆柒捌玖拾佰仟萬億兩點点")


def overlaps(figure, entry):
    """Whether a predicted figure and a gold entry overlap: the figure inside the entry, or the entry inside the figure
    where it stands as a whole number (2 is in 2个, not in 26个 or 12)."""
    if figure in entry:
        return True
    start = figure.find(entry)
    while start >= 0:
        end = start + len(entry)
        if not (start > 0 and figure[start - 1] in NUMERAL and entry[0] in NUMERAL) \
                and not (end < len(figure) and figure[end] in NUMERAL and entry[-1] in NUMERAL):
            return True
        start = figure.find(entry, start + 1)
    return False


def fold_indicator(text):
    if text is None:
        return None
    text = BOILERPLATE.sub("", fold(text))
    # 居民消费价格总水平 is 居民消费价格 on both sides, as the contract's folding has it (IndicatorName.fold): the
    # gold names the index as each report words it.
    if text.endswith("总水平") and "价" in text and len(text) > 4:
        text = text[: -len("总水平")]
    return "地区生产总值" if text in GDP else text


def number(text):
    if text is None or text == "~":
        return None
    return Decimal(str(text))


def base(value, unit):
    """The gold base value and unit, from the written value and unit."""
    if value is None:
        return None, None
    if unit == "成":
        return value * 10, "%"
    if unit in (None, "%", "‰", "百分点"):
        return value, unit
    if unit == "千元":
        return value * 1000, "元"
    # A text in traditional characters writes its units so (八千一百九十九萬噸 is 8199 萬噸): the base unit is the unit
    # of a column across documents, in simplified characters as `zhili stats` folds it (吨, 项), the multipliers 萬 and
    # 億 among them (三萬人 is 30000 人).
    unit = unit.translate(TRADITIONAL_UNITS)
    for prefix, exponent in MULTIPLIERS:
        if unit.startswith(prefix) and len(unit) > len(prefix):
            return value * Decimal(10) ** exponent, unit[len(prefix):]
    return value, unit


def read_gold(path):
    meta = {"excerpts": []}
    entries = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# file:"):
            meta["file"] = line.split(":", 1)[1].strip()
        elif line.startswith("# excerpt:"):
            start, end = line.split(":", 1)[1].split("⟶")
            meta["excerpts"].append((fold(start), fold(end)))
        elif line.startswith("text\t") or not line.strip():
            continue
        elif line.startswith("-\t"):
            entries.append({"negative": True, "text": fold(line.split("\t", 1)[1])})
        else:
            row = dict(zip(COLUMNS, line.split("\t")))
            row = {k: (None if v == "~" else v) for k, v in row.items()}
            row["text"] = fold(row["text"])
            row["value"], row["max"] = number(row["value"]), number(row["max"])
            row["approx"] = row["approx"] == "T"
            row["base_value"], row["base_unit"] = base(row["value"], row["unit"])
            row["indicator"] = fold_indicator(row["indicator"])
            entries.append(row)
    return meta, entries


def predicted_value(row, field):
    value = row.get(field)
    if field in ("value", "max", "base_value"):
        return number(value)
    if field == "indicator":
        return fold_indicator(value)
    if field in ("unit", "base_unit"):
        return fold(value) if value is not None else None
    if field == "period" and value is not None:
        return str(value)
    return value


def score(gold_dir, inspect_path, stats_path):
    documents = {}
    for source in json.load(open(inspect_path, encoding="utf-8")):
        name = os.path.basename(source["source"])
        for document in source["documents"]:
            text = "\n".join((s.get("heading") or "") + "\n" + (s.get("text") or "") for s in document["sections"])
            documents.setdefault(name, []).append(fold(text))
    predictions = {}
    for line in open(stats_path, encoding="utf-8"):
        if line.strip():
            row = json.loads(line, parse_float=str, parse_int=str)
            predictions.setdefault(os.path.basename(row["source"]), []).append(row)

    totals = {"gold": 0, "predicted": 0, "hits": 0, "negatives": 0, "negatives_hit": 0}
    agree = {field: 0 for field in FIELDS}
    verbose = os.environ.get("VERBOSE")
    for path in sorted(os.listdir(gold_dir)):
        if not path.endswith(".tsv"):
            continue
        meta, entries = read_gold(os.path.join(gold_dir, path))
        name = meta["file"]
        texts = documents.get(name)
        if not texts:
            print(f"{path}: {name} not in the inspect output", file=sys.stderr)
            continue
        text = "".join(texts)
        spans = []
        for start, end in meta["excerpts"]:
            begin = text.find(start)
            finish = text.find(end, begin)
            if begin < 0 or finish < 0:
                print(f"{path}: excerpt {start} ⟶ {end} not found", file=sys.stderr)
                continue
            spans.append((begin, finish + len(end)))
        # Place each record at its sentence, in reading order, then keep those inside an excerpt.
        cursor = 0
        inside = []
        for row in predictions.get(name, []):
            sentence = fold(row["sentence"])
            found = text.find(sentence, max(0, cursor - len(sentence)))
            if found < 0:
                found = text.find(sentence)
            if found < 0:
                continue
            cursor = found
            position = found + max(0, sentence.find(fold(row["text"])))
            if row["kind"] != "period" and any(b <= position < e for b, e in spans):
                inside.append(row)
        matched = [None] * len(entries)
        last = 0
        false_positives, negatives_hit = [], []
        for row in inside:
            figure = fold(row["text"])
            # The first entry that contains the figure or that it contains; but an entry written exactly as
            # the figure a few entries on is its own (七百四十一个, not the 一个 marked as a negative before it).
            window = [i for i in range(max(0, last - 5), len(entries)) if matched[i] is None]
            choice = next((i for i in window if overlaps(figure, entries[i]["text"])), None)
            if choice is not None and entries[choice]["text"] != figure:
                choice = next((i for i in window if choice < i <= choice + 5 and entries[i]["text"] == figure), choice)
            if choice is None:
                false_positives.append(row)
                continue
            matched[choice] = row
            last = choice
            if entries[choice].get("negative"):
                negatives_hit.append(row)
        stats = [i for i, e in enumerate(entries) if not e.get("negative")]
        hits = [i for i in stats if matched[i] is not None]
        totals["gold"] += len(stats)
        totals["predicted"] += len(inside)
        totals["hits"] += len(hits)
        totals["negatives"] += len(entries) - len(stats)
        totals["negatives_hit"] += len(negatives_hit)
        for i in hits:
            gold, row = entries[i], matched[i]
            wrong = []
            for field in FIELDS:
                if gold[field] == predicted_value(row, field):
                    agree[field] += 1
                else:
                    wrong.append(f"{field}: {row.get(field)!r} (gold {gold[field]!r})")
            if verbose and wrong:
                print(f"  differs {path} {gold['text']}: " + "; ".join(wrong), file=sys.stderr)
        if verbose:
            for i in stats:
                if matched[i] is None:
                    print(f"  missed {path} {entries[i]['text']}", file=sys.stderr)
            for row in false_positives:
                print(f"  extra {path} {row['text']!r} in {row['sentence'][:60]!r}", file=sys.stderr)
            for row in negatives_hit:
                print(f"  negative reported {path} {row['text']!r}", file=sys.stderr)

    def ratio(a, b):
        return f"{a / b:.3f}" if b else "n/a"

    print(f"gold statistics {totals['gold']}, predicted in excerpts {totals['predicted']}, hits {totals['hits']}; "
          f"hard negatives {totals['negatives']}")
    print("| measure | value |")
    print("| --- | --- |")
    print(f"| detection precision | {ratio(totals['hits'], totals['predicted'])} |")
    print(f"| detection recall | {ratio(totals['hits'], totals['gold'])} |")
    print(f"| hard negatives reported as statistics | {ratio(totals['negatives_hit'], totals['negatives'])} "
          f"({totals['negatives_hit']} of {totals['negatives']}) |")
    for field in FIELDS:
        print(f"| {field} right (of hits) | {ratio(agree[field], totals['hits'])} |")


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    score(*sys.argv[1:4])
