#!/usr/bin/env python3
"""Statistics, citations and measures of every document of a collection as Parquet tables, in Spark.

    Scripts/spark/extract.py --input DIR --output DIR [--master URL] [--partitions N] [--laws DIR ...]

Executors run `zhili stats`, `zhili cites` and `zhili measures --format jsonl` on their share of the
files; each command's records become one table, `statistics/`, `citations/` and `measures/` under
--output, for Spark SQL, DuckDB or pandas. The columns are the records' fields, whatever they are:
they are read from the records themselves (in the order the records give them, types inferred
from all records), so a field added to a command's records becomes a column without a change here.
With --laws (a folder of law Markdown files such as ../shared/corpus/laws, readable by every
executor), `zhili cites --laws` resolves the citations: `law_full` and `resolved`, the cited
article's text, where the law is among them.
"""

import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import zhili_spark  # noqa: E402

# Table folder, and the `zhili` command whose records fill it.
TABLES = (("statistics", "stats"), ("citations", "cites"), ("measures", "measures"))


def arguments():
    parser = argparse.ArgumentParser(description="Statistics, citations and measures as Parquet tables, in Apache Spark.")
    parser.add_argument("--input", required=True, help="the collection's folder (read recursively)")
    parser.add_argument("--output", required=True, help="folder for statistics/, citations/ and measures/")
    parser.add_argument("--master", help="Spark master URL (default: spark-submit's, else local[*])")
    parser.add_argument("--partitions", type=int, help="partitions of the file list (default: two per core, or more so that none holds over 256 files)")
    parser.add_argument("--laws", action="append", default=[],
                        help="a folder (or file) of laws to resolve citations against, as `zhili cites --laws`; repeatable")
    options = parser.parse_args()
    for path in options.laws:
        if not os.path.exists(path):
            parser.error("--laws %s: no such file or folder" % path)
    # Executors may run elsewhere than the driver's folder.
    options.laws = [os.path.abspath(path) for path in options.laws]
    return options


def record_lines(executable, arguments):
    """Each partition's files turned into `zhili ARGUMENTS --format jsonl` records, as JSON text."""
    def lines(numbered_files):
        for _, _, record in zhili_spark.run_zhili(executable, arguments + ["--format", "jsonl"], numbered_files):
            yield json.dumps(record, ensure_ascii=False)
    return lines


def field_order(lines):
    """The records' fields in the order they give them: each distinct key sequence once, merged so
    that a field added by some records follows the field it follows there."""
    order = []
    for keys in lines.map(lambda line: tuple(json.loads(line).keys())).distinct().collect():
        for position, key in enumerate(keys):
            if key not in order:
                before = keys[position - 1] if position else None
                order.insert(order.index(before) + 1 if before in order else len(order), key)
    return order


def main():
    options = arguments()
    executable = zhili_spark.zhili_executable()
    files = zhili_spark.collection_files(options.input)
    spark = zhili_spark.session("zhili extract", options.master)
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    files_rdd = zhili_spark.file_partitions(spark, list(enumerate(files)), options.partitions)
    for table, command in TABLES:
        zhili_arguments = [command] + ([argument for path in options.laws for argument in ("--laws", path)] if command == "cites" else [])
        lines = files_rdd.mapPartitions(record_lines(executable, zhili_arguments)).persist(StorageLevel.MEMORY_AND_DISK)
        path = os.path.join(options.output, table)
        if lines.isEmpty():
            spark.createDataFrame([], "source string").write.mode("overwrite").parquet(path)
        else:
            frame = spark.read.json(lines)
            frame = frame.select([name for name in field_order(lines) if name in frame.columns])
            frame.write.mode("overwrite").parquet(path)
        lines.unpersist()
        # What the table holds, read back from its files: rows, columns, and how many values each column has.
        written = spark.read.parquet(path)
        print("%s: %d rows from %d files, columns: %s" % (table, written.count(), len(files), ", ".join(written.columns)),
              file=sys.stderr)
        counts = written.select([F.count(F.col("`%s`" % name)).alias(name) for name in written.columns]).first()
        print("%s: values: %s" % (table, ", ".join("%s %d" % (name, counts[name]) for name in written.columns)), file=sys.stderr)
    zhili_spark.stop(spark)


if __name__ == "__main__":
    main()
