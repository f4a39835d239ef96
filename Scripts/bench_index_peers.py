#!/usr/bin/env python3
"""Peers and query sets for the index benchmark (issue 3), run by Scripts/bench-index.sh.

Subcommands:
  queries  UNITS OUT          500 queries drawn with a fixed seed from the units zhili indexed:
                              250 words of 2-6 Han characters and 250 two-word phrases (jieba words)
  substrings ROOTS... --out F 200 exact Han substrings (2-8 characters) of lines of the raw files
  peers    UNITS QUERIES DIR  tantivy over jieba tokens and over Han bigrams (positions on, one thread)
                              and SQLite FTS5 with the trigram tokenizer, over the same units: build
                              time (segmentation included), size, and top-10 query latency
  recall   SUBSTRINGS OURS ROOTS...  grep -rlF for every substring against the sources zhili found
  bigram-build UNITS DIR      tantivy over Han bigrams of the units (one thread), timed alone: the CPU of the
                              bigrams and the build, for Scripts/bench-index-tantivy-cpu.sh

Everything prints JSON on stdout.
"""
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time

SEED = 20261129
HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
ALNUM_RUN = re.compile(r"[0-9A-Za-z\u3400-\u9fff]+")


def load_units(path):
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def is_han(text):
    return HAN_RUN.fullmatch(text) is not None


def make_queries(units_path, out_path):
    import jieba
    jieba.setLogLevel(60)
    rng = random.Random(SEED)
    units = [u for u in load_units(units_path) if len(u["text"]) >= 20]
    words, phrases = [], []
    while len(words) < 250 or len(phrases) < 250:
        text = rng.choice(units)["text"]
        start = rng.randrange(len(text))
        tokens = list(jieba.cut(text[start:start + 80]))[1:-1]  # the ends may be cut words
        if len(tokens) < 2:
            continue
        index = rng.randrange(len(tokens) - 1)
        first, second = tokens[index], tokens[index + 1]
        if len(words) < 250 and is_han(first) and 2 <= len(first) <= 6:
            words.append(first)
        elif len(phrases) < 250 and is_han(first) and is_han(second) and len(first) >= 2 and len(second) >= 2:
            phrases.append((first, second))
    with open(out_path, "w", encoding="utf-8") as handle:
        for word in words:
            handle.write(json.dumps({"kind": "word", "words": [word]}, ensure_ascii=False) + "\n")
        for pair in phrases:
            handle.write(json.dumps({"kind": "phrase", "words": list(pair)}, ensure_ascii=False) + "\n")
    with open(out_path + ".zhili", "w", encoding="utf-8") as handle:
        for word in words:
            handle.write(word + "\n")
        for first, second in phrases:
            handle.write('"%s%s"\n' % (first, second))
    print(json.dumps({"words": len(words), "phrases": len(phrases)}))


def make_substrings(roots, out_path):
    rng = random.Random(SEED + 1)
    files = sorted(os.path.join(folder, name) for root in roots for folder, _, names in os.walk(root)
                   for name in names if name.endswith((".md", ".txt", ".html", ".htm")))
    substrings = []
    while len(substrings) < 200:
        path = rng.choice(files)
        with open(path, encoding="utf-8", errors="replace") as handle:
            runs = [run for line in handle for run in HAN_RUN.findall(line) if len(run) >= 8]
        if not runs:
            continue
        run = rng.choice(runs)
        length = rng.randint(2, 8)
        start = rng.randrange(len(run) - length + 1)
        substrings.append(run[start:start + length])
    with open(out_path, "w", encoding="utf-8") as handle:
        handle.write("".join(s + "\n" for s in substrings))
    print(json.dumps({"substrings": len(substrings), "files": len(files)}))


def folder_size(path):
    return sum(os.path.getsize(os.path.join(folder, name)) for folder, _, names in os.walk(path) for name in names)


def bigrams(text):
    grams = []
    for run in ALNUM_RUN.findall(text.lower()):
        if len(run) == 1:
            grams.append(run)
        else:
            grams.extend(run[i:i + 2] for i in range(len(run) - 1))
    return " ".join(grams)


def latencies(search, queries):
    for query in queries:  # warm-up pass
        search(query)
    samples = []
    for _ in range(3):
        for query in queries:
            start = time.perf_counter_ns()
            search(query)
            samples.append((time.perf_counter_ns() - start) / 1000)
    samples.sort()
    return {"median_us": round(samples[len(samples) // 2], 1), "p99_us": round(samples[int(len(samples) * 0.99)], 1)}


def tantivy_build(name, texts, folder, stored=False):
    import tantivy
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("body", stored=stored, tokenizer_name="default", index_option="position")
    schema = builder.build()
    os.makedirs(folder)
    index = tantivy.Index(schema, path=folder)
    writer = index.writer(heap_size=500_000_000, num_threads=1)
    for text in texts:
        writer.add_document(tantivy.Document(body=text))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return index


class Clock:
    """Wall and CPU seconds (all threads of this process) since it was made."""

    def __init__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def read(self):
        return {"wall_s": round(time.perf_counter() - self.wall, 1), "cpu_s": round(time.process_time() - self.cpu, 1)}


def tantivy_peer(name, texts_of, to_query, units, queries, directory):
    """Prepares the texts (segmentation or bigrams), builds a tantivy index, times top-10 queries."""
    clock = Clock()
    texts = texts_of(units)
    preparation = clock.read()
    clock = Clock()
    folder = os.path.join(directory, name)
    index = tantivy_build(name, texts, folder)
    build = clock.read()
    searcher = index.searcher()

    def search(query):
        return searcher.search(index.parse_query(to_query(query), ["body"]), 10, count=False).hits
    return {"preparation": preparation, "index": build, "bytes": folder_size(folder), **latencies(search, queries)}


def bigram_build(units_path, folder):
    """Only the bigram peer's build, for a CPU comparison run by run: the units' loading is not counted."""
    texts = [u["text"] for u in load_units(units_path)]
    shutil.rmtree(folder, ignore_errors=True)
    clock = Clock()
    tantivy_build("tantivy-bigrams", [bigrams(text) for text in texts], folder)
    print(json.dumps({"units": len(texts), **clock.read()}))


def peers(units_path, queries_path, directory):
    import jieba
    jieba.setLogLevel(60)
    jieba.initialize()
    units = load_units(units_path)
    queries = [json.loads(line) for line in open(queries_path, encoding="utf-8")]
    result = {"units": len(units), "unit_text_bytes": sum(len(u["text"].encode("utf-8")) for u in units)}
    result["tantivy_jieba"] = tantivy_peer(
        "tantivy-jieba", lambda units: [" ".join(jieba.cut(u["text"])) for u in units],
        lambda q: '"%s"' % " ".join(q["words"]) if q["kind"] == "phrase" else q["words"][0], units, queries, directory)
    result["tantivy_bigrams"] = tantivy_peer(
        "tantivy-bigrams", lambda units: [bigrams(u["text"]) for u in units],
        lambda q: '"%s"' % bigrams("".join(q["words"])), units, queries, directory)

    database = os.path.join(directory, "fts5.sqlite")
    clock = Clock()
    connection = sqlite3.connect(database)
    connection.execute("CREATE VIRTUAL TABLE units USING fts5(body, tokenize='trigram')")
    connection.executemany("INSERT INTO units(body) VALUES (?)", ((u["text"],) for u in units))
    connection.commit()
    build = clock.read()

    def search_fts(query):
        return connection.execute("SELECT rowid FROM units WHERE units MATCH ? ORDER BY rank LIMIT 10",
                                  ('"%s"' % "".join(query["words"]),)).fetchall()
    long_enough = [q for q in queries if len("".join(q["words"])) >= 3]
    result["fts5_trigram"] = {"index": build, "bytes": os.path.getsize(database),
                              "queries_of_3_or_more_characters": len(long_enough), **latencies(search_fts, long_enough)}
    print(json.dumps(result, ensure_ascii=False))


def recall(substrings_path, ours_path, roots):
    substrings = [line.rstrip("\n") for line in open(substrings_path, encoding="utf-8") if line.strip()]
    ours = {}
    for line in open(ours_path, encoding="utf-8"):
        record = json.loads(line)
        ours[record["query"]] = set(record["sources"])
    expected = found = 0
    misses = []
    for substring in substrings:
        grep = subprocess.run(["grep", "-rlF", "--include=*.md", "--include=*.txt", "--include=*.html", "--include=*.htm",
                               "--", substring, *roots], capture_output=True, text=True).stdout.split("\n")
        files = {path for path in grep if path}
        expected += len(files)
        hit = files & ours.get(substring, set())
        found += len(hit)
        misses.extend((substring, path) for path in sorted(files - hit))
    print(json.dumps({"substrings": len(substrings), "grep_files": expected, "found": found,
                      "recall": round(found / expected, 4) if expected else None, "misses": misses[:20]}, ensure_ascii=False))


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "queries":
        make_queries(*arguments)
    elif command == "substrings":
        make_substrings(arguments[:-2], arguments[-1]) if arguments[-2] == "--out" else sys.exit("substrings ROOTS... --out FILE")
    elif command == "peers":
        peers(*arguments)
    elif command == "bigram-build":
        bigram_build(*arguments)
    elif command == "recall":
        recall(arguments[0], arguments[1], arguments[2:])
    else:
        sys.exit(__doc__)
