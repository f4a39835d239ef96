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
        let result = input.readCollection()
        if json {
            let records = result.files.map(\.inspectRecord)
            FileHandle.standardOutput.write(Data(RecordWriter(format: .json).render(records).utf8))
        } else {
            for file in result.files { FileHandle.standardOutput.write(Data(file.outline.utf8)) }
        }
        if !result.errors.isEmpty { throw ExitCode.unreadableInput }
    }
}
