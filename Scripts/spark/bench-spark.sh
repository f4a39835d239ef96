#!/usr/bin/env bash
# Benchmarks of the Spark jobs (BENCHMARKS.md, "Beyond one machine (issue 13)"): release zhili,
# pyspark and a Java runtime as .ci/run installs them. `bench-spark.sh 3` runs only the scaling part
# (local[1] against local[2] on 行政法规 ×10); no argument runs parts 1, 2 and 3.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product zhili
ZHILI="$PWD/.build/release/zhili" python3 Scripts/spark/bench_spark.py "$@"
