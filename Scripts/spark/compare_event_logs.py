#!/usr/bin/env python3
"""Where two runs of the same Spark job differ, job by job, from their event logs (BENCHMARKS.md).

    Scripts/spark/compare_event_logs.py ONE_EVENT_LOG_FOLDER OTHER_EVENT_LOG_FOLDER [--at-least SECONDS]

Typically `local[1]` against `local[2]` of `dedupe.py` (bench_spark.py leaves the event logs in
/tmp/zhili-bench-spark-x10-local1.events and …-local2.events). The same script on the same input runs
the same jobs in the same order, so jobs are matched by number. For each job of at least SECONDS (1)
in either run: its wall time in both runs, their ratio, its stages' tasks, the summed `Executor CPU
Time` of its tasks (the JVM task threads'), and in the second run the seconds in which fewer than
two tasks ran. Jobs may overlap (Spark runs independent stages as jobs at once), each with its own
span. The shorter jobs are summed on one line, and the time in which no job ran (the driver's own
work: planning, Python, starting and ending the application) on another.
"""

import argparse
import json
import math
import os


def read(folder):
    """(application start, end, {job: [start, end, [stages]]}, {stage: [(launch, finish, cpu seconds)]})."""
    jobs, tasks, application = {}, {}, [None, None]
    # A rolled log's parts are events_1_…, events_2_…, events_10_…: read in their number's order, not the name's.
    logs = sorted((os.path.join(directory, name) for directory, _, names in os.walk(folder) for name in names
                   if name.startswith("events_") or name.startswith("local-")),
                  key=lambda path: int(os.path.basename(path).split("_")[1]) if os.path.basename(path).startswith("events_") else 0)
    for path in logs:
        with open(path, encoding="utf-8") as log:
            for line in log:
                head = line[:80]
                if '"SparkListenerTaskEnd"' in head:
                    event = json.loads(line)
                    info = event["Task Info"]
                    cpu = (event.get("Task Metrics") or {}).get("Executor CPU Time", 0) / 1e9
                    tasks.setdefault(event["Stage ID"], []).append((info["Launch Time"] / 1e3, info["Finish Time"] / 1e3, cpu))
                elif '"SparkListenerJobStart"' in head:
                    event = json.loads(line)
                    jobs[event["Job ID"]] = [event["Submission Time"] / 1e3, None, event["Stage IDs"]]
                elif '"SparkListenerJobEnd"' in head:
                    event = json.loads(line)
                    jobs[event["Job ID"]][1] = event["Completion Time"] / 1e3
                elif '"SparkListenerApplicationStart"' in head:
                    application[0] = json.loads(line)["Timestamp"] / 1e3
                elif '"SparkListenerApplicationEnd"' in head:
                    application[1] = json.loads(line)["Timestamp"] / 1e3
    return application[0], application[1], jobs, tasks


def below_two(intervals, start, end):
    """Seconds of [start, end] during which fewer than two of `intervals` (launch, finish) were running."""
    changes = sorted([(launch, 1) for launch, _ in intervals] + [(finish, -1) for _, finish in intervals])
    running, last, seconds = 0, start, 0.0
    for moment, change in changes + [(end, 0)]:
        if running < 2:
            seconds += max(0.0, min(moment, end) - max(last, start))
        running, last = running + change, max(last, moment)
    return seconds


def main():
    parser = argparse.ArgumentParser(description="Two runs of one Spark job compared job by job from their event logs.")
    parser.add_argument("first")
    parser.add_argument("second")
    parser.add_argument("--at-least", type=float, default=1.0, help="jobs shorter than this in both runs are summed")
    options = parser.parse_args()
    runs = [read(options.first), read(options.second)]
    if sorted(runs[0][2]) != sorted(runs[1][2]):
        print("warning: the runs have %d and %d jobs; matched by number as far as both go" % (len(runs[0][2]), len(runs[1][2])))
    every_task = [[(launch, finish) for stage in tasks.values() for launch, finish, _ in stage] for _, _, _, tasks in runs]
    print("%-5s %-30s %-30s %6s" % ("job", os.path.basename(options.first.rstrip("/")), os.path.basename(options.second.rstrip("/")), "ratio"))
    short = [0.0, 0.0]
    covered = [[], []]
    for job in sorted(set(runs[0][2]) & set(runs[1][2])):
        walls, texts = [], []
        for index, (started, _, jobs, tasks) in enumerate(runs):
            begin, end, stages = jobs[job]
            end = end or begin
            covered[index].append((begin, end))
            ran = [task for stage in stages for task in tasks.get(stage, [])]
            walls.append(end - begin)
            texts.append("%6.1f s at %6.1f, %3d tasks, CPU %5.1f" % (end - begin, begin - started, len(ran), sum(cpu for _, _, cpu in ran)))
        if max(walls) < options.at_least:
            short[0] += walls[0]
            short[1] += walls[1]
            continue
        begin, end, _ = runs[1][2][job]
        print("%-5d %s | %s | %5.2f× | < 2 tasks %.1f s" % (job, texts[0], texts[1], walls[0] / walls[1] if walls[1] else math.inf,
                                                          below_two(every_task[1], begin, end or begin)))
    print("shorter jobs: %.1f s | %.1f s" % tuple(short))
    gaps = []
    for index, (started, ended, _, _) in enumerate(runs):
        # Time inside the application covered by no job (overlapping jobs counted once).
        busy, last = 0.0, started
        for begin, end in sorted(covered[index]):
            busy += max(0.0, end - max(begin, last))
            last = max(last, end)
        gaps.append((ended - started) - busy)
    print("no job running: %.1f s | %.1f s; applications %.1f s | %.1f s"
          % (gaps[0], gaps[1], runs[0][1] - runs[0][0], runs[1][1] - runs[1][0]))


if __name__ == "__main__":
    main()
