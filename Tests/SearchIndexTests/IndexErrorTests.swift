import Foundation
import TestSupport
import Testing
@testable import SearchIndex

private func openingError(_ folder: URL) -> IndexError? {
    do {
        _ = try IndexReader(directory: IndexDirectory(path: folder.path))
        return nil
    } catch {
        return error
    }
}

@Test func aMissingIndexIsTheMissingCase() {
    let folder = Scratch.url("zhili-none-\(UUID().uuidString)")
    #expect(openingError(folder) == .missing(file: folder.appendingPathComponent("manifest").path))
}

@Test func aDamagedFileIsTheDamagedCaseNamingIt() throws {
    let index = try SmallIndex()
    let name = try #require(try indexFiles(index.folder).first { $0.hasSuffix(".stor") })
    let path = index.folder.appendingPathComponent(name)
    var bytes = try Data(contentsOf: path)
    bytes[bytes.count / 2] ^= 0x01
    try bytes.write(to: path)
    guard case .damaged(let file, _)? = openingError(index.folder) else {
        Issue.record("not reported as damaged")
        return
    }
    #expect(file == path.path)
}

@Test func aRemovedFileOfTheGenerationIsTheMissingCase() throws {
    let index = try SmallIndex()
    let name = try #require(try indexFiles(index.folder).first { $0.hasSuffix(".post") })
    let path = index.folder.appendingPathComponent(name)
    try FileManager.default.removeItem(at: path)
    #expect(openingError(index.folder) == .missing(file: path.path))
}

@Test func aSecondWriterFindsTheIndexLocked() throws {
    let index = try SmallIndex()
    let directory = IndexDirectory(path: index.folder.path)
    let held = try directory.lock()
    defer { close(held) }
    let writer = IndexWriter(lexicon: nil)
    writer.add(unit: SmallIndex.units[0])
    #expect(throws: IndexError.locked(file: index.folder.appendingPathComponent("lock").path)) {
        try writer.commit(to: directory)
    }
}
