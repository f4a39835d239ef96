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


# The names (without extension, lower-cased) of a folder's description files (CollectionReader.folderDescriptionNames).
FOLDER_DESCRIPTIONS = {"readme", "provenance", "license", "licence", "copying"}


def collection_files(folder):
    """The readable files under `folder`, in the order `zhili` reads a folder (paths sorted by code
    point), each as the path `zhili` prints for it when given `folder`."""
    if not os.path.isdir(folder):
        sys.exit("error: --input %s is not a folder" % folder)
    found = []
    for directory, subdirectories, names in os.walk(folder):
        subdirectories[:] = [name for name in subdirectories if not name.startswith(".")]
        for name in names:
            # A folder's README, PROVENANCE, LICENSE … is its description, not a report: the names of
            # CollectionReader.isFolderDescription, which zhili passes over in a folder.
            if name.startswith(".") or os.path.splitext(name)[0].lower() in FOLDER_DESCRIPTIONS:
                continue
            if name.lower().endswith(READABLE):
                found.append(os.path.join(directory, name))
    return sorted(found)


# The JVM options of a local run (see `session`).
LOCAL_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC"
# The heap of a local run's JVM per core it runs tasks on, in MB (see `local_driver_memory`). The tasks
# running at once share one heap's execution memory: with 4 GB, one task of laws ×10's containment
# counting fitted, two side by side in local[2] spilled 9 GB between them and did a fifth more work
# (BENCHMARKS.md).
LOCAL_MEMORY_PER_CORE = 4096


def local_cores(master):
    """How many tasks a local master runs at once: N of local[N] (and of local[N,F]), the machine's
    cores for local[*] or no master (the session's default), 1 for plain local."""
    import re
    found = re.match(r"local\[(\d+|\*)", master or "local[*]")
    if not found:
        return 1
    return (os.cpu_count() or 1) if found.group(1) == "*" else max(1, int(found.group(1)))


def local_driver_memory(master):
    """The largest heap (-Xmx) of a local run's JVM: $ZHILI_SPARK_DRIVER_MEMORY, else
    `LOCAL_MEMORY_PER_CORE` for each task the master runs at once (each task then has the execution
    memory a lone task has), at most half this machine's memory but never below one core's share.
    A maximum: a small run does not take it."""
    named = os.environ.get("ZHILI_SPARK_DRIVER_MEMORY")
    if named:
        return named
    machine = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // (1 << 20)
    return "%dm" % max(LOCAL_MEMORY_PER_CORE, min(local_cores(master) * LOCAL_MEMORY_PER_CORE, machine // 2))


def session(name, master):
    """A Spark session for `name`, on `master` where given (else spark-submit's or local[*])."""
    from pyspark.sql import SparkSession

    builder = (SparkSession.builder.appName(name).config("spark.ui.enabled", "false")
               .config("spark.ui.showConsoleProgress", "false"))
    # Local runs shuffle into one partition per core; a cluster's spark-defaults.conf or
    # $ZHILI_SHUFFLE_PARTITIONS decides there.
    local = (master or "local").startswith("local")
    archive = None
    partitions = os.environ.get("ZHILI_SHUFFLE_PARTITIONS") or (str(os.cpu_count() or 2) if local else None)
    if partitions:
        builder = builder.config("spark.sql.shuffle.partitions", partitions)
    if local:
        # One partition per core is already few; adaptive execution merged a small shuffle's two into
        # one, and where rows grow after it (the LSH bands' members exploded into pairs) that one task
        # ran alone on two cores (BENCHMARKS.md, fourteenth session).
        builder = builder.config("spark.sql.adaptive.coalescePartitions.enabled", "false")
    if local:
        # In local mode the driver's JVM is the executor: its JIT compilers and concurrent collector
        # threads take the cores the tasks need (BENCHMARKS.md: 48 s of C1/C2 compilation and 20 s
        # of G1 threads in a 131 s run on two cores). The client compiler alone and a collector
        # without concurrent threads, in a heap large enough for the cached units, leave them to
        # the tasks. $ZHILI_SPARK_JAVA_OPTIONS replaces these options (empty: the JVM's defaults);
        # under spark-submit the JVM has started with its own. A class archive (`ClassArchive`) is
        # made or used beside them.
        options = os.environ.get("ZHILI_SPARK_JAVA_OPTIONS", LOCAL_JAVA_OPTIONS)
        memory = local_driver_memory(master)
        archive = ClassArchive(options, memory) if "PYSPARK_GATEWAY_PORT" not in os.environ else None
        if archive and archive.options:
            options = (options + " " + archive.options).strip()
        if options:
            builder = builder.config("spark.driver.extraJavaOptions", options)
        builder = builder.config("spark.driver.memory", memory)
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
    if archive:
        _class_archives[id(spark)] = archive
    return spark


# The class archive each session of this process is making or using, by the session's id.
_class_archives = {}


def stop(spark):
    """Stops a session from `session`; where its JVM was recording a class archive, waits for the
    JVM to write it at exit and puts it in place for the next run."""
    spark.stop()
    archive = _class_archives.pop(id(spark), None)
    if archive:
        archive.finish(spark)


class ClassArchive:
    """An AppCDS archive of the classes the driver's JVM loads, kept in a cache folder per Spark and
    Java version and JVM options. A fresh JVM spends seconds loading, verifying and linking Spark's
    classes before its first task (BENCHMARKS.md: half of the 16 s with no task running); mapped from
    an archive they are ready at once. The first run without an archive records one as its JVM
    exits (`-XX:ArchiveClassesAtExit`, to a file of its own that `finish` renames into place); later
    runs map it (`-XX:SharedArchiveFile`). Never required: a missing, stale or unreadable archive
    leaves the JVM to load classes from the jars, silently (`-Xlog:cds*=off`). The folder is
    $ZHILI_SPARK_CACHE, else $XDG_CACHE_HOME/zhili/spark, else ~/.cache/zhili/spark; an empty
    $ZHILI_SPARK_CACHE turns archives off."""

    def __init__(self, java_options, memory):
        self.path = self.recording = None
        self.options = ""
        folder = os.environ.get("ZHILI_SPARK_CACHE")
        if folder is None:
            base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
            folder = os.path.join(base, "zhili", "spark")
        java = self.java()
        if not folder or not java:
            return
        self.path = os.path.join(folder, "classes-%s.jsa" % self.key(java, java_options, memory))
        if os.path.isfile(self.path):
            self.options = "-XX:SharedArchiveFile=%s -Xlog:cds*=off" % self.path
            return
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError:
            return
        if os.access(folder, os.W_OK):
            self.recording = "%s.%d.tmp" % (self.path, os.getpid())
            self.options = "-XX:ArchiveClassesAtExit=%s -Xlog:cds*=off" % self.recording

    @staticmethod
    def java():
        """The `java` spark-submit runs: $JAVA_HOME's, else the one on PATH."""
        home = os.environ.get("JAVA_HOME")
        found = os.path.join(home, "bin", "java") if home else shutil.which("java")
        return os.path.realpath(found) if found and os.path.isfile(found) else None

    @staticmethod
    def key(java, java_options, memory):
        """What an archive is valid for: this Spark, this Java runtime (its executable's path, size
        and time), these JVM options and this heap (the heap and collector decide its layout)."""
        import hashlib
        import pyspark
        status = os.stat(java)
        identity = "\0".join((pyspark.__version__, java, str(status.st_size), str(status.st_mtime_ns), java_options, memory))
        return "%s-%s" % (pyspark.__version__, hashlib.sha256(identity.encode()).hexdigest()[:16])

    def finish(self, spark):
        """Ends the session's JVM (it exits when the driver closes its standard input) and, once it
        has written the archive it recorded, moves it into place."""
        if not self.recording:
            return
        process = getattr(spark.sparkContext._gateway, "proc", None)
        if process is None:
            return
        process.stdin.close()
        if process.wait() == 0 and os.path.isfile(self.recording) and os.path.getsize(self.recording) > 0:
            os.replace(self.recording, self.path)
        elif os.path.exists(self.recording):
            os.remove(self.recording)


# Files per partition at most, by default: files differ in size, and tasks of a few batches even
# out over the cores where a few large tasks leave one core waiting for the last of them.
PARTITION_FILES = 4 * BATCH


def file_partitions(spark, numbered_files, partitions=None):
    """Files as (number in reading order, path), spread over `partitions` (see `partition_count`)."""
    return spark.sparkContext.parallelize(numbered_files, partition_count(spark, len(numbered_files), partitions))


def partition_count(spark, files, partitions=None):
    """How many partitions `files` files are spread over to be read: `partitions` where given, else
    two per core, or more, so that none holds over `PARTITION_FILES` files; never more than the files."""
    count = partitions or max(1, spark.sparkContext.defaultParallelism * 2, -(-files // PARTITION_FILES))
    return min(count, max(1, files))


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


def unit_partition(uid):
    """A partition hash of a unit's number for Python's RDD partitioners: the file's number mixed with
    the unit's within it. Their default hash of an integer is the integer, and a document's number
    (`unit_id`) has its low `UNIT_BITS` bits zero, so modulo any power of two up to 2^20 every
    document fell into partition 0 (BENCHMARKS.md, fourteenth session)."""
    return (uid >> UNIT_BITS) ^ (uid & ((1 << UNIT_BITS) - 1))


def signed(value):
    """An unsigned 64-bit hash as Spark's signed LongType (equality and low bits unchanged)."""
    return value - (1 << 64) if value >= (1 << 63) else value


def write_json_lines(frame, column, paths, order_by):
    """Writes the JSON text in `column` of `frame`, ordered by `order_by`, as JSON Lines files: one
    file at `paths[kind]` for each value of the column `kind` (its rows only). Spark sorts once and
    writes sorted part files, each kind's in a folder of its own, which are then joined in order
    without reading them whole into memory."""
    parts = next(iter(paths.values())) + ".parts"
    if os.path.exists(parts):
        shutil.rmtree(parts)
    frame.orderBy(["kind"] + order_by).select("kind", column).write.partitionBy("kind").text(parts)
    for kind, path in paths.items():
        folder = os.path.join(parts, "kind=%s" % kind)
        names = sorted(name for name in os.listdir(folder) if name.startswith("part-")) if os.path.isdir(folder) else []
        with open(path, "wb") as output:
            for name in names:
                with open(os.path.join(folder, name), "rb") as part:
                    shutil.copyfileobj(part, output)
    shutil.rmtree(parts)
