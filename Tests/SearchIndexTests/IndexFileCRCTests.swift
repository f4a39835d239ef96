import CZhiliZlib
import Testing
@testable import SearchIndex

/// The CRC32 of index files is zlib's (indexes written before ISA-L computed it open unchanged).
@Test func theCRCOfIndexFilesIsZlibsForEveryLengthAndAlignment() {
    #expect(IndexFile.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(IndexFile.crc32([UInt8]()) == 0)
    // A fixed seed: a linear congruential generator's high bytes.
    var state: UInt64 = 12_345
    let bytes = (0..<5_000).map { _ -> UInt8 in
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return UInt8(truncatingIfNeeded: state >> 56)
    }
    for (start, length) in [(0, 1), (1, 15), (3, 64), (5, 255), (7, 1_000), (0, 4_999), (1, 4_999)] {
        let piece = Array(bytes[start..<(start + length)])
        let zlib = piece.withUnsafeBufferPointer { UInt32(truncatingIfNeeded: CZhiliZlib.crc32(0, $0.baseAddress, uInt($0.count))) }
        #expect(IndexFile.crc32(piece) == zlib, "\(start), \(length)")
    }
}
