import CZhiliZlib

/// What tells whether a file changed since it was indexed: its size, FNV-1a 64 and CRC32 of its bytes.
public struct ContentHash: Sendable, Hashable {
    public var size: Int
    public var fnv1a: UInt64
    public var crc32: UInt32

    public init(size: Int, fnv1a: UInt64, crc32: UInt32) {
        self.size = size
        self.fnv1a = fnv1a
        self.crc32 = crc32
    }

    /// The hash of `bytes`.
    public init(of bytes: UnsafeRawBufferPointer) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        self.init(size: bytes.count, fnv1a: hash, crc32: IndexFile.crc32(bytes))
    }
}
