import Foundation
import Testing
import TestSupport
@testable import SearchIndex

/// A fresh folder holding `files` (name → bytes), removed by the caller.
private func collection(_ files: [String: [UInt8]]) throws -> URL {
    let folder = Scratch.url("zhili-unreadable-\(UUID().uuidString)")
    let texts = folder.appendingPathComponent("texts")
    try FileManager.default.createDirectory(at: texts, withIntermediateDirectories: true)
    for (name, bytes) in files { try Data(bytes).write(to: texts.appendingPathComponent(name)) }
    return folder
}

private let notice = Array("关于开展农村生活污水专项整治的通知\n\n一、工作目标\n到2025年底，全县农村生活污水治理率达到60%以上。\n".utf8)
/// The notice cut off inside its last character: the first two bytes of 上's three.
private let truncated = Array(notice.prefix(notice.count - 5))

@Test func aFileThatFailsToDecodeIsReportedOnEveryRunButWritesNoNewGeneration() throws {
    let folder = try collection(["notice.txt": notice, "truncated.txt": truncated])
    defer { try? FileManager.default.removeItem(at: folder) }
    let texts = folder.appendingPathComponent("texts"), index = folder.appendingPathComponent("Index")
    let first = try indexCollection(texts, into: index)
    #expect(first.statistics?.generation == 1)
    #expect(first.added == 1)
    #expect(first.errors.map(\.path) == [texts.appendingPathComponent("truncated.txt").path])

    let again = try indexCollection(texts, into: index)
    #expect(again.statistics == nil, "a second run wrote generation \(again.statistics?.generation ?? 0)")
    #expect((again.added, again.changed, again.removed, again.unchanged) == (0, 0, 0, 1))
    #expect(again.errors.map(\.path) == [texts.appendingPathComponent("truncated.txt").path])
    #expect(again.summary(index: "Index", seconds: 0).hasSuffix("; 1 file could not be read"))

    // Mended, it is read and added.
    try Data(notice).write(to: texts.appendingPathComponent("truncated.txt"))
    let mended = try indexCollection(texts, into: index)
    #expect(mended.statistics?.generation == 2)
    #expect((mended.added, mended.errors.count) == (1, 0))
}

@Test func aFirstBuildOfFilesThatAllFailToDecodeLeavesNoIndex() throws {
    let folder = try collection(["truncated.txt": truncated])
    defer { try? FileManager.default.removeItem(at: folder) }
    let index = folder.appendingPathComponent("Index")
    let report = try indexCollection(folder.appendingPathComponent("texts"), into: index)
    #expect(report.leftAsItWas)
    #expect(report.errors.count == 1)
    #expect(!IndexDirectory(path: index.path).exists)
    #expect(report.summary(index: "Index", seconds: 0) == "Index: no file could be read (the one named above); no index was written")
}

@Test func aFileThatCannotBeReadIsNamedWithWhyAsTheOtherCommandsSayIt() throws {
    let folder = try collection(["notice.txt": notice])
    defer { try? FileManager.default.removeItem(at: folder) }
    let texts = folder.appendingPathComponent("texts")
    let link = texts.appendingPathComponent("moved.txt")
    try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/nonexistent/moved.txt")
    let report = try indexCollection(texts, into: folder.appendingPathComponent("Index"))
    #expect(report.errors.map(\.description) == ["\(link.path): symbolic link to /nonexistent/moved.txt, which does not exist"])
    #expect(report.added == 1)
    #expect(report.summary(index: "Index", seconds: 0).hasPrefix("Index: generation 1, 1 file (0.0 MB) → "))
}

@Test func aFolderWithNothingToReadSaysSoAndWhetherAnIndexWasWritten() throws {
    let folder = try collection(["notice.txt": notice])
    defer { try? FileManager.default.removeItem(at: folder) }
    let empty = folder.appendingPathComponent("empty"), index = folder.appendingPathComponent("Index")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let first = try indexCollection(empty, into: index)
    #expect(first.warnings.map(\.path) == [empty.path])
    #expect(first.summary(index: "Index", seconds: 0) == "Index: nothing to index, no file to read under the paths given; no index was written")
    #expect(!IndexDirectory(path: index.path).exists)

    try indexCollection(folder.appendingPathComponent("texts"), into: index)
    let again = try indexCollection(empty, into: index)
    #expect(again.summary(index: "Index", seconds: 0) == "Index: nothing to index, no file to read under the paths given; the index was left as it was")
    #expect(try IndexReader(directory: IndexDirectory(path: index.path)).manifest.generation == 1)
}

@Test func anIndexFolderThatCannotBeMadeIsExplainedInWordsNamingIt() throws {
    let folder = try collection(["notice.txt": notice])
    defer { try? FileManager.default.removeItem(at: folder) }
    let texts = folder.appendingPathComponent("texts")
    let nested = folder.appendingPathComponent("no-such-folder/Index")
    #expect(throws: IndexError.inaccessible(file: nested.path, reason: "cannot create the index folder: the folder it goes in does not exist")) {
        try indexCollection(texts, into: nested)
    }
    let file = texts.appendingPathComponent("notice.txt")
    #expect(throws: IndexError.inaccessible(file: file.path, reason: "is a file, not an index folder")) {
        try indexCollection(texts, into: file)
    }
    // A search given the same file as its index says so, rather than that no manifest is found in it.
    #expect(throws: IndexError.inaccessible(file: file.path, reason: "is a file, not an index folder")) {
        try IndexReader(directory: IndexDirectory(path: file.path))
    }
    #expect(IndexError.system(EACCES, file: "Index/lock", "cannot be opened").description == "Index/lock: cannot be opened (Permission denied)")
}

@Test func aDamagedIndexOverAnEmptyFolderIsSaidToBeLeftUnusableNotRebuilt() throws {
    let folder = try collection(["notice.txt": notice])
    defer { try? FileManager.default.removeItem(at: folder) }
    let texts = folder.appendingPathComponent("texts"), index = folder.appendingPathComponent("Index")
    try indexCollection(texts, into: index)
    let name = try #require(try indexFiles(index).first { $0.hasSuffix(".term") })
    var bytes = try Data(contentsOf: index.appendingPathComponent(name))
    bytes[bytes.count / 2] ^= 0x40
    try bytes.write(to: index.appendingPathComponent(name))
    let empty = folder.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)

    let report = try indexCollection(empty, into: index)
    #expect(report.leftAsItWas)
    let note = try #require(report.previousIndexNote(index: "Index"))
    #expect(note.hasPrefix("the index Index cannot be used (\(index.appendingPathComponent(name).path): damaged: CRC32 "))
    #expect(note.hasSuffix("); with no file read it was not rebuilt and is still unusable"))
}

@Test(arguments: ["dsig", "pair"])
func aDamagedFileThatOnlyUpdatesReadRebuildsTheIndexInsteadOfFailingEveryUpdate(_ suffix: String) throws {
    let repost = Array("关于开展农村生活污水专项整治的通知（转发）\n\n一、工作目标\n到2025年底，全县农村生活污水治理率达到60%以上。\n".utf8)
    let folder = try collection(["notice.txt": notice, "repost.txt": repost])
    defer { try? FileManager.default.removeItem(at: folder) }
    let texts = folder.appendingPathComponent("texts"), index = folder.appendingPathComponent("Index")
    try indexCollection(texts, into: index)
    let name = try #require(try indexFiles(index).first { $0.hasSuffix("." + suffix) })
    var bytes = try Data(contentsOf: index.appendingPathComponent(name))
    bytes[bytes.count / 2] ^= 0x40
    try bytes.write(to: index.appendingPathComponent(name))

    try Data(notice + Array("二、保障措施\n加强组织领导。\n".utf8)).write(to: texts.appendingPathComponent("notice.txt"))
    let update = try indexCollection(texts, into: index)
    #expect(update.rebuildReason?.contains(name) == true)
    #expect(update.previousIndexNote(index: "Index")?.hasPrefix("the previous index was \(index.appendingPathComponent(name).path): damaged") == true)
    #expect(update.previousIndexNote(index: "Index")?.hasSuffix("; rebuilt") == true)
    #expect(update.statistics?.sources == 2)
    try IndexReader(directory: IndexDirectory(path: index.path)).checkInvariants()
}
