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

    private var pages: [UnsafeMutableRawPointer] = []
    /// Where the next slice goes in the last page.
    private var pageUsed = PostingsArena.pageSize
    /// Per stream: its first slice's address, where its next byte goes, where its current slice's
    /// bytes end, and its length (addresses are page × page size + offset; 0 before the first slice).
    private var heads: [Int] = []
    private var ends: [Int] = []
    private var limits: [Int] = []
    private(set) var lengths: [Int] = []
    /// Bytes taken from the pages.
    private(set) var allocated = 0

    deinit { for page in pages { page.deallocate() } }

    /// Streams held.
    var count: Int { heads.count }

    /// Adds an empty stream; returns its number.
    @discardableResult
    func addStream() -> Int {
        heads.append(0)
        ends.append(0)
        limits.append(0)
        lengths.append(0)
        return heads.count - 1
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
        var source = bytes.baseAddress
        var remaining = bytes.count
        lengths[stream] += remaining
        while remaining > 0 {
            var room = limits[stream] - ends[stream]
            if room == 0 {
                let size = PostingsArena.sliceSize(sliceIndex(ofLength: lengths[stream] - remaining))
                let slice = allocate(size)
                if heads[stream] == 0 { heads[stream] = slice } else { pointer(limits[stream]).storeBytes(of: slice, as: Int.self) }
                ends[stream] = slice
                limits[stream] = slice + size - PostingsArena.link
                room = size - PostingsArena.link
            }
            let length = min(room, remaining)
            pointer(ends[stream]).copyMemory(from: source!, byteCount: length)
            ends[stream] += length
            source = source! + length
            remaining -= length
        }
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
        let length = lengths[stream]
        buffer.removeAll(keepingCapacity: true)
        buffer.reserveCapacity(length)
        var address = heads[stream], index = 0, remaining = length
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
