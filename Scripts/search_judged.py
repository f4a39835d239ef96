#!/usr/bin/env python3
"""The judged query set of issue 11 (BENCHMARKS.md, "Search ranking and the shipped path"): pooling,
a tantivy ranker, and the scorer.

Subcommands:
  zhili-runs BINARY INDEX QUERIES OUT   `BINARY search Q --index INDEX --json --limit 10` for every query
                                        of QUERIES (Scripts/search-judgments/queries.tsv) -> run JSONL
  tantivy UNITS QUERIES OUT             tantivy over Han bigrams (default BM25, the same section units
                                        that zhili exports with `bench-queries --export-units`), each
                                        query a phrase of its bigrams, top 10 -> run JSONL
  pool UNITS JUDGMENTS OUT RUN...       every (query, section) in the top 10 of the runs not judged yet in
                                        JUDGMENTS, with the section's text, for judging by hand
  score JUDGMENTS QUERIES RUN...        nDCG@10 and MRR (first result graded 2, or 1 when a query has
                                        no 2) of every run, on the dev and the test half
  known-items UNITS BINARY INDEX        200 sections (fixed seed) whose own heading (6-40 characters after
                                        its ordinal) stands in no other section's heading: the heading as the query,
                                        success when the first result is that section or one under it

A run is JSON lines {"query": Q, "results": [{"source", "document_index", "section"} ...]} in rank
order. Judgments (Scripts/search-judgments/judgments.tsv) are `query TAB source TAB document_index TAB
section TAB grade`, grade 2 (the section is about the topic: a researcher would read it), 1 (it
treats the topic in passing or in a list), 0 (it only mentions the words). Unjudged results count 0.
"""
import json
import math
import random
import re
import subprocess
import sys
from collections import defaultdict


def load_queries(path):
    queries = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        query, split = line.rstrip("\n").split("\t")
        queries.append((query, split))
    return queries


def key(record):
    return (record["source"], int(record["document_index"]), record["section"])


def load_run(path):
    return {record["query"]: [key(r) for r in record["results"]] for record in map(json.loads, open(path, encoding="utf-8"))}


def load_judgments(path):
    grades = {}
    try:
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            query, source, index, section, grade = line.rstrip("\n").split("\t")
            grades[(query, (source, int(index), section))] = int(grade)
    except FileNotFoundError:
        pass
    return grades


def zhili_runs(binary, index, queries_path, out):
    with open(out, "w", encoding="utf-8") as handle:
        for query, _ in load_queries(queries_path):
            run = subprocess.run([binary, "search", query, "--index", index, "--json", "--limit", "10"],
                                 capture_output=True, text=True)
            results = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
            handle.write(json.dumps({"query": query, "results": results}, ensure_ascii=False) + "\n")


def tantivy_run(units_path, queries_path, out):
    import tantivy
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    from bench_index_peers import bigrams
    units = [u for u in map(json.loads, open(units_path, encoding="utf-8")) if u["kind"] == "section"]
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("body", stored=False, tokenizer_name="default", index_option="position")
    builder.add_integer_field("unit", stored=True, indexed=False)
    schema = builder.build()
    index = tantivy.Index(schema)
    writer = index.writer(heap_size=500_000_000, num_threads=1)
    for number, unit in enumerate(units):
        writer.add_document(tantivy.Document(body=bigrams(unit["text"]), unit=number))
    writer.commit()
    index.reload()
    searcher = index.searcher()
    with open(out, "w", encoding="utf-8") as handle:
        for query, _ in load_queries(queries_path):
            hits = searcher.search(index.parse_query('"%s"' % bigrams(query), ["body"]), 10).hits
            results = [units[searcher.doc(address)["unit"][0]] for _, address in hits]
            handle.write(json.dumps({"query": query, "results": [
                {"source": u["source"], "document_index": u["document_index"], "section": u["section"]} for u in results]},
                ensure_ascii=False) + "\n")


def pool(units_path, judgments_path, out, runs):
    texts = {}
    for unit in map(json.loads, open(units_path, encoding="utf-8")):
        if unit["kind"] == "section":
            texts[key(unit)] = unit["text"]
    judged = load_judgments(judgments_path)
    seen = set()
    with open(out, "w", encoding="utf-8") as handle:
        for path in runs:
            for query, keys in load_run(path).items():
                for k in keys:
                    if (query, k) in judged or (query, k) in seen:
                        continue
                    seen.add((query, k))
                    handle.write(json.dumps({"query": query, "source": k[0], "document_index": k[1], "section": k[2],
                                             "text": texts.get(k, "")[:300]}, ensure_ascii=False) + "\n")
    print(json.dumps({"to_judge": len(seen)}))


def dcg(gains):
    return sum((2 ** g - 1) / math.log2(rank + 2) for rank, g in enumerate(gains))


def score(judgments_path, queries_path, runs):
    grades = load_judgments(judgments_path)
    queries = load_queries(queries_path)
    ideal = defaultdict(list)
    for (query, _), grade in grades.items():
        ideal[query].append(grade)
    report = {}
    for path in runs:
        run = load_run(path)
        figures = {}
        for split in ("dev", "test"):
            ndcgs, rrs, unjudged = [], [], 0
            for query, query_split in queries:
                if query_split != split:
                    continue
                keys = run.get(query, [])[:10]
                gains = []
                for k in keys:
                    if (query, k) not in grades:
                        unjudged += 1
                    gains.append(grades.get((query, k), 0))
                best = dcg(sorted(ideal[query], reverse=True)[:10])
                ndcgs.append(dcg(gains) / best if best > 0 else 0)
                top = 2 if 2 in ideal[query] else 1
                rrs.append(next((1 / (rank + 1) for rank, g in enumerate(gains) if g >= top), 0))
            figures[split] = {"queries": len(ndcgs), "ndcg10": round(sum(ndcgs) / len(ndcgs), 4),
                              "mrr": round(sum(rrs) / len(rrs), 4), "unjudged_in_top10": unjudged}
        report[path] = figures
    print(json.dumps(report, ensure_ascii=False, indent=1))


ORDINAL = re.compile(r"^[（(]?[一二三四五六七八九十百零〇0-9]+[)）、.．]\s*|^第[一二三四五六七八九十百零〇0-9]+[章节条部分篇]\s*")


def known_items(units_path, binary, index):
    sections = [u for u in map(json.loads, open(units_path, encoding="utf-8")) if u["kind"] == "section" and u["section"]]
    headings = defaultdict(list)
    for unit in sections:
        own = unit["section"].split(" › ")[-1]
        headings[ORDINAL.sub("", own).strip()].append(unit)
    candidates = sorted(h for h, units in headings.items() if len(units) == 1 and len(h) >= 6 and len(h) <= 40)
    rng = random.Random(20261203)
    # Distinctive: no other section's heading holds it (一、发展基层民主 against （三）积极发展基层民主).
    sample = []
    for heading in rng.sample(candidates, min(600, len(candidates))):
        if not any(heading in other for other in headings if other != heading):
            sample.append(heading)
        if len(sample) == 200:
            break
    found, misses = 0, []
    for heading in sample:
        unit = headings[heading][0]
        run = subprocess.run([binary, "search", heading, "--index", index, "--json", "--limit", "1"], capture_output=True, text=True)
        top = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
        ok = bool(top) and top[0]["source"] == unit["source"] and top[0]["document_index"] == unit["document_index"] \
            and (top[0]["section"] + " › ").startswith(unit["section"] + " › ")
        found += ok
        if not ok:
            misses.append({"query": heading, "want": unit["section"], "got": top[0]["section"] if top else None})
    print(json.dumps({"queries": len(sample), "first": found, "rate": round(found / len(sample), 4), "misses": misses[:10]},
                     ensure_ascii=False, indent=1))


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "zhili-runs":
        zhili_runs(*arguments)
    elif command == "tantivy":
        tantivy_run(*arguments)
    elif command == "pool":
        pool(arguments[0], arguments[1], arguments[2], arguments[3:])
    elif command == "score":
        score(arguments[0], arguments[1], arguments[2:])
    elif command == "known-items":
        known_items(*arguments)
    else:
        sys.exit(__doc__)
