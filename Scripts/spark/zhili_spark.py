"""What the Spark jobs share: the collection's file list, a session, and `zhili` run on each
executor's share of the files.

Executors run the `zhili` executable named by $ZHILI (else the one on PATH) on batches of their
files and read its JSON Lines records: the per-document work (decode, clean, split, shingle,
MinHash, extract) stays in Zhili, Spark only distributes it and does the collection-wide rest.
"""

import json
import os
import shutil
import subprocess
import sys

# The file types `zhili` reads (SourceFormat); other files in the input are not sent to it.
READABLE = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx")
# Files per `zhili` run: few enough for the command line, many enough to amortise its start-up.
BATCH = 64
# A unit's number within its file has this many bits below the file's number (see `unit_ids`).
UNIT_BITS = 20


def zhili_executable():
    """The `zhili` to run: $ZHILI, else `zhili` on PATH; exits with a clear message where neither is."""
    named = os.environ.get("ZHILI")
    if named:
        if not (os.path.isfile(named) and os.access(named, os.X_OK)):
            sys.exit("error: $ZHILI=%s is not an executable file" % named)
        return os.path.abspath(named)
    found = shutil.which("zhili")
    if not found:
        sys.exit("error: no zhili executable: set $ZHILI or put zhili on PATH (swift build -c release --product zhili)")
    return found


def collection_files(folder):
    """The readable files under `folder`, in the order `zhili` reads a folder (paths sorted by code
    point), each as the path `zhili` prints for it when given `folder`."""
    if not os.path.isdir(folder):
        sys.exit("error: --input %s is not a folder" % folder)
    found = []
    for directory, subdirectories, names in os.walk(folder):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        for name in names:
            # A folder's README is its description, not a report (CollectionReader.isFolderDescription).
            if name.startswith(".") or os.path.splitext(name)[0].lower() == "readme":
                continue
            if name.lower().endswith(READABLE):
                found.append(os.path.join(directory, name))
    return sorted(found)


# The JVM options of a local run (see `session`).
LOCAL_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"


def session(name, master):
    """A Spark session for `name`, on `master` where given (else spark-submit's or local[*])."""
    from pyspark.sql import SparkSession

    builder = (SparkSession.builder.appName(name).config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false"))
    # Local runs shuffle into one partition per core; a cluster's spark-defaults.conf or
    # $ZHILI_SHUFFLE_PARTITIONS decides there.
    local = (master or "local").startswith("local")
    partitions = os.environ.get("ZHILI_SHUFFLE_PARTITIONS") or (str(os.cpu_count() or 2) if local else None)
    if partitions:
        builder = builder.config("spark.sql.shuffle.partitions", partitions)
    if local:
        # In local mode the driver's JVM is the executor: its JIT compilers and concurrent collector
        # threads take the cores the tasks need (BENCHMARKS.md: 48 s of C1/C2 compilation and 20 s
        # of G1 threads in a 131 s run on two cores). The client compiler alone and a collector
        # without concurrent threads, in a heap large enough for the cached units, leave them to
        # the tasks. $ZHILI_SPARK_JAVA_OPTIONS replaces these options (empty: the JVM's defaults);
        # under spark-submit the JVM has started with its own.
        options = os.environ.get("ZHILI_SPARK_JAVA_OPTIONS", LOCAL_JAVA_OPTIONS)
        if options:
            builder = builder.config("spark.driver.extraJavaOptions", options)
        builder = builder.config("spark.driver.memory", os.environ.get("ZHILI_SPARK_DRIVER_MEMORY", "2g"))
    # For measurements: Spark's event log (task metrics, shuffle bytes) into this folder.
    if os.environ.get("ZHILI_SPARK_EVENT_LOG"):
        builder = (builder.config("spark.eventLog.enabled", "true").config("spark.eventLog.compress", "false")
                   .config("spark.eventLog.dir", os.environ["ZHILI_SPARK_EVENT_LOG"]))
    if master:
        builder = builder.master(master)
    elif "spark.master" not in os.environ.get("PYSPARK_SUBMIT_ARGS", ""):
        builder = builder.master("local[*]")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    spark.sparkContext.addPyFile(os.path.abspath(__file__))
    return spark


# Files per partition at most, by default: files differ in size, and tasks of a few batches even
# out over the cores where a few large tasks leave one core waiting for the last of them.
PARTITION_FILES = 4 * BATCH


def file_partitions(spark, numbered_files, partitions=None):
    """Files as (number in reading order, path), spread over `partitions` (default: two per core, or
    more, so that none holds over `PARTITION_FILES` files)."""
    count = partitions or max(1, spark.sparkContext.defaultParallelism * 2, -(-len(numbered_files) // PARTITION_FILES))
    return spark.sparkContext.parallelize(numbered_files, min(count, max(1, len(numbered_files))))


class TaskCore:
    """One core of this machine held for the duration of a task, so that the `zhili` it runs (which
    reads files on every core it may use) stays on the one core Spark gave the task: `local[1]` then
    uses one core and `local[2]` two, and executors never oversubscribe their machine. Cores are
    claimed with lock files; where every core is held (more tasks than cores), nothing is pinned."""

    def __enter__(self):
        import fcntl
        import tempfile
        self.handle = None
        self.core = None
        for core in sorted(os.sched_getaffinity(0)):
            handle = open(os.path.join(tempfile.gettempdir(), "zhili-spark-core-%d.lock" % core), "w")
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                continue
            self.handle, self.core = handle, core
            break
        return self

    def pin(self):
        """For `subprocess`'s preexec_fn: the child runs on the held core only."""
        if self.core is not None:
            os.sched_setaffinity(0, {self.core})

    def __exit__(self, *_):
        if self.handle:
            self.handle.close()


def run_zhili(executable, arguments, numbered_files):
    """Runs `zhili ARGUMENTS FILE ...` on batches of (number, path) and yields (file number, unit
    number within the file, record) for every JSON Lines record, numbering each file's records in
    the order printed. A file `zhili` cannot read is reported on the executor's standard error and
    left out, as the CLI does; any other failure stops the job."""
    with TaskCore() as core:
        yield from _run_zhili(executable, arguments, list(numbered_files), core)


def _run_zhili(executable, arguments, numbered_files, core):
    for start in range(0, len(numbered_files), BATCH):
        batch = numbered_files[start:start + BATCH]
        number_of = {path: number for number, path in batch}
        process = subprocess.run([executable] + arguments + [path for _, path in batch],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=core.pin)
        if process.returncode not in (0, 3):
            raise RuntimeError("zhili %s failed (exit %d): %s" % (" ".join(arguments), process.returncode,
                                                                  process.stderr.decode("utf-8", "replace")[-2000:]))
        if process.returncode == 3:
            sys.stderr.write(process.stderr.decode("utf-8", "replace"))
        counters = {}
        for line in process.stdout.splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            number = number_of[record["source"]]
            unit = counters.get(number, 0)
            counters[number] = unit + 1
            yield number, unit, record


def unit_id(file_number, unit_number):
    """One number per unit that orders units as `zhili` reads them: file, then unit within it."""
    return (file_number << UNIT_BITS) | unit_number


def signed(value):
    """An unsigned 64-bit hash as Spark's signed LongType (equality and low bits unchanged)."""
    return value - (1 << 64) if value >= (1 << 63) else value


def write_json_lines(frame, column, path, order_by):
    """Writes the JSON text in `column` of `frame`, ordered by `order_by`, as one JSON Lines file at
    `path`: Spark writes sorted part files, which are then joined in order without reading them
    whole into memory."""
    parts = path + ".parts"
    if os.path.exists(parts):
        shutil.rmtree(parts)
    frame.orderBy(order_by).select(column).write.text(parts)
    with open(path, "wb") as output:
        for name in sorted(os.listdir(parts)):
            if name.startswith("part-"):
                with open(os.path.join(parts, name), "rb") as part:
                    shutil.copyfileobj(part, output)
    shutil.rmtree(parts)
