/// Where the postings streams of the segment being built grow: one byte stream per term, written in
/// slices carved from large pages, each slice twice the size of the one before (up to 32 KiB) and
/// ending with the address of the next — tantivy's memory arena with its unrolled linked lists. A
/// term's bytes are appended without a per-term allocation, reallocation or reference count, which
/// is most of the cost of appending many short postings to many growing arrays.
///
/// Streams are only appended to while the segment is built, then read — concurrently, by the
/// threads that write the segment's postings — and the arena is freed with the segment.
final class PostingsArena: @unchecked Sendable {
    private static let pageSize = 1 << 20
    private static let firstSlice = 32
    private static let largestSlice = 32 * 1024
    /// Bytes at the end of a slice that hold the next slice's address.
    private static let link = MemoryLayout<Int>.size

    @exclusivity(unchecked) private var pages: [UnsafeMutableRawPointer] = []
    /// Where the next slice goes in the last page.
    @exclusivity(unchecked) private var pageUsed = PostingsArena.pageSize
    /// Per stream, where it is (addresses are page × page size + offset; 0 before the first slice).
    private struct Stream {
        /// Its first slice's address.
        var head = 0
        /// Where its next byte goes.
        var end = 0
        /// Where its current slice's bytes end.
        var limit = 0
        var length = 0
    }
    /// The streams, in memory of their own rather than in arrays, and the arena's state unchecked for
    /// exclusive access (only the thread building the segment appends): the checks and the arrays'
    /// bounds and uniqueness tests cost more than the appends themselves.
    @exclusivity(unchecked) private var streams = UnsafeMutablePointer<Stream>.allocate(capacity: 1024)
    @exclusivity(unchecked) private var capacity = 1024
    /// Streams held.
    @exclusivity(unchecked) private(set) var count = 0
    /// Bytes taken from the pages.
    @exclusivity(unchecked) private(set) var allocated = 0

    deinit {
        for page in pages { page.deallocate() }
        streams.deallocate()
    }

    /// Every stream's length in bytes.
    var lengths: [Int] { (0..<count).map { streams[$0].length } }

    /// Adds an empty stream; returns its number.
    @discardableResult
    func addStream() -> Int {
        if count == capacity {
            let grown = UnsafeMutablePointer<Stream>.allocate(capacity: 2 * capacity)
            grown.moveInitialize(from: streams, count: count)
            streams.deallocate()
            (streams, capacity) = (grown, 2 * capacity)
        }
        (streams + count).initialize(to: Stream())
        count += 1
        return count - 1
    }

    private func pointer(_ address: Int) -> UnsafeMutableRawPointer {
        pages[address / PostingsArena.pageSize] + address % PostingsArena.pageSize
    }

    private static func sliceSize(_ index: Int) -> Int { min(largestSlice, firstSlice << min(index, 16)) }

    /// A new slice of `size` bytes; addresses start at 1 so that 0 means none.
    private func allocate(_ size: Int) -> Int {
        if pageUsed + size > PostingsArena.pageSize {
            pages.append(.allocate(byteCount: PostingsArena.pageSize, alignment: 8))
            pageUsed = 8
        }
        defer { pageUsed += size }
        allocated += size
        return (pages.count - 1) * PostingsArena.pageSize + pageUsed
    }

    /// Appends `bytes` to stream `stream`.
    func append(_ bytes: UnsafeRawBufferPointer, to stream: Int) {
        precondition(stream >= 0 && stream < count, "no stream \(stream)")
        let state = streams + stream
        var source = bytes.baseAddress
        var remaining = bytes.count
        state.pointee.length += remaining
        while remaining > 0 {
            var room = state.pointee.limit - state.pointee.end
            if room == 0 {
                let size = PostingsArena.sliceSize(sliceIndex(ofLength: state.pointee.length - remaining))
                let slice = allocate(size)
                if state.pointee.head == 0 { state.pointee.head = slice } else { pointer(state.pointee.limit).storeBytes(of: slice, as: Int.self) }
                state.pointee.end = slice
                state.pointee.limit = slice + size - PostingsArena.link
                room = size - PostingsArena.link
            }
            let length = min(room, remaining)
            pointer(state.pointee.end).copyMemory(from: source!, byteCount: length)
            state.pointee.end += length
            source = source! + length
            remaining -= length
        }
    }

    /// Appends the varint `value` and then `bytes` to stream `stream` (a run's postings of a term: its
    /// first delta renumbered, and the rest as they are); returns the bytes appended. Written in place
    /// when the stream's slice has room for both, as it mostly has, rather than as two copies.
    func append(varint value: UInt32, then bytes: UnsafeRawBufferPointer, to stream: Int) -> Int {
        precondition(stream >= 0 && stream < count, "no stream \(stream)")
        let state = streams + stream
        guard state.pointee.limit - state.pointee.end >= 5 + bytes.count else {
            var encoded: (UInt64, UInt64) = (0, 0)
            let length = withUnsafeMutableBytes(of: &encoded) { PostingsArena.putVarint(value, at: $0.baseAddress!) }
            withUnsafeBytes(of: &encoded) { append(UnsafeRawBufferPointer(rebasing: $0[..<length]), to: stream) }
            append(bytes, to: stream)
            return length + bytes.count
        }
        let target = pointer(state.pointee.end)
        let length = PostingsArena.putVarint(value, at: target)
        if bytes.count > 0 { (target + length).copyMemory(from: bytes.baseAddress!, byteCount: bytes.count) }
        state.pointee.end += length + bytes.count
        state.pointee.length += length + bytes.count
        return length + bytes.count
    }

    /// Writes `value` as a varint at `target`; returns its length.
    @inline(__always)
    private static func putVarint(_ value: UInt32, at target: UnsafeMutableRawPointer) -> Int {
        var rest = value, length = 0
        while rest >= 0x80 {
            target.storeBytes(of: UInt8(truncatingIfNeeded: rest) | 0x80, toByteOffset: length, as: UInt8.self)
            rest >>= 7
            length += 1
        }
        target.storeBytes(of: UInt8(rest), toByteOffset: length, as: UInt8.self)
        return length + 1
    }

    /// Which slice the byte after the first `length` bytes of a stream falls in.
    private func sliceIndex(ofLength length: Int) -> Int {
        var index = 0, capacity = PostingsArena.sliceSize(0) - PostingsArena.link
        while capacity <= length {
            index += 1
            capacity += PostingsArena.sliceSize(index) - PostingsArena.link
        }
        return index
    }

    /// Stream `stream`'s bytes, in `buffer` (replacing what it held).
    func read(_ stream: Int, into buffer: inout [UInt8]) {
        precondition(stream >= 0 && stream < count, "no stream \(stream)")
        let length = streams[stream].length
        buffer.removeAll(keepingCapacity: true)
        buffer.reserveCapacity(length)
        var address = streams[stream].head, index = 0, remaining = length
        while remaining > 0 {
            let capacity = PostingsArena.sliceSize(index) - PostingsArena.link
            let take = min(capacity, remaining)
            buffer.append(contentsOf: UnsafeRawBufferPointer(start: pointer(address), count: take))
            remaining -= take
            if remaining > 0 {
                address = pointer(address + capacity).load(as: Int.self)
                index += 1
            }
        }
    }
}
