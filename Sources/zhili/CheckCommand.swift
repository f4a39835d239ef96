import ArgumentParser
import Foundation
import SearchIndex

/// `zhili check [--index DIR]`: verify every file of an index and its invariants.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify an index: every file's format version and CRC32, and the invariants of its structures.",
        discussion: "Exits with 4, naming the file, when anything is missing, from another format version, or damaged."
    )

    @Option(name: .customLong("index"), help: ArgumentHelp("The index folder.", valueName: "dir"))
    var index = "Index"

    func run() throws {
        do {
            let reader = try IndexReader(directory: IndexDirectory(path: index))
            let summary = try reader.checkInvariants()
            StandardOutput.write("\(index): generation \(reader.generation) intact — \(summary)\n")
        } catch {
            StandardError.print("zhili check: \(error)")
            throw ExitCode.damagedIndex
        }
    }
}
