import Foundation
import Testing
@testable import SearchIndex

/// The first `.txt` file of the test corpus in `collection`, and its text with one character
/// replaced by another of the same UTF-8 length (a change that leaves the size as it was).
private func sameSizeChange(in collection: URL) throws -> (file: URL, changed: String) {
    let file = try #require(try FileManager.default.contentsOfDirectory(at: collection, includingPropertiesForKeys: nil)
        .filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }.first)
    let text = try String(contentsOf: file, encoding: .utf8)
    let changed = text.replacingOccurrences(of: "性别比", with: "性别率")
    #expect(changed != text && changed.utf8.count == text.utf8.count)
    return (file, changed)
}

/// The test corpus copied to a scratch folder and indexed: the corpus's folder, the index's folder and the report.
private func indexedCorpus() throws -> (collection: URL, index: URL, first: IndexReport) {
    let folder = try scratchWithCorpus()
    let collection = folder.appendingPathComponent("Corpus"), index = folder.appendingPathComponent("Index")
    return (collection, index, try indexCollection(collection, into: index))
}

@Test func aBuildDatesTheManifestWhenItBeganCheckingTheFiles() throws {
    let folder = try scratchWithCorpus()
    let directory = IndexDirectory(path: folder.appendingPathComponent("Index").path)
    let before = FileStatus.now()
    try indexCollection(folder.appendingPathComponent("Corpus"), into: URL(fileURLWithPath: directory.path))
    let dated = try #require(directory.sourcesCheckedAt)
    #expect(dated >= before && dated <= FileStatus.now())
}

@Test func aFileChangedAfterTheLastBuildIsReadAgainEvenWithItsSizeUnchanged() throws {
    let (collection, index, first) = try indexedCorpus()
    let (file, changed) = try sameSizeChange(in: collection)
    try changed.write(to: file, atomically: false, encoding: .utf8)
    let report = try indexCollection(collection, into: index)
    #expect(report.changed == 1 && report.unchanged == first.added - 1)
    let reader = try IndexReader(directory: IndexDirectory(path: index.path))
    #expect(try reader.search(try QueryParser.parse("性别率")).hits.contains { $0.unit.source == file.path })
}

@Test func aFileWhoseStatusPredatesTheLastCheckIsTakenAsRecordedWithoutReadingIt() throws {
    let (collection, index, first) = try indexedCorpus()
    let directory = IndexDirectory(path: index.path)
    // The content changes, size kept, and the manifest is then dated as if a build had checked every
    // file after the change: the next build trusts the status and does not read the file.
    let (file, changed) = try sameSizeChange(in: collection)
    try changed.write(to: file, atomically: false, encoding: .utf8)
    directory.markSourcesChecked(at: FileStatus.now() + 1_000_000_000)
    let trusted = try indexCollection(collection, into: index)
    #expect(trusted.changed == 0 && trusted.unchanged == first.added)
    // Dated before the change, the file is read, and its new content found.
    directory.markSourcesChecked(at: try #require(FileStatus(path: file.path)).changed)
    let read = try indexCollection(collection, into: index)
    #expect(read.changed == 1)
}

@Test func aFileTouchedButNotChangedIsHashedOnceAndThenTrusted() throws {
    let (collection, index, first) = try indexedCorpus()
    let directory = IndexDirectory(path: index.path)
    let (file, _) = try sameSizeChange(in: collection)
    let dated = try #require(directory.sourcesCheckedAt)
    try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file.path)
    #expect(try #require(FileStatus(path: file.path)).changed >= dated)
    // Its hash is the recorded one: nothing is written, and the manifest is dated this build.
    let again = try indexCollection(collection, into: index)
    #expect(again.changed == 0 && again.unchanged == first.added && again.statistics == nil)
    #expect(try #require(directory.sourcesCheckedAt) > dated)
}
