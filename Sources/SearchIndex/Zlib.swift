import CZhiliZlib

/// zlib compression of whole byte strings, for the store's blocks and the tables.
enum Zlib {
    static let level: Int32 = 6

    static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var length = compressBound(uLong(bytes.count))
        var compressed = [UInt8](repeating: 0, count: Int(length))
        let status = compressed.withUnsafeMutableBufferPointer { output in
            bytes.withUnsafeBufferPointer { input in
                compress2(output.baseAddress, &length, input.baseAddress, uLong(input.count), level)
            }
        }
        precondition(status == Z_OK, "zlib compress2 failed (\(status))")
        return Array(compressed[0..<Int(length)])
    }

    /// The `rawLength` bytes that `compressed` inflates to, or nil when it does not inflate to exactly
    /// that many.
    static func decompress(_ compressed: UnsafeRawBufferPointer, rawLength: Int) -> OwnedBytes? {
        let output = OwnedBytes(count: rawLength)
        var length = uLong(rawLength)
        let status = uncompress(output.mutable.baseAddress?.assumingMemoryBound(to: Bytef.self), &length,
                                compressed.baseAddress?.assumingMemoryBound(to: Bytef.self), uLong(compressed.count))
        return status == Z_OK && Int(length) == rawLength ? output : nil
    }
}

/// Bytes on the heap that live as long as their owner, read through a raw buffer like a mapped file.
final class OwnedBytes: @unchecked Sendable {
    let mutable: UnsafeMutableRawBufferPointer
    let count: Int

    init(count: Int) {
        self.count = count
        mutable = UnsafeMutableRawBufferPointer.allocate(byteCount: max(count, 1), alignment: 8)
        mutable.initializeMemory(as: UInt8.self, repeating: 0)
    }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(mutable)[0..<count]) }

    deinit { mutable.deallocate() }
}
