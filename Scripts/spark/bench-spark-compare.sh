#!/usr/bin/env bash
# Before and after for the Spark dedupe job's scaling (BENCHMARKS.md, "Beyond one machine (issue 13)"):
# `bench_spark.py 3` (the CLI, then dedupe.py in local[1] and local[2]) of a baseline checkout and then
# of this tree, on each scaled collection, all in one run so that both see the same machine.
#
#   BASELINE_SCRIPTS=/path/to/baseline/Scripts/spark BASELINE_ZHILI=/path/to/baseline/zhili \
#     setsid bash -c 'echo -20 > /proc/self/autogroup; exec bash Scripts/spark/bench-spark-compare.sh'
#
# $ZHILI_SCALED_LIST: space-separated SOURCE:COPY pairs (default: 行政法规 ×10 in /tmp/zhili-admin-x10);
# make-scaled-collection.py writes a copy that is missing. This tree's zhili: $AFTER_ZHILI, else
# .build/release/zhili (where only the scripts differ, the baseline's zhili serves both sides).
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${BASELINE_SCRIPTS:?set BASELINE_SCRIPTS to the baseline's Scripts/spark}" "${BASELINE_ZHILI:?set BASELINE_ZHILI to the baseline's zhili}"
echo "scheduling: $(cat /proc/self/autogroup 2>/dev/null || echo unknown); $(date -u +%H:%M) UTC; load $(cut -d' ' -f1-3 /proc/loadavg)"
for pair in ${ZHILI_SCALED_LIST:-../shared/corpus/laws/行政法规:/tmp/zhili-admin-x10}; do
    for side in before after; do
        if [ "$side" = before ]; then scripts=$BASELINE_SCRIPTS zhili=$BASELINE_ZHILI; else scripts=$PWD/Scripts/spark zhili=${AFTER_ZHILI:-$PWD/.build/release/zhili}; fi
        echo "== ${pair#*:}, $side ($scripts, $zhili); $(date -u +%H:%M:%S) UTC"
        ZHILI="$zhili" ZHILI_SCALED_SOURCE="${pair%%:*}" ZHILI_SCALED="${pair#*:}" ZHILI_BENCH_RUNS="local[1],local[2]" \
            python3 "$scripts/bench_spark.py" 3
    done
done
echo "done $(date -u +%H:%M:%S) UTC; load $(cut -d' ' -f1-3 /proc/loadavg)"
