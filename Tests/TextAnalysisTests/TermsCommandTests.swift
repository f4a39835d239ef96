import Foundation
import Testing
import TestSupport

/// `zhili terms` end to end on the project's sample collection.
@Suite(.enabled(if: Repository.executableIsBuilt))
struct TermsCommandTests {
    @Test func keywordsOfASingleGroupSayWhyThereAreNone() throws {
        let run = try Repository.runZhili(["terms", "Corpus", "--keywords", "--by", "folder", "--format", "jsonl"])
        #expect(run.status == 0)
        #expect(run.output.isEmpty)
        #expect(run.errors.contains("warning: --keywords compares each group with the rest, and every document is in one group (folder Corpus)"),
                "\(run.errors)")
        // Grouped by document, the sample's ten files have keywords and no warning.
        let byDocument = try Repository.runZhili(["terms", "Corpus", "--keywords", "--by", "document", "--top", "1", "--format", "jsonl"])
        #expect(!byDocument.output.isEmpty)
        #expect(!byDocument.errors.contains("warning"))
    }
}
