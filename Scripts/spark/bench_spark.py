#!/usr/bin/env python3
"""Benchmarks of the Spark jobs against `zhili` alone (BENCHMARKS.md, "Beyond one machine (issue 13)").

    Scripts/spark/bench-spark.sh   (builds the release zhili, then runs this)

1. ../shared/corpus/laws, `--unit document`: `zhili dedupe --pairs` and Scripts/spark/dedupe.py in
   local[2]: wall time, peak memory, and the Jaccard similarity of the two pair sets (target ≥ 0.99).
2. The same folder: `zhili stats|cites|measures --format jsonl` record counts against the Parquet
   rows extract.py writes (read back from its files).
3. 行政法规 ×10 with edited copies (make-scaled-collection.py, seed 13, written under /tmp the first
   time: 6,830 files, 110 MB): `zhili dedupe` alone, then dedupe.py in local[1] and local[2] (speed-up;
   target ≥ 1.7×), each with its shuffle read from Spark's event log, stage by stage, and then the
   two runs compared job by job (compare_event_logs.py): a speed-up counts only where the same work
   took the same CPU in both runs (the tasks' JVM CPU, the `zhili` processes', the Python workers',
   each within 15%); otherwise the host ran at another speed during one of them and the ratio of the
   walls is flagged as no measurement.
`bench_spark.py 3` (or `bash Scripts/spark/bench-spark.sh 3`) runs only that part; $ZHILI_SCALED_SOURCE
and $ZHILI_SCALED choose the folder scaled in part 3 and where its copy goes (the whole laws ×10 is
34,760 files: hours in local[1]), $ZHILI_SCALED_COPIES how many copies it holds (10; 3 makes laws
×3). Every run is one run, its wall clock from start to exit; the load average before and after each
is printed, since the machine may be shared.
"""

import json
import math
import os
import resource
import shutil
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
ZHILI = os.environ.get("ZHILI") or os.path.join(ROOT, ".build", "release", "zhili")
SCALED = os.environ.get("ZHILI_SCALED", "/tmp/zhili-admin-x10")
COPIES = os.environ.get("ZHILI_SCALED_COPIES", "10")


class ProcessCPU:
    """CPU seconds of a process tree by kind of process, sampled from /proc while it runs: the Python
    driver, the JVM (driver and executor threads, GC, compiler), the Python workers' own work, and
    the `zhili` runs the workers wait for (their children's time). Samples are kept with their
    wall-clock time, so that the CPU spent in any stretch of the run (a stage) can be read back."""

    TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    KINDS = ("driver", "jvm", "worker", "zhili")

    def __init__(self, root):
        self.root = root
        self.last = {}  # pid: (kind, own seconds, waited-for children's seconds)
        self.samples = []  # (epoch seconds, {kind: cumulative seconds})
        self.real_time = {}  # pid: [CPU seconds when first seen, when last seen, command] of real-time processes
        self.done = threading.Event()
        self.thread = threading.Thread(target=self.sample_until_done, daemon=True)
        self.thread.start()

    def stop(self):
        self.done.set()
        self.thread.join()
        return self.samples[-1][1] if self.samples else {}

    def sample_until_done(self):
        while not self.done.is_set():
            self.sample()
            self.done.wait(0.2)
        self.sample()

    def sample(self):
        parents, stats, real_time = {}, {}, set()
        for name in os.listdir("/proc"):
            if not name.isdigit():
                continue
            try:
                with open("/proc/%s/stat" % name) as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
                with open("/proc/%s/cmdline" % name, "rb") as handle:
                    command = handle.read()
            except OSError:
                continue
            pid = int(name)
            parents[pid] = int(fields[1])
            stats[pid] = (command, (int(fields[11]) + int(fields[12])) / self.TICK, (int(fields[13]) + int(fields[14])) / self.TICK)
            if int(fields[38]) in (1, 2) and command:
                real_time.add(pid)
        for pid in stats:
            ancestor = pid
            while ancestor in parents and ancestor != self.root and ancestor > 1:
                ancestor = parents[ancestor]
            if ancestor != self.root:
                # Other sessions' real-time processes (chrt) take the cores whatever this run's nice.
                if pid in real_time:
                    seen = self.real_time.setdefault(pid, [stats[pid][1], stats[pid][1], stats[pid][0].split(b"\0")[0].decode(errors="replace")])
                    seen[1] = stats[pid][1]
                continue
            command, own, children = stats[pid]
            kind = ("driver" if pid == self.root else "jvm" if b"java" in command.split(b"\0")[0]
                    else "zhili" if command.split(b"\0")[0].endswith(b"zhili") else "worker")
            self.last[pid] = (kind, own, children)
        totals = dict.fromkeys(self.KINDS, 0.0)
        for kind, own, children in self.last.values():
            totals[kind] += own if kind != "zhili" else 0.0
            # A worker's waited-for children are the `zhili` runs it started (a live `zhili` is
            # counted once it has exited and been waited for).
            if kind == "worker":
                totals["zhili"] += children
        self.samples.append((time.time(), totals))

    def between(self, start, end):
        """CPU seconds by kind spent between two epoch times (to the nearest sample)."""
        def at(moment):
            earlier = [totals for stamp, totals in self.samples if stamp <= moment]
            return earlier[-1] if earlier else dict.fromkeys(self.KINDS, 0.0)
        first, last = at(start), at(end)
        return {kind: last[kind] - first[kind] for kind in self.KINDS}

    def real_time_text(self):
        """The CPU that real-time processes outside the run took while it ran (a run so starved is no measurement)."""
        taken = {}
        for pid, (first, last, command) in self.real_time.items():
            if last > first:
                taken[os.path.basename(command)] = taken.get(os.path.basename(command), 0) + last - first
        return ", ".join("%s %.1f s" % item for item in sorted(taken.items())) or "none"


def steal_seconds():
    """CPU seconds the hypervisor ran something else while this machine's CPUs wanted to run
    (/proc/stat's steal, summed over the CPUs), or None where the kernel does not count it. A run
    during which it grows had a slower machine than its load average says."""
    try:
        with open("/proc/stat") as handle:
            fields = handle.readline().split()
        return int(fields[8]) / ProcessCPU.TICK if fields[0] == "cpu" and len(fields) > 8 else None
    except (OSError, ValueError):
        return None


def run(arguments, output=None, sampled=False):
    """Runs a command; returns (wall seconds, its standard output, its standard error), and with
    `sampled` also the CPU its processes used (`ProcessCPU`)."""
    load = os.getloadavg()[0]
    steal = steal_seconds()
    started = time.monotonic()
    child = subprocess.Popen(arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ, ZHILI=ZHILI))
    cpu = ProcessCPU(child.pid) if sampled else None
    stdout, stderr = child.communicate()
    process = subprocess.CompletedProcess(arguments, child.returncode, stdout, stderr)
    if cpu:
        cpu.stop()
    wall = time.monotonic() - started
    if process.returncode not in (0,):
        sys.exit("failed (%d): %s\n%s" % (process.returncode, " ".join(arguments), process.stderr.decode()[-3000:]))
    stolen = "" if steal is None else ", VM steal %.1f s" % (steal_seconds() - steal)
    print("  %.1f s wall (load average before %.1f, after %.1f%s): %s" % (wall, load, os.getloadavg()[0], stolen, " ".join(
        os.path.basename(a) if a.startswith("/") else a for a in arguments[:4])), flush=True)
    errors = process.stderr.decode("utf-8", "replace")
    return (wall, process.stdout, errors, cpu) if sampled else (wall, process.stdout, errors)


def peak_children_mb():
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def place(member):
    return (member["source"], member["document_index"], member["section"])


def pair_set(pairs):
    return {(place(pair["a"]), place(pair["b"])) for pair in pairs}


def event_log(log_folder):
    """What Spark's event log says of a run: shuffle bytes written, the largest task's peak execution
    memory, bytes spilled (in memory, before their spill to disk), each stage's figures (stage: [MB written, seconds, name, task seconds, JVM CPU seconds,
    GC seconds, first task's launch, last task's end, MB spilled]), every task's (launch, end) in epoch seconds,
    and the application's start and end. A task's run time beyond its JVM thread's CPU and its GC
    pauses is time spent waiting: on its Python worker and `zhili`, or for a core."""
    written = 0
    peak = 0
    spilled = 0
    stages = {}
    tasks = []
    application = [None, None]
    logs = [os.path.join(folder, name) for folder, _, names in os.walk(log_folder) for name in names if name.startswith("events_")
            or name.startswith("local-")]
    for path in sorted(logs):
        with open(path, encoding="utf-8") as log:
            for line in log:
                head = line[:120]
                if '"SparkListenerTaskEnd"' in head:
                    event = json.loads(line)
                    metrics = event.get("Task Metrics") or {}
                    info = event["Task Info"]
                    bytes_written = (metrics.get("Shuffle Write Metrics") or {}).get("Shuffle Bytes Written", 0)
                    written += bytes_written
                    stage = stages.setdefault(event["Stage ID"], [0, 0, "", 0, 0, 0, math.inf, 0, 0])
                    stage[0] += bytes_written / 1e6
                    stage[3] += metrics.get("Executor Run Time", 0) / 1e3
                    stage[4] += metrics.get("Executor CPU Time", 0) / 1e9
                    stage[5] += metrics.get("JVM GC Time", 0) / 1e3
                    stage[6] = min(stage[6], info["Launch Time"] / 1e3)
                    stage[7] = max(stage[7], info["Finish Time"] / 1e3)
                    tasks.append((info["Launch Time"] / 1e3, info["Finish Time"] / 1e3))
                    peak = max(peak, metrics.get("Peak Execution Memory", 0))
                    spilled += metrics.get("Memory Bytes Spilled", 0)
                    stage[8] += metrics.get("Memory Bytes Spilled", 0) / 1e6
                elif '"SparkListenerStageCompleted"' in head:
                    info = json.loads(line)["Stage Info"]
                    stage = stages.setdefault(info["Stage ID"], [0, 0, "", 0, 0, 0, math.inf, 0, 0])
                    stage[1] = (info.get("Completion Time", 0) - info.get("Submission Time", 0)) / 1000
                    stage[2] = info["Stage Name"]
                elif '"SparkListenerApplicationStart"' in head:
                    application[0] = json.loads(line)["Timestamp"] / 1e3
                elif '"SparkListenerApplicationEnd"' in head:
                    application[1] = json.loads(line)["Timestamp"] / 1e3
    return written / 1e6, peak / 1e6, spilled / 1e6, stages, tasks, application


def concurrency(tasks, start, end):
    """Seconds between `start` and `end` during which 0, 1, 2 or more tasks ran ({count: seconds})."""
    changes = sorted([(launch, 1) for launch, _ in tasks] + [(finish, -1) for _, finish in tasks])
    seconds = {}
    running, last = 0, start
    for moment, change in changes + [(end, 0)]:
        seconds[min(running, 2)] = seconds.get(min(running, 2), 0) + max(0.0, moment - last)
        running, last = running + change, max(last, moment)
    return seconds


def cpu_text(used, wall):
    total = sum(used.values())
    return "%.1f s CPU (%.2f cores): %s" % (total, total / wall if wall else 0, ", ".join(
        "%s %.1f" % (kind, used[kind]) for kind in ProcessCPU.KINDS))


def dedupe(folder, master, output, unit="document", prefix=()):
    """Runs dedupe.py (after `prefix`, such as taskset) and prints where its time went: stages,
    tasks running at once, and the CPU of its processes by kind, in all and stage by stage. Returns
    (wall seconds, pair set, summary line, event log folder, CPU seconds by kind of process)."""
    log_folder = output + ".events"
    shutil.rmtree(log_folder, ignore_errors=True)
    os.makedirs(log_folder)
    os.environ["ZHILI_SPARK_EVENT_LOG"] = log_folder
    wall, _, errors, cpu = run(list(prefix) + [sys.executable, os.path.join(HERE, "dedupe.py"), "--input", folder,
                                               "--output", output, "--master", master, "--unit", unit, "--pairs"], sampled=True)
    del os.environ["ZHILI_SPARK_EVENT_LOG"]
    with open(os.path.join(output, "pairs.jsonl"), encoding="utf-8") as lines:
        pairs = pair_set(json.loads(line) for line in lines)
    shuffled, peak, spilled, stages, tasks, (started, ended) = event_log(log_folder)
    summary = ("%s; shuffle written %.1f MB, largest task's peak execution memory %.1f MB, spilled %.1f MB"
               % (errors.strip().splitlines()[-1], shuffled, peak, spilled))
    label = " ".join(prefix + (master,))
    slowest = sorted((item for item in stages.items() if item[1][7]), key=lambda item: -(item[1][7] - item[1][6]))[:8]
    print("  %s: the event log is in %s; slowest stages:" % (label, log_folder))
    for number, (megabytes, seconds, name, ran, jvm, gc, first, last, spill) in sorted(slowest, key=lambda item: item[1][6]):
        print("    stage %d (%s) at %.1f–%.1f s: %.1f MB written, %.1f MB spilled; tasks ran %.1f s (JVM CPU %.1f, GC %.1f); processes: %s"
              % (number, name.split(" at ")[0], first - started, last - started, megabytes, spill, ran, jvm, gc,
                 cpu_text(cpu.between(first, last), last - first)))
    running = concurrency(tasks, started, ended)
    print("  all tasks: ran %.1f s, JVM CPU %.1f s, GC %.1f s; application %.1f s, of which %s"
          % (sum(stage[3] for stage in stages.values()), sum(stage[4] for stage in stages.values()),
             sum(stage[5] for stage in stages.values()), ended - started,
             ", ".join("%.1f s with %s task%s running" % (running.get(count, 0), "≥ 2" if count == 2 else count, "" if count == 1 else "s")
                       for count in (0, 1, 2))))
    print("  real-time processes of other sessions during the run (CPU taken): %s" % cpu.real_time_text())
    print("  processes over the whole run: %s; before the application started %s; with no task running %s"
          % (cpu_text(cpu.between(0, math.inf), wall), cpu_text(cpu.between(0, started), started - cpu.samples[0][0]),
             cpu_text(idle_cpu(cpu, tasks, started, ended), running.get(0, 0))))
    return wall, pairs, summary, log_folder, cpu.between(0, math.inf)


def idle_cpu(cpu, tasks, start, end):
    """CPU by kind during the stretches of [start, end] with no task running (the driver's own time)."""
    used = dict.fromkeys(ProcessCPU.KINDS, 0.0)
    busy = sorted(tasks)
    last = start
    for launch, finish in busy + [(end, end)]:
        if launch > last:
            for kind, seconds in cpu.between(last, launch).items():
                used[kind] += seconds
        last = max(last, finish)
    return used


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
    spark_wall, spark_pairs, summary, _, _ = dedupe(laws, "local[2]", "/tmp/zhili-bench-spark-laws")
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
    print("\n3. %s ×%s with edited copies (%s)" % (source, COPIES, SCALED), flush=True)
    if not os.path.isdir(SCALED):
        run([sys.executable, os.path.join(HERE, "make-scaled-collection.py"), "--source", source, "--output", SCALED,
             "--copies", COPIES, "--seed", "13"])
    cli_wall, cli_pairs, cli_clusters = cli_dedupe(SCALED)
    print("  CLI alone: %.1f s, %d pairs, %d clusters" % (cli_wall, len(cli_pairs), cli_clusters), flush=True)
    # local[1], local[2], and local[1] with the whole job (JVM, Python, zhili) held to one core.
    chosen = [(name, master, prefix) for name, master, prefix in
              (("local[1]", "local[1]", ()), ("local[2]", "local[2]", ()), ("one core", "local[1]", ("taskset", "-c", "0")))
              if name in os.environ.get("ZHILI_BENCH_RUNS", "local[1],local[2],one core").split(",")]
    # The timed runs map the driver's class archive (zhili_spark.ClassArchive), one per heap, so one
    # per master: a first run on a small folder records it where it is missing, so that none of them
    # pays for its recording.
    sys.path.insert(0, HERE)
    import zhili_spark
    for master in sorted({master for _, master, _ in chosen}):
        memory = zhili_spark.local_driver_memory(master)
        archive = zhili_spark.ClassArchive(os.environ.get("ZHILI_SPARK_JAVA_OPTIONS", zhili_spark.LOCAL_JAVA_OPTIONS), memory)
        if archive.path and not os.path.isfile(archive.path):
            print("  recording the class archive %s:" % archive.path, flush=True)
            run([sys.executable, os.path.join(HERE, "dedupe.py"), "--input", os.path.join(SHARED, "laws", "宪法相关法"),
                 "--output", "/tmp/zhili-bench-spark-archive", "--master", master])
        print("  %s, heap %s: class archive %s" % (master, memory, archive.path if archive.path and os.path.isfile(archive.path)
                                                   else "none"), flush=True)
    runs = {}
    for name, master, prefix in chosen:
        runs[name] = dedupe(SCALED, master, "/tmp/zhili-bench-spark-x10-%s" % name.replace(" ", "-").replace("[", "").replace("]", ""),
                            prefix=prefix)
    for name, (wall, pairs, summary, _, _) in runs.items():
        agreement = len(cli_pairs & pairs) / max(1, len(cli_pairs | pairs))
        print("  dedupe.py %s: %.1f s (%s); %.2f× the CLI's wall; pair-set Jaccard with the CLI %.4f"
              % (name, wall, summary, wall / cli_wall, agreement))
    if "local[2]" in runs:
        for name in ("local[1]", "one core"):
            if name in runs:
                print("  speed-up %s → local[2]: %.2f×%s" % (name, runs[name][0] / runs["local[2]"][0], same_host(runs[name], runs["local[2]"])))


def same_host(one, other):
    """Prints the two runs compared job by job (compare_event_logs.py) and whether the same work took
    the same CPU in both: the tasks' JVM threads, the `zhili` processes and the Python workers. Returns
    the verdict as a clause for the speed-up line."""
    import compare_event_logs
    print("  the two runs job by job (%s against %s):" % (one[3], other[3]))
    agreements = [compare_event_logs.compare(one[3], other[3])]
    for kind, what in (("zhili", "`zhili` processes"), ("worker", "Python workers")):
        agreements.append(compare_event_logs.cpu_agreement(one[4][kind], other[4][kind], what))
        print(agreements[-1][1])
    if all(agrees for agrees, _ in agreements):
        return " (valid: the same work took the same CPU in both runs, within %d%%)" % round(compare_event_logs.CPU_TOLERANCE * 100)
    return (" — NOT VALID: the same work took different CPU in the two runs (see above), so the host ran at another "
            "speed during one of them; run again")


if __name__ == "__main__":
    main()
