import Foundation
import Testing
import TestSupport

private func temporaryIndex(_ name: String) -> String {
    Scratch.url("zhili-\(name)-\(UUID().uuidString)").path
}

private func jsonRecords(_ run: ZhiliRun) throws -> [[String: Any]] {
    try #require(try JSONSerialization.jsonObject(with: run.outputData) as? [[String: Any]])
}

@Test(.enabled(if: Repository.executableIsBuilt))
func theExtractionCommandsListAnIndexedCollectionAsTheyListItsFiles() throws {
    let index = temporaryIndex("commands")
    let built = try Repository.runZhili(["index", "Corpus", "--index", index])
    #expect(built.status == 0, "\(built.errors)")
    for command in ["stats", "cites", "measures"] {
        let fromIndex = try Repository.runZhili([command, "--index", index, "--format", "jsonl"])
        // The files' citations resolved against the same index, as the indexed collection's are.
        let fromFiles = try Repository.runZhili([command, "Corpus", "--format", "jsonl"] + (command == "cites" ? ["--index", index] : []))
        #expect(fromIndex.status == 0, "\(fromIndex.errors)")
        let indexed = fromIndex.output.split(separator: "\n"), read = fromFiles.output.split(separator: "\n")
        #expect(indexed.count == read.count && !indexed.isEmpty, "\(command)")
        #expect(zip(indexed, read).first { $0 != $1 }.map { "\($0.0)\n≠ \($0.1)" } == nil, "\(command)")
    }
    let missing = try Repository.runZhili(["stats", "--index", index + "-none"])
    #expect(missing.status == 4)
    #expect(missing.output.isEmpty)
}

@Test(.enabled(if: Repository.executableIsBuilt))
func searchFindsStatisticsCitationsAndMeasuresByKind() throws {
    let index = temporaryIndex("kinds")
    #expect(try Repository.runZhili(["index", "Corpus", "--index", index]).status == 0)
    for (query, kind) in [("出生人口性别比", "statistic"), ("刑法", "citation"), ("宣传", "measure")] {
        let run = try Repository.runZhili(["search", query, "--kind", kind, "--index", index, "--json", "--limit", "50"])
        #expect(run.status == 0, "\(query): \(run.errors)")
        let records = run.output.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(!records.isEmpty)
        #expect(records.allSatisfy { $0["kind"] as? String == kind }, "\(query)")
    }
}

@Test(.enabled(if: Repository.executableIsBuilt && Repository.shared("corpus/law-versions") != nil))
func citesChecksAgainstTheLawsOfAnIndex() throws {
    let versions = try #require(Repository.shared("corpus/law-versions"))
    let index = temporaryIndex("cites")
    #expect(try Repository.runZhili(["index", versions.path, "--index", index]).status == 0)
    let run = try Repository.runZhili(["cites", "Corpus/county-mch-work-points-2025.html", "--index", index, "--check", "--format", "json"])
    #expect(run.status == 0, "\(run.errors)")
    let cited = try #require(try jsonRecords(run).first { $0["law"] as? String == "人口与计划生育法" && $0["article"] as? Int == 36 })
    #expect(cited["check"] as? String == "renumbered")
    #expect(cited["suggestion"] as? String == "第四十条")
    let resolved = try Repository.runZhili(["cites", "Corpus/county-mch-work-points-2025.html", "--index", index, "--format", "json"])
    #expect(try jsonRecords(resolved).contains { ($0["resolved"] as? String)?.hasPrefix("第") == true })
}

/// The citation records of an export's bulk files, in the order written.
private func exportedCitations(_ folder: String) throws -> [[String: Any]] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("bulk-") }.sorted()
    var citations: [[String: Any]] = []
    for name in names {
        let lines = try String(contentsOfFile: folder + "/" + name, encoding: .utf8).split(separator: "\n")
        for pair in stride(from: 0, to: lines.count, by: 2) {
            let action = try #require(try JSONSerialization.jsonObject(with: Data(lines[pair].utf8)) as? [String: [String: Any]])
            guard action["index"]?["_index"] as? String == "zhili-citations" else { continue }
            citations.append(try #require(try JSONSerialization.jsonObject(with: Data(lines[pair + 1].utf8)) as? [String: Any]))
        }
    }
    return citations
}

@Test(.enabled(if: Repository.executableIsBuilt && Repository.shared("corpus/law-versions") != nil))
func exportResolvesCitationsAsCitesDoesAgainstLawFilesOrTheIndexedLaws() throws {
    let versions = try #require(Repository.shared("corpus/law-versions")).path
    let document = "Corpus/county-mch-work-points-2025.html"
    let index = temporaryIndex("export-laws")
    #expect(try Repository.runZhili(["index", versions, document, "--index", index]).status == 0)
    for (exported, cited) in [([document, "--laws", versions], [document, "--laws", versions]), (["--index", index], [document, "--index", index])] {
        let folder = temporaryIndex("export")
        let export = try Repository.runZhili(["export"] + exported + ["--opensearch", folder])
        #expect(export.status == 0, "\(export.errors)")
        let cites = try Repository.runZhili(["cites"] + cited + ["--format", "json"])
        let expected = try jsonRecords(cites).map { [$0["text"] as? String, $0["law_full"] as? String, $0["resolved"] as? String] }
        let written = try exportedCitations(folder).filter { $0["source"] as? String == document }
            .map { [$0["text"] as? String, $0["law_full"] as? String, $0["resolved"] as? String] }
        #expect(written == expected, "\(exported)")
        #expect(written.contains { ($0[2] ?? "").hasPrefix("第") }, "\(exported): no citation resolved")
    }
    let unresolved = temporaryIndex("export")
    #expect(try Repository.runZhili(["export", document, "--opensearch", unresolved]).status == 0)
    #expect(try exportedCitations(unresolved).allSatisfy { $0["resolved"] is NSNull })
}

@Test(.enabled(if: Repository.executableIsBuilt))
func anExportOrADeduplicatedCollectionThatCannotBeWrittenExits5InTheSystemsWords() throws {
    // A folder inside a file cannot be made, whoever runs the test (root included).
    let file = temporaryIndex("not-a-folder")
    try Data("不是文件夹".utf8).write(to: URL(fileURLWithPath: file))
    defer { try? FileManager.default.removeItem(atPath: file) }
    let export = try Repository.runZhili(["export", "Corpus/rural-sewage-notice-2025.txt", "--opensearch", file + "/export"])
    #expect(export.status == 5)
    #expect(export.errors.contains("\(file)/export cannot be created (Not a directory)"), "\(export.errors)")
    let dedupe = try Repository.runZhili(["dedupe", "Corpus", "--write", file + "/kept", "--format", "json"])
    #expect(dedupe.status == 5)
    #expect(dedupe.errors.contains("cannot be written (Not a directory)"), "\(dedupe.errors)")
}
