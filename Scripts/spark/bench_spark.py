#!/usr/bin/env python3
"""Benchmarks of the Spark jobs against `zhili` alone (BENCHMARKS.md, "Beyond one machine (issue 13)").

    Scripts/spark/bench-spark.sh   (builds the release zhili, then runs this)

1. ../shared/corpus/laws, `--unit document`: `zhili dedupe --pairs` and Scripts/spark/dedupe.py in
   local[2]: wall time, peak memory, and the Jaccard similarity of the two pair sets (target ≥ 0.99).
2. The same folder: `zhili stats|cites|measures --format jsonl` record counts against the Parquet
   rows extract.py writes (read back from its files).
3. 行政法规 ×10 with edited copies (make-scaled-collection.py, seed 13, written under /tmp the first
   time: 6,830 files, 110 MB): `zhili dedupe` alone, then dedupe.py in local[1] and local[2] (speed-up;
   target ≥ 1.7×), each with its shuffle read from Spark's event log, stage by stage.
`bench_spark.py 3` (or `bash Scripts/spark/bench-spark.sh 3`) runs only that part; $ZHILI_SCALED_SOURCE
and $ZHILI_SCALED choose the folder scaled in part 3 and where its copy goes (the whole laws ×10 is
34,760 files: hours in local[1]). Every run is one run, its wall clock from start to exit; the load
average before and after each is printed, since the machine may be shared.
"""

import json
import os
import resource
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
ZHILI = os.environ.get("ZHILI") or os.path.join(ROOT, ".build", "release", "zhili")
SCALED = os.environ.get("ZHILI_SCALED", "/tmp/zhili-admin-x10")


def run(arguments, output=None):
    """Runs a command; returns (wall seconds, its standard output, its standard error)."""
    load = os.getloadavg()[0]
    started = time.monotonic()
    process = subprocess.run(arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ, ZHILI=ZHILI))
    wall = time.monotonic() - started
    if process.returncode not in (0,):
        sys.exit("failed (%d): %s\n%s" % (process.returncode, " ".join(arguments), process.stderr.decode()[-3000:]))
    print("  %.1f s wall (load average before %.1f, after %.1f): %s" % (wall, load, os.getloadavg()[0], " ".join(
        os.path.basename(a) if a.startswith("/") else a for a in arguments[:4])), flush=True)
    return wall, process.stdout, process.stderr.decode("utf-8", "replace")


def peak_children_mb():
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def place(member):
    return (member["source"], member["document_index"], member["section"])


def pair_set(pairs):
    return {(place(pair["a"]), place(pair["b"])) for pair in pairs}


def shuffle_megabytes(log_folder):
    """Shuffle bytes written, the largest task's peak execution memory, and the shuffle written and
    the time taken by each stage (stage: (MB, seconds, name, task seconds, JVM CPU seconds, GC
    seconds)), from Spark's event log. A task's run time beyond its JVM thread's CPU and its GC
    pauses is time spent waiting: on its Python worker and `zhili`, or for a core."""
    written = 0
    peak = 0
    stages = {}
    logs = [os.path.join(folder, name) for folder, _, names in os.walk(log_folder) for name in names if name.startswith("events_")
            or name.startswith("local-")]
    for path in logs:
        with open(path, encoding="utf-8") as log:
            for line in log:
                if '"SparkListenerTaskEnd"' in line:
                    event = json.loads(line)
                    metrics = event.get("Task Metrics") or {}
                    bytes_written = (metrics.get("Shuffle Write Metrics") or {}).get("Shuffle Bytes Written", 0)
                    written += bytes_written
                    stage = stages.setdefault(event["Stage ID"], [0, 0, "", 0, 0, 0])
                    stage[0] += bytes_written / 1e6
                    stage[3] += metrics.get("Executor Run Time", 0) / 1e3
                    stage[4] += metrics.get("Executor CPU Time", 0) / 1e9
                    stage[5] += metrics.get("JVM GC Time", 0) / 1e3
                    peak = max(peak, metrics.get("Peak Execution Memory", 0))
                elif '"SparkListenerStageCompleted"' in line:
                    info = json.loads(line)["Stage Info"]
                    stage = stages.setdefault(info["Stage ID"], [0, 0, "", 0, 0, 0])
                    stage[1] = (info.get("Completion Time", 0) - info.get("Submission Time", 0)) / 1000
                    stage[2] = info["Stage Name"]
    return written / 1e6, peak / 1e6, stages


def dedupe(folder, master, output, unit="document"):
    log_folder = output + ".events"
    shutil.rmtree(log_folder, ignore_errors=True)
    os.makedirs(log_folder)
    os.environ["ZHILI_SPARK_EVENT_LOG"] = log_folder
    wall, _, errors = run([sys.executable, os.path.join(HERE, "dedupe.py"), "--input", folder, "--output", output,
                           "--master", master, "--unit", unit, "--pairs"])
    del os.environ["ZHILI_SPARK_EVENT_LOG"]
    with open(os.path.join(output, "pairs.jsonl"), encoding="utf-8") as lines:
        pairs = pair_set(json.loads(line) for line in lines)
    shuffled, peak, stages = shuffle_megabytes(log_folder)
    summary = "%s; shuffle written %.1f MB, largest task's peak execution memory %.1f MB" % (errors.strip().splitlines()[-1], shuffled, peak)
    slowest = sorted(stages.items(), key=lambda item: -item[1][1])[:6]
    print("  %s in %s: slowest stages %s; the event log is in %s" % (master, os.path.basename(folder), "; ".join(
        "%d (%.1f s, %.1f MB written; tasks ran %.1f s: JVM CPU %.1f s, GC %.1f s)" % (number, seconds, megabytes, ran, cpu, gc)
        for number, (megabytes, seconds, _, ran, cpu, gc) in slowest), log_folder))
    print("  all tasks: ran %.1f s, JVM CPU %.1f s, GC %.1f s" % tuple(sum(stage[index] for stage in stages.values()) for index in (3, 4, 5)))
    return wall, pairs, summary


def cli_dedupe(folder, unit="document"):
    wall, output, errors = run([ZHILI, "dedupe", folder, "--unit", unit, "--pairs", "--format", "json"])
    report = json.loads(output)
    return wall, pair_set(report["pairs"]), len(report["clusters"])


def main():
    laws = os.path.join(SHARED, "laws")
    parts = sys.argv[1].split(",") if len(sys.argv) > 1 else ["1", "2", "3"]
    print("zhili: %s; cores: %d; parts %s" % (ZHILI, os.cpu_count(), ",".join(parts)))
    if "1" in parts:
        laws_dedupe(laws)
    if "2" in parts:
        laws_extract(laws)
    if "3" in parts:
        scaled(os.environ.get("ZHILI_SCALED_SOURCE", os.path.join(laws, "行政法规")))


def laws_dedupe(laws):
    print("\n1. laws, documents: CLI against dedupe.py local[2]")
    cli_wall, cli_pairs, cli_clusters = cli_dedupe(laws)
    cli_peak = peak_children_mb()
    spark_wall, spark_pairs, summary = dedupe(laws, "local[2]", "/tmp/zhili-bench-spark-laws")
    agreement = len(cli_pairs & spark_pairs) / max(1, len(cli_pairs | spark_pairs))
    print("  CLI: %d pairs, %d clusters, %.1f s, peak %.0f MB; Spark: %d pairs (%s), %.1f s, peak %.0f MB (largest process)"
          % (len(cli_pairs), cli_clusters, cli_wall, cli_peak, len(spark_pairs), summary, spark_wall, peak_children_mb()))
    print("  pair-set Jaccard %.4f; only CLI: %s; only Spark: %s"
          % (agreement, sorted(cli_pairs - spark_pairs)[:5], sorted(spark_pairs - cli_pairs)[:5]))

    _, output, _ = run([ZHILI, "dedupe", laws, "--signatures", "--format", "jsonl"])
    print("  signature records of laws: %.1f MB of JSON Lines for %d documents" % (len(output) / 1e6, output.count(b"\n")))



def laws_extract(laws):
    print("\n2. laws: extract.py local[2] Parquet rows against CLI records")
    wall, _, errors = run([sys.executable, os.path.join(HERE, "extract.py"), "--input", laws,
                           "--output", "/tmp/zhili-bench-spark-extract", "--master", "local[2]"])
    reported = {line.split(":")[0]: int(line.split(": ")[1].split()[0]) for line in errors.splitlines()
                if line.split(":")[0] in ("statistics", "citations", "measures")}
    for table, command in (("statistics", "stats"), ("citations", "cites"), ("measures", "measures")):
        _, output, _ = run([ZHILI, command, laws, "--format", "jsonl"])
        records = output.count(b"\n")
        print("  %s: CLI %d records, Parquet %d rows: %s" % (table, records, reported[table], "equal" if records == reported[table] else "DIFFERENT"))



def scaled(source):
    print("\n3. %s ×10 with edited copies (%s)" % (source, SCALED), flush=True)
    if not os.path.isdir(SCALED):
        run([sys.executable, os.path.join(HERE, "make-scaled-collection.py"), "--source", source, "--output", SCALED, "--seed", "13"])
    cli_wall, cli_pairs, cli_clusters = cli_dedupe(SCALED)
    one_wall, one_pairs, one_summary = dedupe(SCALED, "local[1]", "/tmp/zhili-bench-spark-x10-1")
    two_wall, two_pairs, two_summary = dedupe(SCALED, "local[2]", "/tmp/zhili-bench-spark-x10-2")
    agreement = len(cli_pairs & two_pairs) / max(1, len(cli_pairs | two_pairs))
    print("  CLI alone: %.1f s, %d pairs, %d clusters" % (cli_wall, len(cli_pairs), cli_clusters))
    print("  dedupe.py local[1]: %.1f s (%s); local[2]: %.1f s (%s); speed-up %.2f×; Spark local[2] / CLI %.2f×; pair-set Jaccard with the CLI %.4f"
          % (one_wall, one_summary, two_wall, two_summary, one_wall / two_wall, two_wall / cli_wall, agreement))


if __name__ == "__main__":
    main()
