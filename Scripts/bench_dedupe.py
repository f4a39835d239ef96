#!/usr/bin/env python3
"""Measures `zhili dedupe` against datasketch's MinHashLSH (run by Scripts/bench-dedupe.sh).

Subcommands:
  labelled OUT      build the labelled set from ../shared/corpus and Corpus/ into OUT/files, labels in OUT/labels.json
  score-labelled    precision, recall, F1 and time per threshold for zhili and datasketch on the labelled set
  laws              zhili and datasketch over ../shared/corpus/laws: time, recall against exact pairs, version clusters

datasketch gets the same texts zhili compares (documents as `zhili inspect --json` reads them, their
sections joined as `Document.text` joins them) and the same shingles: 5 characters of the NFKC text
with everything but letters and digits left out, Latin lower-cased (zhili also folds traditional
characters to simplified; these texts are simplified already).
"""
import json
import os
import random
import re
import subprocess
import sys
import time
import unicodedata

SHINGLE = 5
PERMUTATIONS = 128
THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.9]

BOILERPLATE_HEAD = [
    "首页 > 政务公开 > 政策文件",
    "发布时间：{date}  来源：本站  浏览次数：{views}",
    "【字体：大 中 小】【打印本页】【关闭窗口】",
]
BOILERPLATE_TAIL = [
    "【打印本页】【关闭窗口】",
    "上一篇：关于做好当前重点工作的通知",
    "下一篇：关于开展专项检查的通知",
    "主办单位：县人民政府办公室  承办：县大数据中心  ICP备案号：00000000号",
]


# ---------------------------------------------------------------- the labelled set

def read_text(path):
    data = open(path, "rb").read()
    for encoding in ("utf-8-sig", "utf-16", "gb18030"):
        try:
            text = data.decode(encoding)
            if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            return text
        except UnicodeDecodeError:
            continue
    return None


def version_stem(name):
    stem = os.path.splitext(name)[0]
    return re.sub(r"[(（]\d{4}-\d{1,2}-\d{1,2}[)）]$", "", stem)


def bases(corpus, repo_corpus, rng, laws_wanted):
    """(family name, text, family id override) of the distinct documents the set is built from."""
    found = []
    for folder in ("reports/work-reports", "reports/congress-reports"):
        directory = os.path.join(corpus, folder)
        for name in sorted(os.listdir(directory)):
            if name.endswith((".txt", ".md")):
                found.append((name, read_text(os.path.join(directory, name))))
    # Laws whose title exists in one version only: versions of one law are copies, not negatives.
    by_stem = {}
    for root, _, names in os.walk(os.path.join(corpus, "laws")):
        for name in names:
            if name.endswith(".md"):
                by_stem.setdefault(version_stem(name), []).append(os.path.join(root, name))
    single = sorted(paths[0] for paths in by_stem.values() if len(paths) == 1)
    for path in rng.sample(single, laws_wanted):
        found.append((os.path.basename(path), read_text(path)))
    for name in sorted(os.listdir(repo_corpus)):
        if name.endswith((".txt", ".md")) and name != "README.md":
            found.append((name, read_text(os.path.join(repo_corpus, name))))
    return [(name, text) for name, text in found if text and len(text) > 200]


def edit_spans(text, rate, rng, kind):
    """Deletes, inserts or substitutes spans of 1-8 characters at random places until `rate` of the
    characters are affected; inserted characters are drawn from the text itself."""
    chars = list(text)
    budget = max(1, int(len(chars) * rate))
    pool = [c for c in chars if not c.isspace()]
    while budget > 0:
        length = min(budget, rng.randint(1, 8))
        at = rng.randrange(0, max(1, len(chars) - length))
        if kind == "delete":
            del chars[at:at + length]
        elif kind == "insert":
            chars[at:at] = [rng.choice(pool) for _ in range(length)]
        else:
            chars[at:at + length] = [rng.choice(pool) for _ in range(length)]
        budget -= length
    return "".join(chars)


def shuffle_paragraphs(text, rng):
    paragraphs = [p for p in text.split("\n") if p.strip()]
    head, body = paragraphs[:1], paragraphs[1:]
    rng.shuffle(body)
    return "\n".join(head + body) + "\n"


def add_boilerplate(text, rng):
    lines = [line for line in text.split("\n") if line.strip()]
    header = [line.format(date="2025-0%d-1%d" % (rng.randint(1, 9), rng.randint(0, 9)), views=rng.randint(100, 9999))
              for line in BOILERPLATE_HEAD]
    body = []
    pages = max(2, len(lines) // 12)
    for index, line in enumerate(lines):
        body.append(line)
        if index % 12 == 11:
            page = index // 12 + 1
            body.append(rng.choice(["- %d -" % page, "第 %d 页 共 %d 页" % (page, pages), "%d" % page]))
    return "\n".join(lines[:1] + header + body[1:] + BOILERPLATE_TAIL) + "\n"


TRANSFORMS = ["delete", "insert", "substitute", "shuffle", "boilerplate", "gbk"]
RATES = [0.01, 0.02, 0.05, 0.10, 0.15, 0.20]


def build_labelled(out, corpus, repo_corpus, seed=5, laws_wanted=120):
    rng = random.Random(seed)
    files = os.path.join(out, "files")
    os.makedirs(files)
    labels = {}
    kinds = {}
    documents = bases(corpus, repo_corpus, rng, laws_wanted)
    family_of_name = {}
    members = {}
    step = 0
    for family, (name, text) in enumerate(documents):
        # The repository's re-post of a county plan is a copy of it already: same family.
        if name.startswith("county-sex-ratio-plan-2025"):
            family = family_of_name.setdefault("county-sex-ratio-plan-2025", family)
        first = members.get(family, 0)
        members[family] = first + 3
        base = "%03d-%d-base.txt" % (family, first)
        with open(os.path.join(files, base), "w", encoding="utf-8") as handle:
            handle.write(text)
        labels[base] = family
        kinds[base] = "base"
        for copy in (first + 1, first + 2):
            kind = TRANSFORMS[step % len(TRANSFORMS)]
            rate = RATES[(step // len(TRANSFORMS)) % len(RATES)]
            step += 1
            if kind in ("delete", "insert", "substitute"):
                variant, label = edit_spans(text, rate, rng, kind), "%s %d%%" % (kind, round(rate * 100))
            elif kind == "shuffle":
                variant, label = shuffle_paragraphs(text, rng), "paragraphs shuffled"
            elif kind == "boilerplate":
                variant, label = add_boilerplate(text, rng), "boilerplate and page numbers"
            else:
                variant, label = text, "re-encoded GBK"
            copy_name = "%03d-%d-%s.txt" % (family, copy, kind)
            with open(os.path.join(files, copy_name), "wb") as handle:
                handle.write(variant.encode("gb18030" if kind == "gbk" else "utf-8"))
            labels[copy_name] = family
            kinds[copy_name] = label
    json.dump({"family": labels, "kind": kinds}, open(os.path.join(out, "labels.json"), "w"), ensure_ascii=False, indent=0)
    print("%d files in %d families" % (len(labels), len(set(labels.values()))), file=sys.stderr)


# ---------------------------------------------------------------- shared by both measurements

def zhili_documents(zhili, path):
    """{(source, document_index): text} as zhili reads them."""
    output = subprocess.run([zhili, "inspect", path, "--json"], capture_output=True, check=False).stdout
    documents = {}
    for record in json.loads(output):
        for document in record["documents"]:
            parts = []
            for section in document["sections"]:
                heading, text = section["heading"], section["text"]
                parts.append(text if not heading else (heading if not text else heading + "\n" + text))
            documents[(record["source"], document["document_index"])] = "\n".join(parts)
    return documents


def shingles(text):
    folded = "".join(c.lower() for c in unicodedata.normalize("NFKC", text) if c.isalnum())
    if not folded:
        return set()
    if len(folded) < SHINGLE:
        return {folded}
    return {folded[i:i + SHINGLE] for i in range(len(folded) - SHINGLE + 1)}


def datasketch_pairs(sets, thresholds):
    """Signatures once, then an LSH per threshold: {threshold: (seconds, raw pairs, pairs with estimate ≥ t)}
    and the signature time."""
    from datasketch import MinHash, MinHashLSH
    keys = list(sets)
    started = time.process_time()
    signatures = {}
    for key in keys:
        minhash = MinHash(num_perm=PERMUTATIONS)
        minhash.update_batch([s.encode("utf-8") for s in sets[key]])
        signatures[key] = minhash
    signing = time.process_time() - started
    results = {}
    for threshold in thresholds:
        started = time.process_time()
        lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
        for number, key in enumerate(keys):
            if sets[key]:
                lsh.insert(number, signatures[key])
        raw, estimated = set(), set()
        for number, key in enumerate(keys):
            if not sets[key]:
                continue
            for other in lsh.query(signatures[key]):
                if other > number:
                    pair = (key, keys[other])
                    raw.add(pair)
                    if signatures[key].jaccard(signatures[keys[other]]) >= threshold:
                        estimated.add(pair)
        results[threshold] = (time.process_time() - started, raw, estimated)
    return signing, results


def zhili_pairs(zhili, paths, threshold, extra=()):
    started = time.perf_counter()
    run = subprocess.run([zhili, "dedupe", *paths, "--format", "json", "--pairs", "--threshold", str(threshold), *extra],
                         capture_output=True, check=False)
    seconds = time.perf_counter() - started
    report = json.loads(run.stdout)
    pairs = {}
    for pair in report["pairs"]:
        a = (pair["a"]["source"], pair["a"]["document_index"])
        b = (pair["b"]["source"], pair["b"]["document_index"])
        pairs[tuple(sorted((a, b)))] = pair
    return seconds, pairs, report, run.stderr.decode()


def detect_seconds(messages):
    """The processor time of zhili's detection, from `--timings`."""
    match = re.search(r"detect [0-9.]+ s \(CPU ([0-9.]+) s\)", messages)
    return match.group(1) if match else "?"


def prf(found, truth):
    found = {tuple(sorted(p)) for p in found}
    hits = len(found & truth)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(truth) if truth else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# ---------------------------------------------------------------- the labelled set, scored

def score_labelled(zhili, out):
    labels = json.load(open(os.path.join(out, "labels.json")))
    family, kind = labels["family"], labels["kind"]
    files = os.path.join(out, "files")
    documents = zhili_documents(zhili, files)
    # A compilation the reader split into several documents: its n-th document is a copy of the n-th
    # document of each file of its family, and of no other.
    keys = sorted(documents)
    by_family = {}
    for key in keys:
        by_family.setdefault((family[os.path.basename(key[0])], key[1]), []).append(key)
    truth = {tuple(sorted((a, b))) for members in by_family.values() for i, a in enumerate(members) for b in members[i + 1:]}
    sets = {key: shingles(documents[key]) for key in keys}
    print("Labelled set: %d files, %d documents as read, %d families of copies, %d positive pairs of %d."
          % (len(family), len(keys), len(by_family), len(truth), len(keys) * (len(keys) - 1) // 2))
    signing, sketch = datasketch_pairs(sets, THRESHOLDS)
    print()
    print("| threshold | zhili P | zhili R | zhili F1 | zhili detect, CPU (whole run, wall) | zhili --jaccard-only P / R / F1 "
          "| datasketch P | datasketch R | datasketch F1 | datasketch + estimate ≥ t: F1 | datasketch, CPU |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    missed_by_kind = {}
    for threshold in THRESHOLDS:
        seconds, pairs, _, messages = zhili_pairs(zhili, [files], threshold, ["--timings"])
        p, r, f = prf(pairs, truth)
        _, jaccard_pairs, _, _ = zhili_pairs(zhili, [files], threshold, ["--jaccard-only"])
        jp, jr, jf = prf(jaccard_pairs, truth)
        lsh_seconds, raw, estimated = sketch[threshold]
        dp, dr, df = prf(raw, truth)
        _, _, ef = prf(estimated, truth)
        print("| %.1f | %.3f | %.3f | %.3f | %s s (%.2f s) | %.3f / %.3f / %.3f | %.3f | %.3f | %.3f | %.3f | %.2f s |"
              % (threshold, p, r, f, detect_seconds(messages), seconds, jp, jr, jf, dp, dr, df, ef, signing + lsh_seconds))
        if threshold == 0.8:
            found = {tuple(sorted(p)) for p in pairs}
            for a, b in truth - found:
                # Name the copy's transformation (the base has none).
                label = kind[os.path.basename(b[0])] if kind[os.path.basename(a[0])] == "base" else (
                    kind[os.path.basename(a[0])] if kind[os.path.basename(b[0])] == "base" else "copy vs copy")
                missed_by_kind[label] = missed_by_kind.get(label, 0) + 1
    print()
    print("Times are processor seconds, steadier than wall-clock time on a shared machine. datasketch = its signatures "
          "(%.2f s, once) + that threshold's LSH build and queries, the texts given; zhili detect = from the documents "
          "read to the clusters and pairs (`--timings`); whole run = wall-clock time of the whole `zhili dedupe` run, "
          "reading and decoding the files included." % signing)
    print()
    print("Positive pairs zhili misses at 0.8, by the copy's transformation: " + ", ".join(
        "%s %d" % item for item in sorted(missed_by_kind.items(), key=lambda item: -item[1])))


# ---------------------------------------------------------------- the laws

def laws(zhili, folder):
    seconds, pairs, report, messages = zhili_pairs(zhili, [folder], 0.8, ["--timings"])
    print("zhili dedupe --unit document --pairs: %.1f s wall in all, %s s CPU detecting" % (seconds, detect_seconds(messages)))
    exact_seconds, exact, _, _ = zhili_pairs(zhili, [folder], 0.8, ["--exact"])
    truth = {key for key, pair in exact.items() if pair["jaccard"] >= 0.8}
    found = {key for key, pair in pairs.items() if pair["jaccard"] >= 0.8}
    _, classic, _, classic_messages = zhili_pairs(zhili, [folder], 0.8, ["--timings", "--minhash", "permutations"])
    classic_found = {key for key, pair in classic.items() if pair["jaccard"] >= 0.8}
    print("zhili --minhash permutations (128 multiply-shift hash functions per shingle): %s s CPU detecting, "
          "recall %.3f" % (detect_seconds(classic_messages), len(classic_found & truth) / max(1, len(truth))))
    print("zhili, all pairs with Jaccard ≥ 0.8 (exact prefix filtering, %.1f s): %d; found by MinHash/LSH: %d (recall %.3f); "
          "pairs reported by containment alone: %d"
          % (exact_seconds, len(truth), len(found & truth), len(found & truth) / max(1, len(truth)),
             sum(1 for pair in pairs.values() if pair["jaccard"] < 0.8)))

    documents = zhili_documents(zhili, folder)
    started = time.process_time()
    sets = {key: shingles(text) for key, text in documents.items()}
    shingling = time.process_time() - started
    signing, sketch = datasketch_pairs(sets, [0.8])
    lsh_seconds, raw, estimated = sketch[0.8]
    print("datasketch (%d permutations, threshold 0.8) on the same %d documents, CPU: shingling %.1f s, signatures %.1f s, "
          "LSH %.1f s, total %.1f s; recall of the exact pairs: LSH candidates %.3f, with estimate ≥ 0.8 %.3f"
          % (PERMUTATIONS, len(documents), shingling, signing, lsh_seconds, shingling + signing + lsh_seconds,
             len(raw & truth) / max(1, len(truth)), len(estimated & truth) / max(1, len(truth))))

    # Clusters among laws with several versions (a `(YYYY-MM-DD)` suffix, or the same title stem).
    stems = {}
    for source, _ in documents:
        stems.setdefault(version_stem(os.path.basename(source)), set()).add(source)
    versioned = {stem: sources for stem, sources in stems.items() if len(sources) > 1}
    together = 0
    for stem, sources in versioned.items():
        for cluster in report["clusters"]:
            members = {member["source"] for member in cluster["members"]}
            if sources <= members:
                together += 1
                break
    in_clusters = set()
    for cluster in report["clusters"]:
        in_clusters |= {member["source"] for member in cluster["members"]}
    touched = sum(1 for sources in versioned.values() if sources & in_clusters)
    print("Titles in several versions: %d; all versions in one cluster: %d; some versions clustered: %d; clusters: %d, "
          "of which mixing titles: %d"
          % (len(versioned), together, touched, len(report["clusters"]),
             sum(1 for c in report["clusters"] if len({version_stem(os.path.basename(m["source"])) for m in c["members"]}) > 1)))
    for cluster in sorted(report["clusters"], key=lambda c: -len(c["members"]))[:8]:
        names = [os.path.basename(m["source"]) for m in cluster["members"]]
        print("- keep %s; %s (similarity %s)" % (names[0], ", ".join(names[1:]), cluster["similarity"]))


if __name__ == "__main__":
    command = sys.argv[1]
    if command == "labelled":
        build_labelled(sys.argv[2], sys.argv[3], sys.argv[4])
    elif command == "score-labelled":
        score_labelled(sys.argv[2], sys.argv[3])
    elif command == "laws":
        laws(sys.argv[2], sys.argv[3])
    else:
        sys.exit("unknown command " + command)
