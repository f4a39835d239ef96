#!/usr/bin/env python3
"""Where a multi-threaded command leaves cores idle: the core-seconds during which fewer of its threads could run
than there are cores, and what the others were waiting in.

    python3 Scripts/thread_waits.py [--cores N] [--step S] COMMAND [ARGS ...]

Runs COMMAND under `perf record -a` of the scheduler's switches and wake-ups (with call chains), then replays them:
each of the command's threads is running, runnable (woken or preempted, waiting only for a core) or blocked (it went
to sleep: a lock, a condition, a read, an fsync), and whenever fewer than N (default: the machine's cores) are running
or runnable, the difference is lost, charged to the places the blocked threads sleep in (their first Swift frames,
demangled). Unlike `thread_cpu.py --timeline`, which shows how busy the threads were, this separates the build's own
waits from the machine's load: a thread kept off a core by another process is runnable, not lost — so the figure holds
on a shared host, where the timeline's serial phases drown. Needs root (perf's system-wide tracepoints). Prints the
span, the lost core-seconds, the top places, and the lost core-seconds per STEP seconds (default 0.5).
"""
import collections
import os
import re
import subprocess
import sys
import tempfile

args = sys.argv[1:]
cores, step = os.cpu_count(), 0.5
while args and args[0].startswith("--"):
    option, value = args[0], args[1]
    if option == "--cores": cores = int(value)
    elif option == "--step": step = float(value)
    else: sys.exit(f"unknown option {option}")
    args = args[2:]
if not args: sys.exit(__doc__)

with tempfile.TemporaryDirectory() as folder:
    data = os.path.join(folder, "perf.data")
    subprocess.run(["perf", "record", "-q", "-a", "-g", "-e", "sched:sched_switch", "-e", "sched:sched_wakeup",
                    "-e", "sched:sched_wakeup_new", "-o", data, "--"] + args,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    script = subprocess.run(["perf", "script", "-i", data, "-F", "comm,tid,time,event,trace,ip,sym,dso"],
                            check=True, capture_output=True, text=True, errors="replace").stdout

comm = os.path.basename(args[0])[:15]  # the kernel keeps 15 characters of a command's name
switch = re.compile(r".*?\s([\d.]+):\s+sched:sched_switch: prev_comm=(.*) prev_pid=(\d+) .*prev_state=(\S+) ==> next_comm=(.*) next_pid=(\d+)")
wakeup = re.compile(r".*?\s([\d.]+):\s+sched:sched_wakeup(?:_new)?: comm=(.*) pid=(\d+) ")
events, current = [], None
for line in script.splitlines():
    if line.startswith(("\t", " " * 6)):
        if current is not None and current[0] == "switch":
            parts = line.split(None, 1)
            if len(parts) > 1: current[-1].append(parts[1].strip())
        continue
    found = switch.match(line)
    if found:
        time, prev_comm, prev, state, next_comm, next_ = found.groups()
        current = ["switch", float(time), prev_comm, prev, state, next_comm, next_, []]
        events.append(current)
        continue
    found = wakeup.match(line)
    current = None
    if found: events.append(["wakeup", float(found.group(1)), found.group(2), found.group(3)])

ours = {e[3] for e in events if e[0] == "switch" and e[2] == comm} | {e[6] for e in events if e[0] == "switch" and e[5] == comm}
times = [e[1] for e in events if e[0] == "switch" and e[2] == comm]
if not times: sys.exit(f"no switches of {comm} recorded")
start, end = times[0], times[-1]


def place(stack):
    """The first two Swift frames of a sleeping thread's stack, the runtime's and the standard library's passed over;
    without any, its first frame outside the kernel (a C library's lock, as malloc's arenas take)."""
    names = [frame.split(" (")[0] for frame in stack]
    frames = [name for name in names if name.startswith("$s") and not name.startswith(("$ss", "$sS"))]
    user = [name for name, frame in zip(names, stack) if "kernel.kallsyms" not in frame]
    return " < ".join(frames[:2]) or (user[0] if user else "(kernel only)")


state, where = {}, {}
lost, by_step, total, last = collections.Counter(), collections.Counter(), 0.0, start
for event in events:
    time = event[1]
    if time < start or time > end: continue
    missing = max(0, cores - sum(1 for s in state.values() if s != "blocked"))
    if missing and time > last:
        key = " || ".join(sorted({where[tid] for tid, s in state.items() if s == "blocked"})) or "(threads not yet started)"
        lost[key] += (time - last) * missing
        by_step[int((last - start) / step)] += (time - last) * missing
        total += (time - last) * missing
    last = time
    if event[0] == "wakeup":
        if event[3] in ours and state.get(event[3]) != "running": state[event[3]] = "runnable"
        continue
    _, _, _, prev, prev_state, _, next_, stack = event
    if prev in ours:
        if prev_state.startswith("R"): state[prev] = "runnable"
        elif prev_state.startswith(("X", "Z")): state.pop(prev, None)
        else:
            state[prev] = "blocked"
            where[prev] = place(stack)
    if next_ in ours: state[next_] = "running"

top = lost.most_common(12)
symbols = sorted({symbol for key, _ in top for part in key.split(" || ") for symbol in part.split(" < ") if symbol.startswith("$s")})
demangled = dict(zip(symbols, subprocess.run(["swift", "demangle", "--simplified", "--compact"], input="\n".join(symbols),
                                             capture_output=True, text=True).stdout.splitlines())) if symbols else {}
print(f"{comm}: {end - start:.2f} s from its first switch to its last; lost (fewer than {cores} of its threads running or runnable): "
      f"{total:.2f} core-seconds")
for key, seconds in top:
    named = " || ".join(" < ".join(demangled.get(s, s)[:90] for s in part.split(" < ")) for part in key.split(" || "))
    print(f"{seconds:7.3f}  {named}")
print("per " + str(step) + " s: " + " ".join(f"{b * step:.1f}:{v:.2f}" for b, v in sorted(by_step.items()) if v >= 0.005))
