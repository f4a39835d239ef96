/// A unit's stored section path and text as the UTF-8 of its decompressed store block, with the names
/// of its file and document; the bytes are valid only inside the call that hands it over.
public struct StoredUnitBytes {
    public let unit: Int
    public let source: String
    public let documentIndex: Int
    public let document: String
    public let section: UnsafeBufferPointer<UInt8>
    public let text: UnsafeBufferPointer<UInt8>
}

extension IndexReader {
    /// Hands `body` the stored bytes of the units numbered `numbers`, in order, which lie in one block
    /// of the store (a group of `sectionUnitBlocks(containing:)`): the block is decompressed once and
    /// its entries are walked as bytes, the units not asked for passed over without being decoded, so
    /// that a concordance makes no `String` of a whole stored text.
    public func withStoredBytes(_ numbers: [Int], _ body: (StoredUnitBytes) -> Void) throws(IndexError) {
        guard let first = numbers.first else { return }
        let segment = segments[units.segment(of: first)]
        let store = segment.store
        let block = store.block(of: first - segment.base)
        var next = 0
        try store.walkEntries(block: block, only: numbers.map { $0 - segment.base }) { local, section, text in
            let number = segment.base + local
            guard number == numbers[next] else { return true }
            let record = units.record(number)
            body(StoredUnitBytes(unit: number, source: units.string(record.source), documentIndex: record.documentIndex,
                                 document: units.string(record.document), section: section, text: text))
            next += 1
            return next < numbers.count
        }
        // Units out of order, or past the block.
        guard next == numbers.count else { throw store.file.malformed("store block \(block)") }
    }
}
