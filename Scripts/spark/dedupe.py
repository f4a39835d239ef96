#!/usr/bin/env python3
"""Near-duplicate clusters of a collection too large for one machine, in Apache Spark.

    Scripts/spark/dedupe.py --input DIR --output DIR [--master URL] [--threshold T]
                            [--unit document|section] [--keep RULE] [--pairs] [--partitions N]
                            [--error-bound P]

The same clusters as `zhili dedupe DIR --format jsonl`, computed as the detector does but spread out:

1. Executors run `zhili dedupe --signatures` on their share of the files: each unit's MinHash
   signature, shingle sample, exact-copy key and keep-rule key (the per-document half).
2. Exact copies (same compared characters) are grouped and take part through one representative.
3. Candidates: representatives agreeing on a whole LSH band (the detector's bands × rows for the
   threshold, read from the records), and containment candidates from shared anchors (the
   detector's rule: postings of 2 to 64 texts, at least half the threshold's share of the smaller
   text's postings).
4. Each candidate is verified as the detector does, by the detector's similarity rule and threshold
   on both units' complete shingle sets. A unit's record carries all its shingles where it has at
   most 1,024 distinct ones (most sections), else the anchor eighth of them (hash ≡ 0 mod 8): a
   pair of two such short units is verified at once. Any other pair is first judged on the anchor
   eighth of both sets (see `sampled_verdict`): where the sample shows it on one side of the
   threshold beyond doubt (at most --error-bound chance of a wrong verdict), that is its verdict;
   only the pairs near the threshold have their long units read again, their files only, for all
   their shingles (`zhili dedupe --signatures --all-shingles`), and are verified exactly.
5. Connected components of the verified pairs by contraction in DataFrames (nothing is
   collected on the driver); within each component the CLI's clustering, which never chains: copies
   in keep-rule order, the best not yet placed kept, its direct copies joining it.
6. `clusters.jsonl` (one cluster a line, the members' fields as `zhili dedupe`), and with --pairs
   `pairs.jsonl` (every verified pair of units, as `zhili dedupe --pairs`). A member or pair judged
   on the samples has `"estimated": true`: its `jaccard` and `containment` are the samples'
   estimates (within a few hundredths), where `zhili dedupe` prints the exact values.
"""

import argparse
import array
import base64
import json
import math
import os
import sys

import numpy

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import zhili_spark  # noqa: E402


def arguments():
    parser = argparse.ArgumentParser(description="Near-duplicate clusters in Apache Spark, as `zhili dedupe` finds them.")
    parser.add_argument("--input", required=True, help="the collection's folder (read recursively)")
    parser.add_argument("--output", required=True, help="folder for clusters.jsonl (and pairs.jsonl)")
    parser.add_argument("--master", help="Spark master URL (default: spark-submit's, else local[*])")
    parser.add_argument("--threshold", type=float, default=0.8, help="similarity from which two texts are copies")
    parser.add_argument("--unit", choices=["document", "section"], default="document")
    parser.add_argument("--keep", choices=["complete", "newest", "oldest", "longest"], default="complete")
    parser.add_argument("--pairs", action="store_true", help="also write every verified pair to pairs.jsonl")
    parser.add_argument("--partitions", type=int, help="partitions of the file list (default: two per core, or more so that none holds over 256 files)")
    parser.add_argument("--error-bound", type=float, default=1e-12,
                        help="the largest chance that a pair judged on the shingle samples alone is judged wrongly "
                             "(default 1e-12; 0 verifies every pair on complete shingle sets)")
    options = parser.parse_args()
    if not 0 < options.threshold <= 1:
        parser.error("--threshold must be above 0 and at most 1")
    if not 0 <= options.error_bound < 1:
        parser.error("--error-bound must be at least 0 and below 1")
    return options


def signature_rows(executable, zhili_arguments):
    """Turns each partition's files into one row per unit with a signature."""
    def rows(numbered_files):
        for number, unit, record in zhili_spark.run_zhili(executable, zhili_arguments, numbered_files):
            if record["minhash"] is None:
                continue  # no compared characters: the detector skips the unit too
            identity = {name: record[name] for name in ("source", "document_index", "document", "section", "chars")}
            yield (zhili_spark.unit_id(number, unit), json.dumps(identity, ensure_ascii=False),
                   record["exact_key"], record["keep_key"], record["shingles"], record["distinct_shingles"],
                   [zhili_spark.signed(value) for value in record["sample"] if value % 8 == 0], packed(record["sample"]),
                   record["sampled"],
                   [zhili_spark.signed(value) for value in record["minhash"]],
                   record["bands"], record["rows"], record["contained_minimum"])
    return rows


def complete_rows(executable, zhili_arguments, paths):
    """Each partition's files, as rows (file number, needs: the units wanted from it as (uid, group,
    contained_minimum)), read again for all their shingles and turned into one row per unit and
    group that needs it: (group, uid, all its distinct shingles packed, contained_minimum), the rows
    `in_groups` gathers, so that the complete sets go from the reading straight into their groups."""
    def rows(partition):
        files, needs = [], {}
        for row in partition:
            files.append((row.file, paths.value[row.file]))
            for need in row.needs:
                needs.setdefault(need.uid, []).append((need.group, need.contained_minimum))
        for number, unit, record in zhili_spark.run_zhili(executable, zhili_arguments, files):
            uid = zhili_spark.unit_id(number, unit)
            if record["minhash"] is not None and uid in needs:
                complete = packed(record["sample"])
                for group, contained_minimum in needs[uid]:
                    yield group, uid, complete, contained_minimum
    return rows


def packed(hashes):
    """Shingle hashes as one binary value. Sets that only Python reads travel so: as an array of
    longs, the JVM boxes every hash on each hand-over between Python and Spark, and the garbage of
    thousands per row stalled every task of the verification stages in its collections (BENCHMARKS.md);
    a byte array Spark only moves. Packed unsigned, read back unsigned by `unpacked`."""
    return array.array("Q", hashes).tobytes()


def unpacked(text):
    """The hashes `packed` packed, from the Base64 text `in_groups` hands them over as: a NumPy array
    of unsigned 64-bit values (the executors of one cluster share a byte order), ascending and
    distinct as every record's `sample` lists them (UnitSignature.sample), so that `shared_count`
    can bisect them."""
    return numpy.frombuffer(base64.b64decode(text), dtype=numpy.uint64)


def shared_count(a, b):
    """How many hashes two ascending arrays of distinct hashes (`unpacked`) have in common: each of the
    smaller's looked up in the larger by bisection, in NumPy. Built into Python sets, the complete sets
    of laws ×10's verification took most of its stage's CPU, and a set of Python integers takes about seven
    times the bytes of the array it is made from (BENCHMARKS.md, fifteenth session)."""
    if len(a) > len(b):
        a, b = b, a
    if len(a) == 0:
        return 0
    at = numpy.searchsorted(b, a)
    numpy.minimum(at, len(b) - 1, out=at)
    return int(numpy.count_nonzero(b[at] == a))


UNIT_SCHEMA = ("uid long, identity string, exact_key string, keep_key array<long>, shingles long, distinct long, "
               "anchors array<long>, sample binary, sampled boolean, minhash array<long>, bands int, rows int, contained_minimum long")


def similarity(threshold, contained_minimum, a, b):
    """The detector's verification of one candidate from both units' complete shingle sets:
    (jaccard, containment, similarity) as ShingleSet.similarity and NearDuplicateDetector.similarity;
    `a` and `b` as `unpacked` gives them."""
    if len(a) == 0 or len(b) == 0:
        return 0.0, 0.0, 0.0
    return rule(threshold, contained_minimum, shared_count(a, b), len(a), len(b))


def rule(threshold, contained_minimum, shared, size_a, size_b):
    """(jaccard, containment, similarity) of two sets of `size_a` and `size_b` distinct shingles that
    share `shared`, by the detector's rule (the same floating-point operations as the Swift code)."""
    jaccard = shared / (size_a + size_b - shared)
    containment = shared / min(size_a, size_b)
    # Containment only where the smaller text is large enough and much smaller than the other.
    smaller, larger = min(size_a, size_b), max(size_a, size_b)
    if contained_minimum > 0 and smaller >= contained_minimum and smaller <= threshold * larger:
        return jaccard, containment, max(jaccard, containment)
    return jaccard, containment, jaccard


def needed_shared(threshold, contained_minimum, size_a, size_b):
    """The fewest shared shingles that make two sets of `size_a` and `size_b` distinct shingles copies
    by the detector's rule, or None where even the smaller set entirely within the other is not enough
    (the similarity grows with the shared count, so a bisection finds it)."""
    low, high = 0, min(size_a, size_b)
    if high == 0 or rule(threshold, contained_minimum, high, size_a, size_b)[2] < threshold:
        return None
    while low < high:
        middle = (low + high) // 2
        if rule(threshold, contained_minimum, middle, size_a, size_b)[2] >= threshold:
            high = middle
        else:
            low = middle + 1
    return low


def divergence(x, q):
    """Kullback–Leibler divergence of Bernoulli(x) from Bernoulli(q), in nats."""
    def term(p, r):
        return 0.0 if p == 0 else (math.inf if r == 0 else p * math.log(p / r))
    return term(x, q) + term(1 - x, 1 - q)


def sampled_verdict(threshold, contained_minimum, size_a, size_b, sampled_a, sampled_b, shared, error_bound):
    """Whether two units are copies, judged from the anchor eighths of their shingle sets: True,
    False, or None where the sample cannot tell (the pair is then verified on complete sets).

    `size_a`, `size_b`: the units' distinct shingles; `sampled_a`, `sampled_b`: how many of them are
    anchors (hash ≡ 0 mod 8); `shared`: anchors the two have in common. Certain verdicts first: the
    anchors alone share enough, or even all of the rest could not make enough. Otherwise a test: the
    anchors are the shingles the hash happens to put in one eighth of its range, so, the hash taken
    as a random function, the anchors of the union are `m` = |A'∪B'| shingles drawn without
    replacement from the union, and the shared anchors X follow a hypergeometric law whose share of
    `m` has mean J = s / (|A|+|B|−s) for `s` truly shared. Hoeffding's bound for sampling without
    replacement, P(X ≥ k) ≤ exp(−m·D(k/m ‖ J)) for k/m > J (and the same below), gives the chance of
    seeing this many shared anchors if the pair stood on the other side of the threshold, at the
    shared count closest to it (the chance only falls further away). The verdict is given where that
    chance is at most `error_bound`; each pair is then wrong with probability at most `error_bound`."""
    needed = needed_shared(threshold, contained_minimum, size_a, size_b)
    if needed is None:
        return False
    if shared >= needed:
        return True
    if shared + min(size_a - sampled_a, size_b - sampled_b) < needed:
        return False
    union = sampled_a + sampled_b - shared
    if error_bound <= 0 or union == 0:
        return None
    share = shared / union
    evidence = -math.log(error_bound)
    below = needed - 1
    if share > below / (size_a + size_b - below) and union * divergence(share, below / (size_a + size_b - below)) >= evidence:
        return True
    if share < needed / (size_a + size_b - needed) and union * divergence(share, needed / (size_a + size_b - needed)) >= evidence:
        return False
    return None


def containment_candidates(representatives, threshold, functions):
    """The detector's containment candidates (ContainmentIndex) among representatives."""
    F = functions
    from pyspark.sql import Window
    # A unit's anchors are hashes of a set, so no anchor is twice in one unit's row and each
    # (unit, anchor) row is already distinct.
    anchors = (representatives.where((F.col("contained_minimum") > 0) & (F.col("shingles") >= F.col("contained_minimum")))
               .select("uid", "shingles", F.explode("anchors").alias("anchor")))
    postings = (anchors.groupBy("anchor").agg(F.collect_list(F.struct("uid", "shingles")).alias("items"))
                .where((F.size("items") > 1) & (F.size("items") <= 64)))
    # In a family of copies most anchors are held by the same texts: postings with the same members
    # are exploded into pairs once and weighted by how many anchors they stand for, so that the
    # shuffle grows with the distinct member lists rather than with every anchor's pairs.
    lists = (postings.select(F.array_sort("items").alias("items")).groupBy("items").count()
             .withColumnRenamed("count", "weight"))
    # Each pair is counted from its smaller side (ties: the lower number), as the detector does. A
    # text paired with itself counts its runs (the postings it stands in), so everything is counted
    # from the postings once: a second consumer of them (a join of the runs counted apart) made
    # Spark compute them twice, the job's slowest stage run again (BENCHMARKS.md).
    counted = (lists.select(F.explode("items").alias("a"), "items", "weight")
               .select("a", F.explode("items").alias("b"), "weight")
               .where((F.col("b.shingles") > F.col("a.shingles"))
                      | ((F.col("b.shingles") == F.col("a.shingles")) & (F.col("b.uid") >= F.col("a.uid"))))
               .groupBy(F.col("a.uid").alias("small"), F.col("b.uid").alias("large")).agg(F.sum("weight").alias("shared")))
    runs = F.max(F.when(F.col("small") == F.col("large"), F.col("shared"))).over(Window.partitionBy("small"))
    needed = F.greatest(F.lit(1), F.ceil(F.col("runs") * F.lit(threshold * 0.5)))
    return (counted.withColumn("runs", runs)
            .where((F.col("small") != F.col("large")) & (F.col("shared") >= needed))
            .select(F.least("small", "large").alias("a"), F.greatest("small", "large").alias("b")))


def components(edges, functions, storage):
    """Connected components of an undirected edge list (a, b) by contraction. In a round, each vertex
    of the remaining graph picks the smallest among itself and its neighbours, and every edge becomes
    the edge between its ends' picks (gone where they are the same vertex); the rounds end when no
    edge is left. A vertex's component is its pick, picked again in every later round: the smallest
    vertex of its component, which keeps itself in every round. Label propagation moved a label one
    edge a round over all the edges: 8 rounds on laws ×10, where contraction takes 4 and its second
    round has an eighth of the edges left (BENCHMARKS.md, fourteenth session). Returns (vertex, component)."""
    F = functions
    from pyspark.sql import Observation
    remaining = edges.select(F.least("a", "b").alias("a"), F.greatest("a", "b").alias("b"))
    labels = None
    while True:
        both = remaining.union(remaining.select(F.col("b").alias("a"), F.col("a").alias("b")))
        picks = both.groupBy("a").agg(F.least(F.col("a"), F.min("b")).alias("pick")).persist(storage)
        # A local checkpoint cuts the plan, which would otherwise grow with every round; the edges left
        # are counted as it is made (an observed metric), so a round is one execution.
        observation = Observation("left")
        remaining = (remaining.join(picks.select("a", F.col("pick").alias("to_a")), "a")
                     .join(picks.select(F.col("a").alias("b"), F.col("pick").alias("to_b")), "b")
                     .where(F.col("to_a") != F.col("to_b"))
                     .select(F.least("to_a", "to_b").alias("a"), F.greatest("to_a", "to_b").alias("b")).distinct()
                     .observe(observation, F.count(F.lit(1)).alias("left"))
                     .localCheckpoint(eager=True))
        if labels is None:
            labels = picks.select(F.col("a").alias("vertex"), F.col("pick").alias("component"))
        else:
            labels = (labels.join(picks.select(F.col("a").alias("component"), "pick"), "component", "left")
                      .select("vertex", F.coalesce("pick", "component").alias("component")))
        if observation.get["left"] == 0:
            return labels.persist(storage)


def number(value):
    """A similarity as `zhili dedupe` prints it: three decimals, never rounded up to 1 unless it is 1."""
    thousandths = min(int(math.floor(value * 1000 + 1e-9)), 1000)
    whole, fraction = divmod(thousandths, 1000)
    return whole if fraction == 0 else float("%d.%s" % (whole, ("%03d" % fraction).rstrip("0")))


def component_lines(items, pairs):
    """The CLI's clustering within one connected component (NearDuplicateDetector.clusters):
    groups of exact copies and verified pairs between them in, rows (first, second, JSON line) out:
    a cluster as (its kept unit, -1, cluster), and with `pairs` every verified pair of units as
    (lower unit, higher unit, pair), as `zhili dedupe --pairs` lists them: the exact copies within a
    group, and every member of one group with every member of the other across a verified pair."""
    groups = {}
    neighbours = {}
    for kind, payload in items:
        if kind == "group":
            representative, members = payload
            # Members as (keep key, number, identity), best kept first.
            groups[representative] = sorted((tuple(member[0]), member[1], member[2]) for member in members)
        else:
            a, b, jaccard, containment, similar, estimated = payload
            neighbours.setdefault(a, []).append((b, (jaccard, containment, similar, estimated)))
            neighbours.setdefault(b, []).append((a, (jaccard, containment, similar, estimated)))
    yield from clusters_of(groups, neighbours)
    if pairs:
        yield from pairs_of(groups, neighbours)


def clusters_of(groups, neighbours):
    """A component's clusters: copies in keep-rule order, the best not yet placed kept, its direct copies joining it."""
    order = sorted((group for group in groups if len(groups[group]) > 1 or group in neighbours),
                   key=lambda group: groups[group][0][:2])
    placed = set()
    for centre in order:
        if centre in placed:
            continue
        placed.add(centre)
        kept = groups[centre][0]
        members = [(member, (1.0, 1.0, 1.0, False)) for member in groups[centre][1:]]
        for group, values in neighbours.get(centre, []):
            if group not in placed:
                placed.add(group)
                members += [(member, values) for member in groups[group]]
        if not members:
            continue
        members.sort(key=lambda member: member[0][1])
        keep = json.loads(kept[2])
        records = [dict(keep, kept=True, jaccard=1, containment=1)]
        for member, (jaccard, containment, _, estimated) in members:
            records.append(dict(json.loads(member[2]), kept=False, jaccard=number(jaccard), containment=number(containment),
                                **ESTIMATED[estimated]))
        cluster = {"similarity": number(min(values[2] for _, values in members)), "keep": keep, "members": records}
        yield kept[1], -1, json.dumps(cluster, ensure_ascii=False, separators=(",", ":"))


def pairs_of(groups, neighbours):
    """A component's verified pairs of units, each as (lower unit, higher unit, JSON line)."""
    def line(x, y, values):
        (first, a), (second, b) = sorted(((x[1], x[2]), (y[1], y[2])))
        jaccard, containment, _, estimated = values
        return first, second, json.dumps(dict({"a": json.loads(a), "b": json.loads(b), "jaccard": number(jaccard),
                                                "containment": number(containment)}, **ESTIMATED[estimated]),
                                           ensure_ascii=False, separators=(",", ":"))
    exact = (1.0, 1.0, 1.0, False)
    for representative, members in groups.items():
        for index, x in enumerate(members):
            for y in members[index + 1:]:
                yield line(x, y, exact)
        for other, values in neighbours.get(representative, []):
            if representative < other:
                for x in members:
                    for y in groups[other]:
                        yield line(x, y, values)


VERIFIED_SCHEMA = "a long, b long, jaccard double, containment double, similarity double, estimated boolean"
# A pair judged on the shingle samples alone carries their estimates of its values, and says so.
ESTIMATED = {True: {"estimated": True}, False: {}}


def grouped_pairs(pairs, F, storage):
    """Pairs (a, b) put in groups that share their units' sides: (the pairs with their `group`, the
    units each group needs as (group, uid)). Copies come in families, and a side joined to each of its
    pairs would travel twice per pair; in a group it travels once. A pair's group is the lowest unit
    among its first unit and that unit's partners, so a family whose pairs all meet its lowest member
    is one group; a unit is needed by at most as many groups as it has pairs."""
    pairs = pairs.persist(storage)
    both = pairs.select("a", "b").union(pairs.select(F.col("b").alias("a"), F.col("a").alias("b")))
    lowest = both.groupBy("a").agg(F.least(F.col("a"), F.min("b")).alias("group"))
    grouped = pairs.join(lowest, "a")
    needed = grouped.select("group", F.col("a").alias("uid")).union(grouped.select("group", F.col("b").alias("uid"))).distinct()
    return grouped, needed


def in_groups(grouped, sides, F):
    """One row per group of `grouped_pairs`: `items` a list of each unit's side (the rows of
    `sides`, keyed by group and uid; binary columns as Base64 text) with a null `partner`, and of
    each pair as (uid = a, partner = b). `pairs_of_group` reads a row back."""
    columns = [name for name in sides.columns if name not in ("group", "uid")]
    units = sides.select("group", "uid", F.lit(None).cast("long").alias("partner"), *columns)
    links = grouped.select("group", F.col("a").alias("uid"), F.col("b").alias("partner"),
                           *(F.lit(None).cast(sides.schema[name].dataType).alias(name) for name in columns))
    # Shuffled as bytes, handed to Python as Base64 text: Spark's pickler writes a byte array as a
    # string built byte by byte and encoded again as UTF-8 (BENCHMARKS.md: most of the JVM's time in
    # the verification stage); ASCII text it copies, and Python decodes Base64 in C.
    binary = {field.name for field in sides.schema.fields if field.dataType.typeName() == "binary"}
    fields = ", ".join("'%s', %s" % (name, ("base64(item.%s)" if name in binary else "item.%s") % name)
                       for name in ["uid", "partner"] + columns)
    return (units.unionByName(links).groupBy("group").agg(F.collect_list(F.struct("uid", "partner", *columns)).alias("items"))
            .select(F.expr("transform(items, item -> named_struct(%s))" % fields).alias("items")))


def pairs_of_group(row):
    """The pairs of one row of `in_groups`, each as its two units' items (a, b)."""
    units = {item.uid: item for item in row.items if item.partner is None}
    for item in row.items:
        if item.partner is not None:
            yield units[item.uid], units[item.partner]


def verify_on_samples(candidates, representatives, threshold, error_bound, spark, F, storage):
    """Every candidate judged on the shingles its units' records carry: exactly where both carry
    all of theirs, else on the anchor eighths (`sampled_verdict`). Rows (a, b, jaccard, containment,
    similarity, estimated): the values of the pairs found similar (`estimated` where the sample
    decided and they are its estimates), null values for the pairs left to complete sets;
    dissimilar pairs are dropped."""
    grouped, needed = grouped_pairs(candidates, F, storage)
    groups = in_groups(grouped, needed.join(representatives.select("uid", "distinct", "sampled", "sample", "contained_minimum"), "uid"), F)

    def judge_group(row):
        # Each unit's sample and anchors, made once for all the group's pairs.
        made = {}

        def made_of(unit):
            if unit.uid not in made:
                sample = unpacked(unit.sample)
                made[unit.uid] = (sample, sample[sample % 8 == 0])
            return made[unit.uid]

        for a, b in pairs_of_group(row):
            yield from judge(a, b, made_of(a), made_of(b))

    def judge(a, b, made_a, made_b):
        (sample_a, anchors_a), (sample_b, anchors_b) = made_a, made_b
        if not a.sampled and not b.sampled:
            jaccard, containment, similar = similarity(threshold, a.contained_minimum, sample_a, sample_b)
            if similar >= threshold:
                yield a.uid, b.uid, jaccard, containment, similar, False
            return
        shared = shared_count(anchors_a, anchors_b)
        verdict = sampled_verdict(threshold, a.contained_minimum, a.distinct, b.distinct,
                                  len(anchors_a), len(anchors_b), shared, error_bound)
        if verdict is None:
            yield a.uid, b.uid, None, None, None, False
        elif verdict:
            # The shared count the anchors' Jaccard similarity implies, not below what the verdict is sure of.
            union = len(anchors_a) + len(anchors_b) - shared
            estimate = round(shared / union * (a.distinct + b.distinct) / (1 + shared / union))
            estimate = min(max(estimate, needed_shared(threshold, a.contained_minimum, a.distinct, b.distinct)),
                           a.distinct, b.distinct)
            yield (a.uid, b.uid) + rule(threshold, a.contained_minimum, estimate, a.distinct, b.distinct) + (True,)

    return spark.createDataFrame(groups.rdd.flatMap(judge_group), VERIFIED_SCHEMA)


def verify_on_complete_sets(pairs, representatives, files, threshold, executable, zhili_arguments, partitions,
                            spark, F, storage):
    """The pairs verified exactly on complete shingle sets (in groups, `in_groups`): the long units
    among them read again, their files only, with `zhili dedupe --signatures --all-shingles`, each
    complete set sent from its reading straight to the groups that need it (joined to its unit by
    number first, every set was shuffled twice: BENCHMARKS.md); a short unit's sample holds all its
    shingles."""
    grouped, needed = grouped_pairs(pairs, F, storage)
    sides = (needed.join(representatives.select("uid", "sampled", "contained_minimum",
                                                F.when(~F.col("sampled"), F.col("sample")).alias("sample")), "uid")
             .persist(storage))
    short = sides.where(~F.col("sampled")).select("group", "uid", F.col("sample").alias("shingles"), "contained_minimum")
    wanted = (sides.where("sampled").groupBy(F.shiftright("uid", zhili_spark.UNIT_BITS).alias("file"))
              .agg(F.collect_list(F.struct("uid", "group", "contained_minimum")).alias("needs")).persist(storage))
    # The files to read again are spread over the executors as the first reading was.
    count = zhili_spark.partition_count(spark, wanted.count(), partitions)
    paths = spark.sparkContext.broadcast(files)
    complete = spark.createDataFrame(wanted.rdd.repartition(count).mapPartitions(
        complete_rows(executable, zhili_arguments + ["--all-shingles"], paths)),
        "group long, uid long, shingles binary, contained_minimum long")
    groups = in_groups(grouped, short.unionByName(complete), F)

    def verify(row):
        made = {}
        for a, b in pairs_of_group(row):
            for unit in (a, b):
                if unit.uid not in made:
                    made[unit.uid] = unpacked(unit.shingles)
            values = similarity(threshold, a.contained_minimum, made[a.uid], made[b.uid])
            if values[2] >= threshold:
                yield (a.uid, b.uid) + values + (False,)

    return spark.createDataFrame(groups.rdd.flatMap(verify), VERIFIED_SCHEMA)


def main():
    options = arguments()
    executable = zhili_spark.zhili_executable()
    files = zhili_spark.collection_files(options.input)
    os.makedirs(options.output, exist_ok=True)
    spark = zhili_spark.session("zhili dedupe", options.master)
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    storage = StorageLevel.MEMORY_AND_DISK
    threshold = options.threshold

    zhili_arguments = ["dedupe", "--signatures", "--format", "jsonl", "--threshold", repr(threshold),
                       "--unit", options.unit, "--keep", options.keep]
    units = spark.createDataFrame(
        zhili_spark.file_partitions(spark, list(enumerate(files)), options.partitions).mapPartitions(signature_rows(executable, zhili_arguments)),
        UNIT_SCHEMA).persist(storage)

    # The files were read in many small partitions so that the cores finish together; the cached
    # units are read in a few, since a stage of that many tasks over a cache spends its time
    # scheduling them (BENCHMARKS.md).
    cached = units.coalesce(spark.sparkContext.defaultParallelism * 2)
    # Exact copies: one group per compared text, its representative the first unit in reading order.
    groups = (cached.groupBy("exact_key")
              .agg(F.min("uid").alias("representative"),
                   F.collect_list(F.struct("keep_key", "uid", "identity")).alias("members"))
              .persist(storage))
    representatives = cached.join(groups.select(F.col("representative").alias("uid")), "uid").persist(storage)
    # Every later step reads the groups and the representatives: once both are cached, the units'
    # own cache (as large as the representatives') is let go, its memory left to the aggregations
    # that spilled to disk beside it (BENCHMARKS.md). Spark keeps a cache built from one let go.
    unit_count = units.count()
    representatives.count()
    units.unpersist()

    # Candidates from LSH bands and from containment anchors.
    # Each band of a representative's MinHash values as a key, in SQL: no hand-over to Python.
    banded = representatives.select("uid", F.posexplode(F.expr(
        "transform(sequence(0, bands - 1), band -> slice(minhash, band * rows + 1, rows))")).alias("band", "key"))
    lsh = (banded.groupBy("band", "key").agg(F.collect_set("uid").alias("uids")).where(F.size("uids") > 1)
           .select(F.explode("uids").alias("a"), "uids").select("a", F.explode("uids").alias("b")).where("a < b"))
    candidates = lsh.union(containment_candidates(representatives, threshold, F)).distinct()

    # Verification, first on what the records carry: complete sets of short units, anchor eighths of long ones.
    verdicts = verify_on_samples(candidates, representatives, threshold, options.error_bound, spark, F, storage).persist(storage)
    verified = verdicts.where(F.col("similarity").isNotNull())
    uncertain = verdicts.where(F.col("similarity").isNull()).select("a", "b")
    verified = verified.union(verify_on_complete_sets(uncertain, representatives, files, threshold, executable,
                                                      zhili_arguments, options.partitions, spark, F, storage)).persist(storage)

    # Components over groups: groups without pairs but with several exact copies are their own.
    component_of = components(verified, F, storage)
    grouped = (groups.join(component_of.withColumnRenamed("vertex", "representative"), "representative", "left")
               .where(F.col("component").isNotNull() | (F.size("members") > 1))
               .select(F.coalesce("component", "representative").alias("component"), "representative", "members"))
    items = (grouped.rdd.map(lambda row: (row.component, ("group", (row.representative, [(m.keep_key, m.uid, m.identity) for m in row.members]))))
             .union(verified.join(component_of.withColumnRenamed("vertex", "a"), "a").rdd
                    .map(lambda row: (row.component, ("pair", (row.a, row.b, row.jaccard, row.containment, row.similarity,
                                                               row.estimated))))))
    with_pairs = options.pairs
    # As many partitions as the SQL shuffles have (one per core in local runs): by default as many as
    # the union of the two inputs, one more than the cores, and the last task ran alone. Components
    # are spread by `unit_partition`: by the default hash every document's component went to one.
    partitions = int(spark.conf.get("spark.sql.shuffle.partitions"))
    lines = spark.createDataFrame(items.groupByKey(partitions, zhili_spark.unit_partition)
                                  .flatMap(lambda entry: component_lines(entry[1], with_pairs)),
                                  "first long, second long, json string").persist(storage)
    # Clusters and pairs sorted and written in one pass (a cluster's second is -1).
    paths = {"clusters": os.path.join(options.output, "clusters.jsonl")}
    if options.pairs:
        paths["pairs"] = os.path.join(options.output, "pairs.jsonl")
    zhili_spark.write_json_lines(lines.withColumn("kind", F.when(F.col("second") < 0, "clusters").otherwise("pairs")),
                                 "json", paths, ["first", "second"])
    with open(os.path.join(options.output, "clusters.jsonl"), "rb") as written:
        cluster_count = sum(1 for _ in written)
    estimated, undecided = verdicts.select(*(F.coalesce(F.sum(column.cast("long")), F.lit(0)) for column in
                                             (F.col("estimated"), F.col("similarity").isNull()))).first()
    print("%d clusters among %d %ss of %d files (threshold %s, %d verified pairs of distinct texts: %d judged on the "
          "shingle samples, %d candidates verified on complete sets)"
          % (cluster_count, unit_count, options.unit, len(files), threshold, verified.count(),
             estimated, undecided), file=sys.stderr)
    zhili_spark.stop(spark)


if __name__ == "__main__":
    main()
