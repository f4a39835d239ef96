#!/usr/bin/env python3
"""Which records of `zhili stats --format jsonl` two builds give differently over one folder (issue 9, twenty-second session).

usage: statistics-records-changed.py BEFORE.jsonl AFTER.jsonl [SAMPLE]

A record is keyed by its source, document, section, sentence and text; the records only one build gives are counted by the
construction around the figure (the classes below: the forms the twenty-second and twenty-third sessions' rules read, `other`
for the rest),
the records both give by the fields that changed, and SAMPLE records of each class (default 8, seed 22) are printed with
their context to read by hand.
"""
import collections
import json
import random
import re
import sys

PERCENT_BOUND = re.compile("(不足|不满)?百分之[^以]*(以上|以下)?")
# (class, test on the four characters before the figure, its text, the three after, its unit)
CLASSES = [
    # the twenty-third session's forms
    ("a floor and the next clause's ceiling (不得少于十日，不得超过九十日)", lambda before, text, after, unit: re.search("[，,]不(得)?(超过|高于|大于)", text)),
    ("a bound before the currency (不少于人民币N元)", lambda before, text, after, unit: "人民币" in text),
    ("a part a bound marks (…N的部分)", lambda before, text, after, unit: re.match("的?部分", after)),
    ("the last years of a document or a condition (近N年)", lambda before, text, after, unit: re.match("近.{1,3}(个)?年度?", text)),
    ("a restated limit (前款规定的N)", lambda before, text, after, unit: re.search("(前款|前两款|本款|本条)规定的$", before)),
    ("the first or last months of a period (的前N个月)", lambda before, text, after, unit: re.search("的(前|最后)$", before)),
    ("十 counting (十名)", lambda before, text, after, unit: re.fullmatch("十[^0-9一二三四五六七八九十百千万]+", text)),
    ("a composition after 由 (由二个以上)", lambda before, text, after, unit: before.endswith("由") and "以上" in text),
    ("a term of one (一日内, 停止执业一年)", lambda before, text, after, unit: re.fullmatch("(至少|不超过|最长)?一(个)?(年|月|日|天|周|小时|星期|工作日)(内|以内|以上|以下)?", text)),
    ("a bare numeral's bound (一万以上)", lambda before, text, after, unit: unit is None and re.fullmatch("[一二三四五六七八九十两百千万亿]+(以上|以下)", text)),
    ("the step of a scale (每增加N)", lambda before, text, after, unit: re.search("每(增加|超过|超出|提高|上升|增长|减少|降低|下降)$", before)),
    ("the day a span runs out (届满N年之日)", lambda before, text, after, unit: before.endswith("届满") and after.startswith("之日")),
    ("copies (N份)", lambda before, text, after, unit: unit == "份"),
    ("two or more (2个以上)", lambda before, text, after, unit: re.fullmatch("(2|二|两)个以上", text)),
    ("a range of 百分之 bounds (百分之五以上百分之二十以下)", lambda before, text, after, unit: re.fullmatch("百分之.*以上.*(以下|百分之.*)", text)),
    ("a 百分之 bound now read in its range", lambda before, text, after, unit: PERCENT_BOUND.fullmatch(text)
     and (re.search("以上、?$", before) or after.startswith(("以下", "百分之", "、不足", "不足", "不满", "一倍", "二倍", "三倍")))),
    ("a span after an event (N年后)", lambda before, text, after, unit: after.startswith("后")),
    ("one year by a copula (为一年)", lambda before, text, after, unit: text == "一年"),
    ("a fine's range of one-digit 元 (五元以上五十元以下)", lambda before, text, after, unit: re.fullmatch("[一二三四五六七八九十两]元(以上|至).*元.*", text)),
]


def load(path):
    counts, rows = collections.Counter(), {}
    for line in open(path, encoding="utf-8"):
        row = json.loads(line)
        key = (row["source"], row["document_index"], row["section"], row["sentence"], row["text"])
        counts[key] += 1
        rows.setdefault(key, []).append(row)
    return counts, rows


def construction(key, row):
    sentence, text = key[3], key[4]
    at = sentence.find(text)
    before, after = sentence[max(0, at - 4):at], sentence[at + len(text):at + len(text) + 3]
    return next((name for name, test in CLASSES if test(before, text, after, row.get("unit"))), "other")


def main():
    before_counts, before_rows = load(sys.argv[1])
    after_counts, after_rows = load(sys.argv[2])
    sample = int(sys.argv[3]) if len(sys.argv) > 3 else 8
    print(f"records: {sum(before_counts.values())} → {sum(after_counts.values())}")
    for title, only, rows in (("added", after_counts - before_counts, after_rows), ("removed", before_counts - after_counts, before_rows)):
        classes = collections.defaultdict(list)
        for key, count in only.items():
            classes[construction(key, rows[key][0])].extend([key] * count)
        print(f"{title}: {sum(only.values())}")
        rng = random.Random(22)
        for name, keys in sorted(classes.items(), key=lambda item: -len(item[1])):
            print(f"  {len(keys):5d}  {name}")
            for key in rng.sample(keys, min(sample, len(keys))):
                sentence, text = key[3], key[4]
                at = sentence.find(text)
                print(f"         {key[0].rsplit('/', 1)[-1][:36]} | {sentence[max(0, at - 30):at]}【{text}】{sentence[at + len(text):at + len(text) + 15]}")
    changed = collections.Counter()
    for key, count in after_counts.items():
        if before_counts.get(key) == count:
            for new, old in zip(after_rows[key], before_rows[key]):
                changed.update(field for field in new if new[field] != old.get(field))
    print("fields changed on records both give:", dict(changed) or "none")


if __name__ == "__main__":
    main()
