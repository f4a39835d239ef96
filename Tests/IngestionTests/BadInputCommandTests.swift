import Foundation
import Testing
import TestSupport

/// Bad input as a new user meets it, through the built executable: every case ends with the contract's
/// exit code and a message naming the file or option, never a crash, and the other files are still read.
@Suite(.enabled(if: Repository.executableIsBuilt))
struct BadInputCommandTests {
    private let sample = "Corpus/rural-sewage-notice-2025.txt"

    /// A fresh folder for one test, removed by the caller.
    private func folder(_ name: String) throws -> URL {
        let folder = Scratch.url("zhili-bad-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Runs the executable with standard output going to `output` (a device, say) and returns how it
    /// exited and what it printed on standard error.
    private func run(_ arguments: [String], output: String, asNobody: Bool = false) throws -> (status: Int32, errors: String) {
        let errorsFile = Scratch.url("zhili-bad-errors-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errorsFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorsFile) }
        let process = Process()
        if asNobody && getuid() == 0 {
            // Root lists every folder: the unprivileged user meets the permissions a researcher does.
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", Repository.executable.path] + arguments
        } else {
            process.executableURL = Repository.executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = Repository.root
        let sink = try #require(FileHandle(forWritingAtPath: output))
        let errors = try FileHandle(forWritingTo: errorsFile)
        defer { try? sink.close(); try? errors.close() }
        process.standardOutput = sink
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: errorsFile), as: UTF8.self))
    }

    @Test func aHugeOrNegativeThreadCountIsRefusedNamingTheOptionInsteadOfCrashing() throws {
        let huge = try Repository.runZhili(["stats", sample, "--format", "jsonl", "--threads", "9223372036854775807"])
        #expect(huge.status == 2)
        #expect(huge.errors.contains("--threads must be between 1 and 1024, not 9223372036854775807"))
        let negative = try Repository.runZhili(["terms", sample, "--threads", "-1"])
        #expect(negative.status == 2)
        #expect(negative.errors.contains("--threads must be between 1 and 1024, not -1"))
        let top = try Repository.runZhili(["terms", sample, "--top", "-5"])
        #expect(top.status == 2)
        #expect(top.errors.contains("--top and --min-count must not be negative"))
    }

    @Test func aContextWiderThanAnyTextAndAnOffsetPastAnyResultEndCleanly() throws {
        let kwic = try Repository.runZhili(["kwic", "污水", sample, "--width", "9223372036854775807", "--format", "jsonl"])
        #expect(kwic.status == 0)
        #expect(kwic.output.contains("\"match\":\"污水\""))
        let folder = try folder("offset")
        defer { try? FileManager.default.removeItem(at: folder) }
        let index = folder.appendingPathComponent("Index").path
        #expect(try Repository.runZhili(["index", sample, "--index", index]).status == 0)
        let search = try Repository.runZhili(["search", "污水", "--index", index, "--offset", "9223372036854775807", "--json"])
        #expect(search.status == 1)
        #expect(search.output.isEmpty)
    }

    @Test func aFileWithoutAnExtensionNamedOnItsOwnIsReadByItsBytesAndOneInAFolderIsSkipped() throws {
        let folder = try folder("no-extension")
        defer { try? FileManager.default.removeItem(at: folder) }
        let copies = [(sample, "通知"), ("Corpus/county-mch-work-points-2025.html", "工作要点"),
                      ("Tests/IngestionTests/Fixtures/binary.txt", "binary")].map { source, name in
            (source, folder.appendingPathComponent(name).path)
        }
        for (source, copy) in copies { try FileManager.default.copyItem(atPath: source, toPath: copy) }
        // Text and a web page, told by their bytes, read as their named copies are: the same records but the source.
        for (source, copy) in copies.prefix(2) {
            for command in ["stats", "measures", "inspect"] {
                let named = try Repository.runZhili([command, source] + (command == "inspect" ? ["--json"] : ["--format", "jsonl"]))
                let bare = try Repository.runZhili([command, copy] + (command == "inspect" ? ["--json"] : ["--format", "jsonl"]))
                #expect(bare.status == 0 && bare.errors.isEmpty, "\(command) \(copy): \(bare.errors)")
                #expect(!bare.output.isEmpty && bare.output.replacingOccurrences(of: copy, with: source) == named.output, "\(command) \(copy)")
            }
        }
        // Bytes that are no text are an input that cannot be read, named: these open as a zip archive does.
        let binary = try Repository.runZhili(["stats", copies[2].1, sample, "--format", "jsonl"])
        #expect(binary.status == 3 && binary.errors.contains("error: \(copies[2].1): not a valid .docx file"), "\(binary.errors)")
        #expect(binary.output.contains(sample))
        // Found in a folder, a file without an extension is passed over with a warning, as before.
        let walked = try Repository.runZhili(["stats", folder.path, "--format", "jsonl"])
        #expect(walked.status == 0 && walked.output.isEmpty)
        #expect(walked.errors.contains("warning: \(copies[0].1): skipped: no file extension"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func aFullDiskOnStandardOutputEndsWithExitFiveAndAMessageNotAStackTrace() throws {
        for arguments in [["stats", sample, "--format", "jsonl"], ["inspect", sample]] {
            let run = try run(arguments, output: "/dev/full")
            #expect(run.status == 5, "\(arguments)")
            #expect(run.errors.contains("error: standard output cannot be written (No space left on device)"), "\(arguments)")
            #expect(!run.errors.contains("Fatal error"), "\(arguments)")
        }
    }

    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aFolderThatCannotBeListedIsAnErrorNamingItAndTheOtherFilesAreRead() throws {
        let folder = try folder("locked")
        defer {
            chmod(folder.appendingPathComponent("locked").path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        try "一、总体要求\n全面加强农村生活污水治理。\n".write(to: folder.appendingPathComponent("open.txt"), atomically: true, encoding: .utf8)
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try "一、工作目标\n".write(to: locked.appendingPathComponent("hidden.txt"), atomically: true, encoding: .utf8)
        chmod(locked.path, 0)
        for path in [folder.path, locked.path] {
            let run = try run(["inspect", "--json", path], output: "/dev/null", asNobody: true)
            #expect(run.status == 3, "\(path)")
            #expect(run.errors.contains("error: \(locked.path): folder cannot be listed (Permission denied)"), "\(path): \(run.errors)")
        }
        let shown = try Repository.runZhili(["inspect", "--json", folder.path])
        #expect(shown.output.contains("open.txt"))
    }

    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")))
    func aChartThatCannotBeWrittenEndsTheRunBeforeAnyInputIsRead() throws {
        let folder = try folder("read-only")
        defer {
            chmod(folder.path, 0o755)
            try? FileManager.default.removeItem(at: folder)
        }
        chmod(folder.path, 0o555)
        let chart = folder.appendingPathComponent("trend.svg").path
        let missing = folder.appendingPathComponent("missing.txt").path
        for arguments in [["trend", "污水", sample, missing, "--plot", chart], ["measures", sample, missing, "--summary", "--plot", chart]] {
            let run = try run(arguments + ["--format", "csv"], output: "/dev/null", asNobody: true)
            #expect(run.status == 5, "\(arguments)")
            // Nothing was read: the missing input is not even reported.
            #expect(run.errors == "error: --plot \(chart): cannot be written (Permission denied)\n", "\(arguments)")
        }
    }

    @Test func aChartNamedByALinkOrANamedPipeIsWrittenThroughItNotPutInItsPlace() throws {
        let folder = try folder("chart-targets")
        defer { try? FileManager.default.removeItem(at: folder) }
        let chart = folder.appendingPathComponent("chart.svg").path
        let link = folder.appendingPathComponent("link.svg").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "chart.svg")
        let linked = try Repository.runZhili(["trend", "污水", sample, "--plot", link, "--format", "csv"])
        #expect(linked.status == 0, "\(linked.errors)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == "chart.svg")
        #expect(try String(contentsOfFile: chart, encoding: .utf8).contains("<svg"))
        // A reader waits on the pipe (opened without blocking), as `cat pipe` or a viewer would.
        let pipe = folder.appendingPathComponent("pipe.svg").path
        #expect(mkfifo(pipe, 0o600) == 0)
        let reader = open(pipe, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let piped = try Repository.runZhili(["trend", "污水", sample, "--plot", pipe, "--format", "csv"])
        #expect(piped.status == 0, "\(piped.errors)")
        var bytes = [UInt8](repeating: 0, count: 1 << 16)
        let count = read(reader, &bytes, bytes.count)
        #expect(count > 0 && String(decoding: bytes[..<max(count, 0)], as: UTF8.self).contains("<svg"))
        var info = stat()
        #expect(lstat(pipe, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
    }

    @Test func aSymbolicLinkLoopAndADanglingLinkAreNamedAsSuch() throws {
        let folder = try folder("links")
        defer { try? FileManager.default.removeItem(at: folder) }
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("a.txt").path, withDestinationPath: "b.txt")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("b.txt").path, withDestinationPath: "a.txt")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere.txt")
        try manager.createSymbolicLink(atPath: folder.appendingPathComponent("reports").path, withDestinationPath: Repository.root.appendingPathComponent("Corpus").path)
        let run = try Repository.runZhili(["stats", folder.path, sample, "--format", "jsonl"])
        #expect(run.status == 3)
        #expect(run.errors.contains("\(folder.path)/a.txt: symbolic link loop (Too many levels of symbolic links)"))
        #expect(run.errors.contains("\(folder.path)/gone.txt: symbolic link to nowhere.txt, which does not exist"))
        #expect(run.errors.contains("warning: \(folder.path)/reports: skipped: a symbolic link to a folder (links in a folder are not followed"))
        #expect(run.output.contains(sample))
    }

    @Test func aNamedPipeIsNamedAsNotARegularFileAndPassedOverWithoutWaitingOnIt() throws {
        let folder = try folder("fifo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(pipe, 0o644) == 0)
        try FileManager.default.copyItem(atPath: Repository.root.appendingPathComponent(sample).path,
                                         toPath: folder.appendingPathComponent("notice.txt").path)
        // In a folder: a warning, and the folder's files are read.
        for command in [["stats"], ["inspect"], ["terms"], ["kwic", "污水"], ["dedupe"], ["index", "--index", folder.appendingPathComponent("Index").path]] {
            let run = try Repository.runZhili(command + [folder.path])
            #expect(run.status == 0, "\(command): \(run.errors)")
            #expect(run.errors.contains("warning: \(pipe): skipped: is a named pipe (FIFO), not a regular file"), "\(command): \(run.errors)")
        }
        // Named: an unreadable input (exit 3), the other files still read; never opened, so nothing waits for a writer.
        for command in [["stats"], ["inspect"], ["terms"], ["segment"], ["cooccur"]] {
            let run = try Repository.runZhili(command + [pipe, sample])
            #expect(run.status == 3, "\(command): \(run.errors)")
            #expect(run.errors.contains("\(pipe): is a named pipe (FIFO), not a regular file"), "\(command): \(run.errors)")
            #expect(!run.output.isEmpty, "\(command)")
        }
    }

    @Test func aNamedPipeAmongTheLawsIsPassedOverWithoutWaitingOnIt() throws {
        let folder = try folder("fifo-laws")
        defer { try? FileManager.default.removeItem(at: folder) }
        let pipe = folder.appendingPathComponent("管道.md").path
        #expect(mkfifo(pipe, 0o644) == 0)
        try "# 中华人民共和国水污染防治法\n\n<!-- INFO END -->\n\n第一条 为了保护和改善环境，防治水污染，制定本法。\n"
            .write(toFile: folder.appendingPathComponent("水污染防治法.md").path, atomically: true, encoding: .utf8)
        let text = folder.appendingPathComponent("notice.txt").path
        try "根据《中华人民共和国水污染防治法》第一条，开展专项整治。\n".write(toFile: text, atomically: true, encoding: .utf8)
        // In the folder of laws: a warning, and the other laws resolve the citations.
        let run = try Repository.runZhili(["cites", text, "--laws", folder.path, "--format", "jsonl"])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("warning: \(pipe): skipped: is a named pipe (FIFO), not a regular file"), "\(run.errors)")
        #expect(run.output.contains("\"resolved\":\"第一条 为了保护和改善环境"), "\(run.output)")
        // Named as the laws: an input that cannot be read (exit 3), never opened.
        let named = try Repository.runZhili(["cites", text, "--laws", pipe])
        #expect(named.status == 3, "\(named.errors)")
        #expect(named.errors.contains("\(pipe): is a named pipe (FIFO), not a regular file"), "\(named.errors)")
    }

    @Test func aChartThatCannotBeWrittenIsRefusedBeforeTheWork() throws {
        let missing = Scratch.url("zhili-no-such-folder-\(UUID().uuidString)").appendingPathComponent("trend.svg").path
        let trend = try Repository.runZhili(["trend", "污水", sample, "--plot", missing])
        #expect(trend.status == 2)
        #expect(trend.errors.contains("--plot \(missing): the folder \((missing as NSString).deletingLastPathComponent) does not exist"))
        #expect(trend.output.isEmpty)
        let measures = try Repository.runZhili(["measures", sample, "--summary", "--plot", "Corpus"])
        #expect(measures.status == 2)
        #expect(measures.errors.contains("--plot Corpus is a folder"))
    }

    @Test func anEmptyFileIsAWarningNamingItInEveryCommandThatReadsFiles() throws {
        let folder = try folder("empty")
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = folder.appendingPathComponent("empty.txt").path
        FileManager.default.createFile(atPath: empty, contents: Data([0xEF, 0xBB, 0xBF, 0x20, 0x0A]))
        let commands = [["stats"], ["cites"], ["measures"], ["dedupe"], ["terms"], ["kwic", "污水"], ["trend", "污水"], ["cooccur"],
                        ["index", "--index", folder.appendingPathComponent("Index").path]]
        for command in commands {
            let run = try Repository.runZhili(command + [empty, sample] + (command[0] == "index" ? [] : ["--format", "json"]))
            #expect(run.status == 0, "\(command)")
            #expect(run.errors.contains("warning: \(empty): empty: holds no text"), "\(command): \(run.errors)")
        }
    }

    @Test func aMistypedPathGivenToTrendIsReportedMissingNotCountedAsATerm() throws {
        let run = try Repository.runZhili(["trend", "污水", sample, "Corpu/typo.txt", "--format", "csv"])
        #expect(run.status == 3)
        #expect(run.errors.contains("Corpu/typo.txt: no such file or folder"))
        #expect(!run.output.contains("typo"))
        #expect(run.output.contains("污水"))
    }
}
