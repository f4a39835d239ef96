#!/usr/bin/env bash
# The HTTP server benchmark of issue 6 (BENCHMARKS.md, "HTTP server"): `zhili serve` on the laws
# index, loaded from a second process on loopback by wrk (Debian's `wrk`): requests/s and latency
# p50/p99 at 1, 8 and 64 connections, then the server's memory after 100,000 requests.
# Release build. Queries: 500 Han substrings of 2-6 characters (and 100 two-word queries) drawn from
# the laws with a fixed seed, each request the next one (GET /api/search?q=...&limit=10).
# Figures go to $OUT and are printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
LAWS=${LAWS:-../shared/corpus/laws}
INDEX=${INDEX:-/tmp/laws-index}
OUT=${OUT:-/tmp/zhili-bench-serve}
DURATION=${DURATION:-20s}
command -v wrk >/dev/null || { echo "needs wrk (apt-get install -y wrk)" >&2; exit 1; }

swift build -c release --product zhili >&2
ZHILI=.build/release/zhili
rm -rf "$OUT" && mkdir -p "$OUT"
[ -f "$INDEX/manifest" ] || "$ZHILI" index "$LAWS" --index "$INDEX" >&2

# Queries, percent-encoded, one a line.
python3 - "$LAWS" "$OUT/queries.txt" <<'PY'
import os, random, re, sys, urllib.parse
root, out = sys.argv[1], sys.argv[2]
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".md"))
rng = random.Random(20261129)
runs = []
for path in rng.sample(files, 300):
    with open(path, encoding="utf-8", errors="replace") as handle:
        runs += re.findall(r"[\u4e00-\u9fff]{6,}", handle.read())
queries = []
while len(queries) < 500:
    run = rng.choice(runs)
    length = rng.randint(2, 6)
    start = rng.randint(0, len(run) - length)
    queries.append(run[start:start + length])
for _ in range(100):
    a, b = rng.choice(runs), rng.choice(runs)
    queries.append(a[:rng.randint(2, 4)] + " " + b[-rng.randint(2, 4):])
with open(out, "w", encoding="utf-8") as handle:
    for query in queries:
        handle.write(urllib.parse.quote(query) + "\n")
PY

cat > "$OUT/search.lua" <<'LUA'
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do queries[#queries + 1] = line end
local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 97)
end
local next = 0
function request()
  next = next + 1
  local query = queries[((next + (offset or 0)) % #queries) + 1]
  return wrk.format("GET", os.getenv("ROUTE") .. query)
end
function done(summary, latency, requests)
  io.write(string.format("RESULT requests=%d errors=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
LUA

"$ZHILI" serve --index "$INDEX" --port 0 2> "$OUT/serve.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do grep -q "http://" "$OUT/serve.log" 2>/dev/null && break; sleep 0.1; done
BASE=$(grep -o 'http://[0-9.]*:[0-9]*/' "$OUT/serve.log" | head -1)
echo "server: $(head -1 "$OUT/serve.log")"
rss() { awk '/^VmRSS|^VmHWM/ {printf "%s %d MiB  ", $1, $2 / 1024}' "/proc/$SERVER/status"; echo; }
echo "memory at start: $(rss)" | tee "$OUT/memory.txt"

total=0
run() { # connections threads route label
  local out
  out=$(QUERIES="$OUT/queries.txt" ROUTE="$3" wrk -c "$1" -t "$2" -d "$DURATION" --timeout 10s -s "$OUT/search.lua" "$BASE")
  echo "$out" > "$OUT/wrk-$4-c$1.txt"
  local line
  line=$(echo "$out" | grep '^RESULT')
  total=$((total + $(echo "$line" | sed 's/.*requests=\([0-9]*\).*/\1/')))
  [ "$4" = extra ] || echo "$4 c=$1: $line" | tee -a "$OUT/results.txt"
}

# Warm-up (page cache, allocator), not reported.
QUERIES="$OUT/queries.txt" ROUTE="/api/search?limit=10&q=" wrk -c 8 -t 2 -d 5s -s "$OUT/search.lua" "$BASE" > /dev/null
total=0
run 1 1 "/api/search?limit=10&q=" api
run 8 2 "/api/search?limit=10&q=" api
run 64 2 "/api/search?limit=10&q=" api
# The search page (server-rendered results with facets) for comparison.
run 8 2 "/?q=" page
echo "memory after $total requests: $(rss)" | tee -a "$OUT/memory.txt"
while [ "$total" -lt 100000 ]; do run 8 2 "/api/search?limit=10&q=" extra; done
echo "memory after $total requests: $(rss)" | tee -a "$OUT/memory.txt"
curl -s -o /dev/null -w "health after the runs: %{http_code}\n" "${BASE}api/health" | tee -a "$OUT/memory.txt"
echo
cat "$OUT/results.txt" "$OUT/memory.txt"
