#!/usr/bin/env python3
"""Runs a command and reports the processor time of its main thread and of its other threads.

    python3 Scripts/thread_cpu.py COMMAND [ARGS ...]

Each thread's user + system time is read from /proc/PID/task/TID/stat every 0.1 s until the command
exits (the last reading counts, so up to 0.1 s of a thread's end is missed). With the work split
between a main thread that writes in order and workers that read and extract, the speed-up on two
cores is at most total / max(main, total / 2) — a bound that holds on a busy machine, where wall-clock
speed-ups cannot be measured. Output goes to /dev/null.
"""
import os
import subprocess
import sys
import time

process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
tick = os.sysconf("SC_CLK_TCK")
seconds = {}
while process.poll() is None:
    try:
        for thread in os.listdir(f"/proc/{process.pid}/task"):
            with open(f"/proc/{process.pid}/task/{thread}/stat") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            seconds[thread] = (int(fields[11]) + int(fields[12])) / tick
    except OSError:
        pass  # the thread or the process ended between listing and reading
    time.sleep(0.1)
main = seconds.get(str(process.pid), 0.0)
others = sum(value for thread, value in seconds.items() if thread != str(process.pid))
total = main + others
print(f"{main:.2f} {others:.2f} {total / max(main, total / 2, 1e-9):.2f}")
