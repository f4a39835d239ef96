import ArgumentParser
import Foundation
import Extraction
import OpenSearchExport
import SearchIndex

/// `zhili export --opensearch DIR (PATH ... | --index DIR) [--laws DIR ...]`: a collection as OpenSearch bulk files.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a collection for OpenSearch: index templates and bulk NDJSON files of documents, sections and records.",
        discussion: """
            Writes template.json (needs the analysis-icu plugin), template-builtin.json (a bare OpenSearch) and \
            bulk-NNNNN.ndjson files of at most --chunk-mb each, for indices <prefix>-documents, -sections, \
            -statistics, -citations and -measures. Citations are resolved as `zhili cites` resolves them: \
            against --laws where given, else against the laws in --index. Load: curl -XPUT localhost:9200/_index_template/zhili \
            -H 'Content-Type: application/json' --data-binary @DIR/template.json, then for each bulk file \
            curl -XPOST localhost:9200/_bulk -H 'Content-Type: application/x-ndjson' --data-binary @FILE.
            """
    )

    @OptionGroup var input: ExtractionInput
    @OptionGroup var laws: LawOptions

    @Option(help: ArgumentHelp("The new or empty folder to write the templates and bulk files into.", valueName: "dir"))
    var opensearch: String

    @Option(help: "The indices' name prefix.")
    var prefix = "zhili"

    @Option(parsing: .unconditional, help: "The largest bulk file, in MiB.")
    var chunkMb = 10

    func validate() throws {
        // Held as bytes: a count of megabytes past Int.max >> 20 would wrap to a negative size.
        guard (1...(Int.max >> 20)).contains(chunkMb) else { throw ValidationError("--chunk-mb must be between 1 and \(Int.max >> 20), not \(chunkMb).") }
        guard prefix.range(of: "^[a-z0-9][a-z0-9_-]*$", options: .regularExpression) != nil else {
            throw ValidationError("--prefix must be lower-case letters, digits, - and _ (an OpenSearch index name).")
        }
        do {
            try exporter().validate()
        } catch {
            throw ValidationError("--opensearch \(error)")
        }
    }

    private func exporter(resolver: CitationResolver? = nil) -> OpenSearchExporter {
        OpenSearchExporter(directory: opensearch, prefix: prefix, maximumBytes: chunkMb << 20, resolver: resolver)
    }

    func run() throws {
        let reader = try input.openIndex("export")
        let citationLaws = try laws.laws(index: reader)
        let exporter = self.exporter(resolver: citationLaws?.resolver)
        var unreadable = false
        do {
            // Each document's entries are made on a worker thread and added to the bulk files in order.
            let summary = try exporter.write { add in
                var failure: Error?
                unreadable = try input.forEachBatch("export", index: reader, transform: { documents in
                    documents.flatMap(exporter.entries(of:))
                }, consume: { entries in
                    guard failure == nil else { return }
                    // A law the index could not give back would leave its citations unresolved: stop there.
                    if let damage = citationLaws?.damage {
                        failure = DamagedLaws(damage: damage)
                        return
                    }
                    do { try add(entries) } catch { failure = error }
                })
                if let failure { throw failure }
            }
            StandardError.print(summary.description)
        } catch let exit as ExitCode {
            throw exit
        } catch let damaged as DamagedLaws {
            StandardError.print("zhili export: \(damaged)")
            throw ExitCode.damagedIndex
        } catch let unwritable as OpenSearchExportError {
            StandardError.print("error: \(unwritable)")
            throw ExitCode.unwritableOutput
        } catch {
            StandardError.print("error: \(error)")
            throw ExitCode.failure
        }
        if unreadable { throw ExitCode.unreadableInput }
    }
}

/// The index's laws turned out damaged while citations were resolved (exit 4, as `cites` does).
private struct DamagedLaws: Error, CustomStringConvertible {
    let damage: IndexError

    var description: String { damage.description }
}
