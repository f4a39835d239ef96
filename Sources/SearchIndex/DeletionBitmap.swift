/// Which units and which source files of a segment a generation has deleted: a changed or removed
/// file's units stay in their immutable segment until a merge drops them, and this bitmap keeps every
/// search, total and listing from seeing them.
///
/// Body: unit count (varint) · unit bits (one per unit, low bit first, ⌈units / 8⌉ bytes) · source
/// count (varint) · source bits, likewise.
struct DeletionBitmap: Equatable {
    static let role = "DELE"

    private(set) var units: [UInt64]
    private(set) var sources: [UInt64]
    let unitCount: Int
    let sourceCount: Int
    private(set) var deletedUnits = 0

    init(unitCount: Int, sourceCount: Int) {
        self.unitCount = unitCount
        self.sourceCount = sourceCount
        units = [UInt64](repeating: 0, count: (unitCount + 63) / 64)
        sources = [UInt64](repeating: 0, count: (sourceCount + 63) / 64)
    }

    func isDeleted(unit: Int) -> Bool { units[unit >> 6] >> UInt64(unit & 63) & 1 == 1 }

    func isDeleted(source: Int) -> Bool { sources[source >> 6] >> UInt64(source & 63) & 1 == 1 }

    /// Deletes source `source` and its units `range`.
    mutating func delete(source: Int, units range: Range<Int>) {
        sources[source >> 6] |= 1 << UInt64(source & 63)
        for unit in range where !isDeleted(unit: unit) {
            units[unit >> 6] |= 1 << UInt64(unit & 63)
            deletedUnits += 1
        }
    }

    func body() -> [UInt8] {
        var writer = ByteWriter()
        func append(_ words: [UInt64], count: Int) {
            writer.appendVarint(count)
            for byte in 0..<((count + 7) / 8) { writer.append(UInt8(truncatingIfNeeded: words[byte >> 3] >> UInt64(8 * (byte & 7)))) }
        }
        append(units, count: unitCount)
        append(sources, count: sourceCount)
        return writer.bytes
    }

    /// Reads the bitmap of a segment of `unitCount` units and `sourceCount` sources.
    init(file: MappedFile, unitCount: Int, sourceCount: Int) throws(IndexError) {
        self.init(unitCount: unitCount, sourceCount: sourceCount)
        do {
            var reader = file.reader()
            func read(count: Int, into words: inout [UInt64]) throws {
                guard try reader.int() == count else { throw file.malformed("deletion bitmap (counts differ from the segment's)") }
                for (index, byte) in try reader.bytes((count + 7) / 8).enumerated() {
                    words[index >> 3] |= UInt64(byte) << UInt64(8 * (index & 7))
                }
            }
            try read(count: unitCount, into: &units)
            try read(count: sourceCount, into: &sources)
            guard reader.isAtEnd else { throw file.malformed("deletion bitmap") }
        } catch let error as IndexError {
            throw error
        } catch {
            throw file.malformed("deletion bitmap")
        }
        deletedUnits = units.reduce(0) { $0 + $1.nonzeroBitCount }
    }
}
