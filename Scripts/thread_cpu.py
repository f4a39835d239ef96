#!/usr/bin/env python3
"""Runs a command and reports the processor time of its main thread and of its other threads.

    python3 Scripts/thread_cpu.py [--timeline] COMMAND [ARGS ...]

Each thread's user + system time is read from /proc/PID/task/TID/stat every 0.1 s until the command
exits (the last reading counts, so up to 0.1 s of a thread's end is missed). With the work split
between a main thread that writes in order and workers that read and extract, the speed-up on two
cores is at most total / max(main, total / 2) — a bound that holds on a busy machine, where wall-clock
speed-ups cannot be measured. Output goes to /dev/null.

With --timeline, each second of the run is printed first (to standard error): the cores' worth of
processor time the main thread and the other threads took in it, and a bar — the serial phases of a
build (one core busy while the others wait) show as seconds of about 1.0.
"""
import os
import subprocess
import sys
import time

timeline = sys.argv[1:2] == ["--timeline"]
command = sys.argv[2:] if timeline else sys.argv[1:]
process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
tick = os.sysconf("SC_CLK_TCK")
started = time.monotonic()
seconds = {}
# Per second of the run: processor seconds of the main thread and of the others.
per_second = {}
while process.poll() is None:
    before = dict(seconds)
    try:
        for thread in os.listdir(f"/proc/{process.pid}/task"):
            with open(f"/proc/{process.pid}/task/{thread}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            seconds[thread] = (int(fields[11]) + int(fields[12])) / tick
    except OSError:
        pass  # the thread or the process ended between listing and reading
    bucket = per_second.setdefault(int(time.monotonic() - started), [0.0, 0.0])
    for thread, value in seconds.items():
        bucket[0 if thread == str(process.pid) else 1] += value - before.get(thread, 0.0)
    time.sleep(0.1)
if timeline:
    for second, (main_part, other_part) in sorted(per_second.items()):
        print(f"{second:4d} s  main {main_part:4.2f}  others {other_part:4.2f}  {'#' * round((main_part + other_part) * 20)}",
              file=sys.stderr)
main = seconds.get(str(process.pid), 0.0)
others = sum(value for thread, value in seconds.items() if thread != str(process.pid))
total = main + others
print(f"{main:.2f} {others:.2f} {total / max(main, total / 2, 1e-9):.2f}")
