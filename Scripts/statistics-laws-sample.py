#!/usr/bin/env python3
"""A random sample of the laws' numbers, to judge `zhili stats` outside work reports (issue 9, twenty-first session).

usage: statistics-laws-sample.py INSPECT.json STATS.jsonl [SEED] > sample.tsv

Draws 40 figures at random from the records of `zhili stats --format jsonl` (kind `period` left out, as the scorer
does) and 40 numbers of the text that no record covers (the digits and Chinese numerals of the sections that
`zhili inspect --json` gives), with a fixed seed. Numbers no judge would call a figure are not drawn for the second
set: ordinals and references (第三条, 第二款), dates (2019年1月1日, 三月, 十五日 after a month), list and heading
marks ((一), 1．, 一、) and words that hold a numeral (一般, 统一, 进一步 …). Each line gives the set, the source, the
section, the number as written and its sentence with the number in 【】; the judge adds a verdict column by hand.

With `--check JUDGED.tsv STATS.jsonl` it rereads a judged sample against another build's records: for each drawn
figure whether that build still reports it (and its value, max, unit and approx), for each drawn number whether it
now reports it, and the sample's precision and the negatives' recall.
"""
import json
import random
import re
import sys

NUMERAL = "0-9０-９.．〇零一二三四五六七八九十两百千万亿"
RUN = re.compile(f"[{NUMERAL}]+")
LEXICAL = ["一般", "统一", "一定", "进一步", "一律", "一致", "一并", "一切", "一体", "唯一", "之一", "同一", "万一", "十分",
           "一旦", "一起", "一经", "一方", "逐一", "一些", "一样", "一直", "一同", "一道", "一向", "一时", "一贯", "一次性",
           "一揽子", "一线", "一流", "一把手", "一方面", "三方", "第三人", "第三方", "一审", "二审", "一级", "二级", "三级",
           "四级", "五级", "一类", "二类", "三类", "一手", "一身", "两者", "二者", "三者", "一对一", "一环", "十足", "九九",
           "千方百计", "万无一失", "一揽", "一体化", "两院", "两委", "一网", "一窗", "一站", "不一", "单一", "专一", "一心",
           "一味", "一边", "划一", "一概", "一举", "一家", "一户一", "零售", "零星", "零散", "零部件", "零件", "三农", "一带一路",
           "一国两制", "三公", "两个", "一个", "一项", "一种", "一次", "一批", "一名", "一人", "一处", "一份", "一件"]
DATE_AFTER = re.compile(r"^(年|月|日|号|时|点|周岁前|世纪)")


def sections(inspect_path):
    for source in json.load(open(inspect_path, encoding="utf-8")):
        for document in source["documents"]:
            for section in document["sections"]:
                yield source["source"], document["document_index"], section["section"], section.get("text") or ""


def covered(stats_path):
    """The spans of text each section's records cover, by (source, document_index, section)."""
    spans = {}
    for line in open(stats_path, encoding="utf-8"):
        row = json.loads(line)
        spans.setdefault((row["source"], row["document_index"], row["section"]), []).append(row)
    return spans


def occurrences(text, part):
    start = text.find(part)
    while start >= 0:
        yield start
        start = text.find(part, start + 1)


def record_spans(text, rows):
    """The spans a section's records cover: every occurrence of each record's text in every occurrence of its sentence (a
    section that repeats a sentence, or a sentence that repeats a figure, gives one record each time, all alike)."""
    result = set()
    for sentence_text, figure in {(row["sentence"], row["text"]) for row in rows}:
        for start in occurrences(text, sentence_text):
            for inner in occurrences(sentence_text, figure):
                result.add((start + inner, start + inner + len(figure)))
    return sorted(result)


def is_noise(text, start, end):
    number = text[start:end]
    before, after = text[max(0, start - 3):start], text[end:end + 4]
    if before.endswith("第") or number in ".．":
        return True
    if DATE_AFTER.match(after):
        # 2019年1月1日, 三月, 十五日: a date (years as 年 after four digits or a numeral of years; counted years are 年 too,
        # so only a four-digit year or a month or a day after a month counts as a date).
        if after.startswith("年") and (len(number) == 4 or re.fullmatch("[〇零一二三四五六七八九]{4}", number)):
            return True
        if after.startswith("月") and not after.startswith("月内"):
            return True
        if after.startswith("日") and "月" in before:
            return True
        if after[:1] in "号时点" or after.startswith("世纪"):
            return True
    line_start = start == 0 or text[start - 1] in "\n（(|"
    if line_start and after[:1] in "、．.）)":
        return True
    if before.endswith("（") and after.startswith("）") or before.endswith("(") and after.startswith(")"):
        return True
    window = text[max(0, start - 3):end + 3]
    return any(word in window and window.find(word) <= start - max(0, start - 3) + len(number) and
               window.find(word) + len(word) >= start - max(0, start - 3) for word in LEXICAL)


def sentence(text, start, end):
    left = max(text.rfind(mark, 0, start) for mark in "。；\n") + 1
    rights = [i for i in (text.find(mark, end) for mark in "。；\n") if i >= 0]
    right = min(rights) + 1 if rights else len(text)
    # A sentence closed by a line's end leaves the newline out, so each drawn number stays on one line of the sample.
    return (text[left:start] + "【" + text[start:end] + "】" + text[end:right]).replace("\t", " ").rstrip("\n")


def in_laws(source):
    """A source's path under the laws folder, as `check` keys it (any folder named `laws`, a copy or a folder of links)."""
    return re.sub(r"^(.*?/)?laws/", "", source, count=1)


def draw(inspect_path, stats_path, seed):
    rows = [json.loads(line) for line in open(stats_path, encoding="utf-8")]
    figures = [row for row in rows if row["kind"] != "period"]
    rng = random.Random(seed)
    picked = rng.sample(figures, 40)
    spans = covered(stats_path)
    unreported = []
    for source, index, name, text in sections(inspect_path):
        taken = record_spans(text, spans.get((source, index, name), []))
        for match in RUN.finditer(text):
            start, end = match.span()
            if any(a < end and start < b for a, b in taken) or is_noise(text, start, end):
                continue
            unreported.append((source, index, name, text[start:end], sentence(text, start, end)))
    negatives = rng.sample(unreported, 40)
    print("set\tsource\tdocument_index\tsection\ttext\tvalue\tmax\tunit\tapprox\tsentence\tverdict")
    for row in picked:
        marked = row["sentence"].replace(row["text"], "【" + row["text"] + "】", 1)
        print("\t".join(["figure", in_laws(row["source"]),
                         str(row["document_index"]), row["section"].replace("\t", " "), row["text"], str(row["value"]), str(row["max"]),
                         str(row["unit"]), str(row["approx"]), marked, ""]))
    for source, index, name, number, context in negatives:
        print("\t".join(["unreported", in_laws(source),
                         str(index), name.replace("\t", " "), number, "", "", "", "", context, ""]))
    print(f"# {len(figures)} figures, {len(unreported)} unreported numbers after the filters, seed {seed}", file=sys.stderr)


def covers(sentence, figure, at, length):
    """Whether an occurrence of a record's text in its sentence overlaps the drawn number at `at`."""
    start = sentence.find(figure)
    while start >= 0:
        if start < at + length and at < start + len(figure):
            return True
        start = sentence.find(figure, start + 1)
    return False


def check(judged_path, stats_path):
    """Rereads a judged sample against another build's records."""
    by_section = {}
    for line in open(stats_path, encoding="utf-8"):
        row = json.loads(line)
        if row["kind"] == "period":
            continue
        source = in_laws(row["source"])
        by_section.setdefault((source, row["section"].replace("\t", " ")), []).append(row)
    figures_right = figures = misses = misses_found = negatives_kept = negatives = 0
    for line in open(judged_path, encoding="utf-8"):
        if line.startswith("set\t") or line.startswith("#") or not line.strip():
            continue
        cells = line.rstrip("\n").split("\t")
        kind, source, _, section, text, value, maximum, unit, approx, context, verdict = cells[:11]
        plain = context.replace("【", "").replace("】", "")
        # The record's sentence is the drawn one, or holds it or lies in it (the sampler cuts sentences at 。；and line ends only).
        rows = [row for row in by_section.get((source, section), [])
                if row["sentence"].replace("\t", " ") in plain or plain in row["sentence"].replace("\t", " ")]
        at = context.index("【")
        found = [row for row in rows if covers(plain, row["text"], at, len(text))]
        fields = [(str(row["value"]), str(row["max"]), str(row["unit"]), str(row["approx"]), row["text"]) for row in found]
        if kind == "figure":
            figures += 1
            # verdict: `right`, or `wrong: why` (no statistic), or `fields: value max unit approx` (a statistic misread: the
            # right fields, `~` for null).
            if verdict.startswith("right") or verdict.startswith("fields:"):
                want = verdict.split(":", 1)[1].split()[:4] if verdict.startswith("fields:") else [value, maximum, unit, approx]
                want = [None if w == "~" else w for w in want]
                ok = any([f[0], f[1], f[2], f[3]] == [w if w is not None else "None" for w in want] for f in fields)
                figures_right += ok
                print(f"figure {'ok ' if ok else 'BAD'} {text} {verdict} → {fields}")
            else:
                figures_right += not found
                print(f"figure {'ok ' if not found else 'BAD'} {text} ({verdict}) → {fields}")
        else:
            # verdict: `negative: why`, or `statistic: value max unit approx` (a miss).
            if verdict.startswith("statistic"):
                misses += 1
                want = [None if w == "~" else w for w in verdict.split(":", 1)[1].split()[:4]]
                ok = any([f[0], f[1], f[2], f[3]] == [w if w is not None else "None" for w in want] for f in fields)
                misses_found += ok
                print(f"miss   {'ok ' if ok else 'BAD'} {text} {verdict} → {fields}")
            else:
                negatives += 1
                negatives_kept += not found
                print(f"neg    {'ok ' if not found else 'BAD'} {text} ({verdict}) → {fields}")
    print(f"drawn figures right {figures_right} of {figures} ({figures_right / max(figures, 1):.3f}); "
          f"unreported statistics found {misses_found} of {misses}; true negatives left out {negatives_kept} of {negatives}")


if __name__ == "__main__":
    if sys.argv[1] == "--check":
        check(sys.argv[2], sys.argv[3])
    else:
        draw(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 21)
