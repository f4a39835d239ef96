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
    /// its entries are walked as bytes, the units not asked for skipped without being decoded, so
    /// that a concordance makes no `String` of a whole stored text.
    public func withStoredBytes(_ numbers: [Int], _ body: (StoredUnitBytes) -> Void) throws(IndexError) {
        guard let first = numbers.first else { return }
        let segment = segments[units.segment(of: first)]
        let store = segment.store
        let block = store.block(of: first - segment.base)
        let raw = try store.decompressed(block: block)
        var reader = ByteReader(raw.bytes)
        var next = store.firstUnit(of: block)
        do {
            for number in numbers {
                let local = number - segment.base
                guard local >= next, store.block(of: local) == block else { throw store.file.malformed("store block \(block)") }
                for _ in next..<local {
                    _ = try reader.bytes(try reader.int())
                    _ = try reader.bytes(try reader.int())
                }
                let section = try reader.bytes(try reader.int())
                let text = try reader.bytes(try reader.int())
                next = local + 1
                let record = units.record(number)
                body(StoredUnitBytes(unit: number, source: units.string(record.source), documentIndex: record.documentIndex,
                                     document: units.string(record.document),
                                     section: section.assumingMemoryBound(to: UInt8.self), text: text.assumingMemoryBound(to: UInt8.self)))
            }
        } catch let error as IndexError {
            throw error
        } catch {
            throw store.file.malformed("store block \(block)")
        }
        withExtendedLifetime(raw) {}
    }
}
