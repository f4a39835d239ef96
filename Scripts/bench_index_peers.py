#!/usr/bin/env python3
"""Peers and query sets for the index benchmark (issue 3), run by Scripts/bench-index.sh.

Subcommands:
  queries  UNITS OUT          500 queries drawn with a fixed seed from the units zhili indexed:
                              250 words of 2-6 Han characters and 250 two-word phrases (jieba words)
  substrings ROOTS... --out F 200 exact Han substrings (2-8 characters) of lines of the raw files
  peers    UNITS QUERIES DIR  tantivy over jieba tokens and over Han bigrams (positions on, one thread)
                              and SQLite FTS5 with the trigram tokenizer, over the same units: build
                              time (segmentation included), size, and top-10 query latency
  recall   SUBSTRINGS OURS [--read INSPECT] ROOTS...
                              grep -rlF for every substring against the sources zhili found; with --read
                              (`zhili inspect --json ROOTS...`), grep over the text ingestion gives the
                              indexer instead of the raw files, and the raw files' extra matches explained
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


def grep_files(substring, roots):
    """The files under `roots` holding `substring` (grep -rlF over the extensions zhili reads)."""
    found = subprocess.run(["grep", "-rlF", "--include=*.md", "--include=*.txt", "--include=*.html", "--include=*.htm",
                            "--", substring, *roots], capture_output=True, text=True).stdout.split("\n")
    return {path for path in found if path}


def write_read_texts(inspect_path, folder):
    """Writes each file's text as ingestion gives it to the indexer (`zhili inspect --json`: per document the
    title, the metadata as `key：value` lines and every section's heading and text, which is what the
    document and section units hold) to `folder`, one file per source: the source of each written file."""
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    sources = {}
    for number, record in enumerate(json.load(open(inspect_path, encoding="utf-8"))):
        lines = []
        for document in record["documents"]:
            lines.append(document["document"])
            lines.extend(f"{key}：{value}" for key, value in document["metadata"].items())
            for section in document["sections"]:
                lines.extend((section["heading"], section["text"]))
        path = os.path.join(folder, f"{number}.txt")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write("\n".join(lines) + "\n")
        sources[path] = record["source"]
    return sources


def raw_line(path, substring):
    """The first line of `path` holding `substring`, cut to 80 characters around it."""
    for line in open(path, encoding="utf-8", errors="replace"):
        if substring in line:
            at = line.index(substring)
            return line[max(0, at - 40):at + 40].strip()
    return ""


def recall(substrings_path, ours_path, roots, inspect_path=None):
    substrings = [line.rstrip("\n") for line in open(substrings_path, encoding="utf-8") if line.strip()]
    ours = {}
    for line in open(ours_path, encoding="utf-8"):
        record = json.loads(line)
        ours[record["query"]] = set(record["sources"])
    read = None
    if inspect_path:
        folder = os.path.join(os.path.dirname(os.path.abspath(ours_path)), "read-texts")
        read = write_read_texts(inspect_path, folder)
        read_sources = set(read.values())
    expected = found = 0
    raw_pairs = raw_found = 0
    misses, unread, dropped, joined = [], [], [], []
    for substring in substrings:
        raw = grep_files(substring, roots)
        raw_pairs += len(raw)
        raw_found += len(raw & ours.get(substring, set()))
        files = raw if read is None else {read[path] for path in grep_files(substring, [folder])}
        expected += len(files)
        hit = files & ours.get(substring, set())
        found += len(hit)
        misses.extend((substring, path) for path in sorted(files - hit))
        if read is not None:
            # Raw matches the read text lacks: a file ingestion passes over (a folder's README or
            # PROVENANCE), or text its cleaner drops (a site's licence notice); and the reverse, text
            # the reader joins across the raw file's line breaks or markup.
            for path in sorted(raw - files):
                (unread if path not in read_sources else dropped).append((substring, path))
            joined.extend((substring, path) for path in sorted(files - raw))
    result = {"substrings": len(substrings), "grep_files": expected, "found": found,
              "recall": round(found / expected, 4) if expected else None, "misses": misses[:20]}
    if read is not None:
        result = {"grep_over": "the text ingestion gives the indexer (zhili inspect --json)", **result,
                  "raw_grep_files": raw_pairs, "raw_found": raw_found,
                  "raw_recall": round(raw_found / raw_pairs, 4) if raw_pairs else None,
                  "raw_only_files_not_read": len(unread), "files_not_read": sorted({path for _, path in unread}),
                  "raw_only_text_not_read": len(dropped),
                  "text_not_read": [(substring, path, raw_line(path, substring)) for substring, path in dropped[:20]],
                  "read_only": len(joined), "read_only_examples": joined[:10]}
    print(json.dumps(result, ensure_ascii=False))


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
        if len(arguments) > 3 and arguments[2] == "--read":
            recall(arguments[0], arguments[1], arguments[4:], inspect_path=arguments[3])
        else:
            recall(arguments[0], arguments[1], arguments[2:])
    else:
        sys.exit(__doc__)
