import ArgumentParser
import Foundation
import Ingestion
import Reporting

/// `zhili inspect PATH ... [--json]`: how each file was read.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect",
        abstract: "Show how each file was read: encoding, documents, metadata, section tree."
    )

    @OptionGroup var input: InputOptions

    @Flag(help: "Print the contract's JSON records instead of a tree.")
    var json = false

    func validate() throws {
        if input.paths.isEmpty { throw ValidationError("Give at least one file or folder to inspect.") }
    }

    func run() throws {
        // Each file is described on a worker thread and printed in order as soon as its turn comes.
        let json = self.json
        var stream = RecordStream(writer: RecordWriter(format: .json)) { text in
            StandardOutput.write(text)
        }
        let unreadable = input.forEachFile(transform: { file in
            json ? .record(file.inspectRecord) : .outline(file.outline)
        }, consume: { (description: FileDescription) in
            switch description {
            case .record(let record): stream.write([record])
            case .outline(let outline): StandardOutput.write(outline)
            }
        })
        if json { stream.finish() }
        if unreadable { throw ExitCode.unreadableInput }
    }

    /// What is printed of one file.
    private enum FileDescription: Sendable {
        case record([(String, Value)])
        case outline(String)
    }
}
