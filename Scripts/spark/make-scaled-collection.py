#!/usr/bin/env python3
"""A collection ten times the size of a real one, with edited copies, for the Spark benchmarks.

    Scripts/spark/make-scaled-collection.py --source ../shared/corpus/laws --output /tmp/zhili-laws-x10 [--copies 10] [--seed 13]

Writes the source's readable files unchanged under `original/`, and `--copies` − 1 edited copies of
each under `copy-NN/` (same relative paths), each copy made by one edit drawn with the fixed seed:
- light (half of the copies): 1–5% of the characters deleted, inserted or substituted in spans of 1–8
  characters at random places (inserted characters drawn from the same file): a near-duplicate;
- heavy (a quarter): 20–40% of the characters edited the same way: mostly not a near-duplicate;
- paragraphs (a quarter): 10–30% of the lines dropped and a web page's boilerplate added: a
  near-duplicate or a contained copy, depending on how much went.
Nothing is written into the repository: the output goes where --output says (under /tmp).
"""

import argparse
import os
import random
import sys

READABLE = (".txt", ".md", ".html", ".htm", ".docx")
BOILERPLATE = ["首页 > 政策法规 > 法律法规", "发布时间：2024-05-01 浏览次数：1024", "【打印本页】【关闭窗口】",
               "上一篇：关于做好有关工作的通知", "下一篇：无", "版权所有 某某市人民政府办公室 ICP备05012345号"]


def edit_characters(text, share, rng):
    """Deletes, inserts or substitutes spans of 1–8 characters until `share` of the text is edited."""
    characters = list(text)
    budget = int(len(characters) * share)
    while budget > 0 and characters:
        span = rng.randint(1, 8)
        start = rng.randrange(len(characters))
        kind = rng.choice(("delete", "insert", "substitute"))
        drawn = [characters[rng.randrange(len(characters))] for _ in range(span)]
        if kind == "delete":
            del characters[start:start + span]
        elif kind == "insert":
            characters[start:start] = drawn
        else:
            characters[start:start + span] = drawn
        budget -= span
    return "".join(characters)


def edit_paragraphs(text, rng):
    lines = text.split("\n")
    share = rng.uniform(0.1, 0.3)
    kept = [line for line in lines if not line.strip() or rng.random() >= share]
    return "\n".join(BOILERPLATE[:3] + kept + BOILERPLATE[3:]) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--source", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--seed", type=int, default=13)
    options = parser.parse_args()
    if os.path.exists(options.output) and os.listdir(options.output):
        sys.exit("error: --output %s is not empty" % options.output)
    rng = random.Random(options.seed)
    files = sorted(os.path.join(directory, name) for directory, _, names in os.walk(options.source)
                   for name in names if name.lower().endswith(READABLE) and not name.startswith("."))
    written = 0
    for path in files:
        relative = os.path.relpath(path, options.source)
        with open(path, "rb") as source:
            data = source.read()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        for copy in range(options.copies):
            target = os.path.join(options.output, "original" if copy == 0 else "copy-%02d" % copy, relative)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            if copy == 0 or text is None:
                with open(target, "wb") as output:
                    output.write(data)
            else:
                draw = rng.random()
                if draw < 0.5:
                    edited = edit_characters(text, rng.uniform(0.01, 0.05), rng)
                elif draw < 0.75:
                    edited = edit_characters(text, rng.uniform(0.2, 0.4), rng)
                else:
                    edited = edit_paragraphs(text, rng)
                with open(target, "w", encoding="utf-8") as output:
                    output.write(edited)
            written += 1
    print("wrote %d files (%d sources × %d) to %s" % (written, len(files), options.copies, options.output), file=sys.stderr)


if __name__ == "__main__":
    main()
