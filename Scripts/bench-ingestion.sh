#!/usr/bin/env bash
# Ingestion throughput on the shared corpus: a release build of `zhili inspect --json` reads every file
# under the corpus (folders recursively), and the run is timed. Prints the figures for BENCHMARKS.md:
# files read, files that failed, files skipped, bytes of the files read, wall-clock and CPU seconds,
# files/s and MB/s. The JSON records (about 80 MB) are written to a temporary file and counted.
#
# Usage: Scripts/bench-ingestion.sh [CORPUS]   (default ../shared/corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus}"

swift build -c release --product zhili >&2
zhili=.build/release/zhili
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
/usr/bin/time -f "%e %U %S" -o "$work/time.txt" \
    "$zhili" inspect --json "$corpus" > "$work/records.json" 2> "$work/messages.txt" || status=$?

# The same reading with the tree written instead of JSON, to show what the JSON rendering costs.
/usr/bin/time -f "%e %U %S" -o "$work/time-tree.txt" "$zhili" inspect "$corpus" > /dev/null 2>&1 || true

python3 - "$work/records.json" "$work/messages.txt" "$corpus" "$work/time.txt" "$status" <<'PY'
import json, os, sys
records_path, messages_path, corpus, time_path, status = sys.argv[1:]
elapsed, user, system = (float(x) for x in open(time_path).read().split()[-3:])
records = json.load(open(records_path, encoding="utf-8"))
messages = open(messages_path, encoding="utf-8").read().splitlines()
errors = [m for m in messages if m.startswith("error: ")]
skipped = [m for m in messages if m.startswith("warning: ") and ": skipped: " in m]
total = sum(len(files) for _, _, files in os.walk(corpus))
read_bytes = sum(os.path.getsize(r["source"]) for r in records)
documents = sum(len(r["documents"]) for r in records)
sections = sum(len(d["sections"]) for r in records for d in r["documents"])
encodings = {}
for r in records:
    encodings[r["encoding"]] = encodings.get(r["encoding"], 0) + 1
print(f"files under {corpus}: {total}")
print(f"read: {len(records)} ({', '.join(f'{k} {v}' for k, v in sorted(encodings.items()))}); failed: {len(errors)}; skipped: {len(skipped)}; "
      f"accounted for: {len(records) + len(errors) + len(skipped)} of {total}")
print(f"documents: {documents}; sections: {sections}; bytes read: {read_bytes} ({read_bytes / 1e6:.1f} MB)")
cpu = user + system
print(f"wall clock: {elapsed:.2f} s ({len(records) / elapsed:.0f} files/s, {read_bytes / 1e6 / elapsed:.1f} MB/s); "
      f"CPU (user + system): {cpu:.2f} s ({len(records) / cpu:.0f} files/s, {read_bytes / 1e6 / cpu:.1f} MB/s); exit status {status}")
tree_elapsed, tree_user, tree_system = (float(x) for x in open(os.path.join(os.path.dirname(time_path), "time-tree.txt")).read().split()[-3:])
print(f"the same with the tree instead of JSON: wall clock {tree_elapsed:.2f} s, CPU {tree_user + tree_system:.2f} s "
      f"({read_bytes / 1e6 / (tree_user + tree_system):.1f} MB/s of CPU)")
print(f"load average before the run: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
for line in errors + skipped:
    print("  " + line)
PY
