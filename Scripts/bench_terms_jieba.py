#!/usr/bin/env python3
"""The peer of `zhili terms --by year` in Scripts/bench-analysis.sh: what researchers run today, jieba and
collections.Counter. Reads every .txt file under the folders given (UTF-8), takes the year from the
first four digits of the file name (else "unknown"), segments with jieba (default mode), drops words
without a letter or ideograph and the words of a small stop list, and prints the 50 most frequent
words per year as `year<TAB>word<TAB>count` lines. Run with a Python that has jieba (Debian's
python3-jieba: /usr/bin/python3).

Usage: bench_terms_jieba.py FOLDER ...
"""
import collections
import pathlib
import re
import sys

import jieba

STOP = set("的 地 得 了 着 过 也 又 还 就 都 而 及 与 和 或 并 但 在 从 向 到 由 被 把 将 使 对 于 以 为 是 有 不 要 等 这 那 其 各 我们 进一步".split())


def main():
    jieba.setLogLevel(60)
    jieba.initialize()
    counts = collections.defaultdict(collections.Counter)
    for folder in sys.argv[1:]:
        for path in sorted(pathlib.Path(folder).rglob("*.txt")):
            match = re.match(r"\d{4}", path.name)
            year = match.group(0) if match else "unknown"
            text = path.read_text(encoding="utf-8", errors="replace")
            counts[year].update(word for word in jieba.cut(text)
                                if word not in STOP and any(c.isalpha() for c in word))
    out = sys.stdout
    for year in sorted(counts):
        for word, count in counts[year].most_common(50):
            out.write(f"{year}\t{word}\t{count}\n")


if __name__ == "__main__":
    main()
