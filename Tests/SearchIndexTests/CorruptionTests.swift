import Foundation
import TestSupport
import Testing
@testable import SearchIndex

/// Every file of a freshly built index, by name.
func indexFiles(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "lock" }.sorted()
}

/// Opens the index and reads all of it; an error must name `file`.
func expectDamageReported(in folder: URL, file: String, _ comment: String) {
    do {
        let reader = try IndexReader(directory: IndexDirectory(path: folder.path))
        try reader.checkInvariants()
        _ = try reader.search(try QueryParser.parse("性别"))
        Issue.record("\(comment): no error")
    } catch let error as IndexError {
        #expect(error.file.hasSuffix(file) || error.file.hasSuffix("manifest"), "\(comment): \(error)")
    } catch {
        Issue.record("\(comment): \(error)")
    }
}

@Test func everyTruncationOfEveryFileIsReportedNamingTheFile() throws {
    let index = try SmallIndex()
    for name in try indexFiles(index.folder) {
        let path = index.folder.appendingPathComponent(name)
        let original = try Data(contentsOf: path)
        for length in Set([0, 1, 11, 12, original.count / 2, original.count - 8, original.count - 1]) where length < original.count {
            try original.prefix(length).write(to: path)
            expectDamageReported(in: index.folder, file: name, "\(name) cut to \(length) bytes")
        }
        try original.write(to: path)
    }
}

@Test func aFlippedBitAnywhereInAnyFileIsReportedNamingTheFile() throws {
    let index = try SmallIndex()
    var generator = SystemRandomNumberGenerator()
    for name in try indexFiles(index.folder) {
        let path = index.folder.appendingPathComponent(name)
        let original = try Data(contentsOf: path)
        var offsets = Set([0, 4, 8, 12, original.count / 2, original.count - 5, original.count - 1])
        for _ in 0..<20 { offsets.insert(Int.random(in: 0..<original.count, using: &generator)) }
        for offset in offsets {
            var damaged = original
            damaged[offset] ^= UInt8(1 << Int.random(in: 0..<8, using: &generator))
            try damaged.write(to: path)
            expectDamageReported(in: index.folder, file: name, "\(name) with a bit flipped at \(offset)")
        }
        try original.write(to: path)
    }
    try IndexReader(directory: IndexDirectory(path: index.folder.path)).checkInvariants()
}

@Test func anIndexOfAnotherFormatVersionIsRefused() throws {
    let index = try SmallIndex()
    let name = try #require(try indexFiles(index.folder).first { $0.hasSuffix(".term") })
    let path = index.folder.appendingPathComponent(name)
    var bytes = [UInt8](try Data(contentsOf: path))
    bytes[8] = 99
    // A consistent file of version 99: its CRC recomputed.
    let crc = IndexFile.crc32(Array(bytes[0..<(bytes.count - 8)]))
    withUnsafeBytes(of: crc.littleEndian) { bytes.replaceSubrange((bytes.count - 8)..<(bytes.count - 4), with: $0) }
    try Data(bytes).write(to: path)
    #expect {
        _ = try IndexReader(directory: IndexDirectory(path: index.folder.path))
    } throws: { error in
        error as? IndexError == .otherVersion(file: path.path, version: 99)
    }
}

@Test func aFlippedByteInTheVersionIsDamageNotAnotherVersion() throws {
    let index = try SmallIndex()
    for name in try indexFiles(index.folder) {
        let path = index.folder.appendingPathComponent(name)
        let original = try Data(contentsOf: path)
        var damaged = original
        damaged[8] ^= 0x01
        try damaged.write(to: path)
        #expect {
            _ = try IndexReader(directory: IndexDirectory(path: index.folder.path)).checkInvariants()
        } throws: { error in
            guard case .damaged(let file, let reason)? = error as? IndexError else { return false }
            return file == path.path && reason.hasPrefix("CRC32")
        }
        try original.write(to: path)
    }
}

@Test func aMissingIndexIsReportedNamingTheManifest() {
    let folder = Scratch.url("zhili-none-\(UUID().uuidString)")
    #expect {
        _ = try IndexReader(directory: IndexDirectory(path: folder.path))
    } throws: { error in
        (error as? IndexError)?.file.hasSuffix("manifest") == true
    }
}
