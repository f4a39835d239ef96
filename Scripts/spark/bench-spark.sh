#!/usr/bin/env bash
# Benchmarks of the Spark jobs (BENCHMARKS.md, "Beyond one machine (issue 13)"): release zhili,
# pyspark and a Java runtime as .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -c release --product zhili
ZHILI="$PWD/.build/release/zhili" python3 Scripts/spark/bench_spark.py
