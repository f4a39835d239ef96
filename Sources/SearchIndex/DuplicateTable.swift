/// The near-duplicate groups of one generation (`g<N>.dups`): found at every commit over the units of
/// all live segments, and kept outside the immutable segments because a changed file can change the
/// groups of units that did not change.
///
/// Body: group count · entry count · per unit in a group, ascending: unit number (global, as a delta
/// from the previous entry's) · group (varints).
enum DuplicateTable {
    static let role = "DUPS"

    static func body(_ groups: [(unit: Int, group: Int)]) -> [UInt8] {
        var writer = ByteWriter()
        writer.appendVarint(Set(groups.map(\.group)).count)
        writer.appendVarint(groups.count)
        var previous = 0
        for entry in groups.sorted(by: { $0.unit < $1.unit }) {
            writer.appendVarint(entry.unit - previous)
            writer.appendVarint(entry.group)
            previous = entry.unit
        }
        return writer.bytes
    }

    /// Every unit's group + 1 (0 for none), for `unitCount` global unit numbers.
    static func read(_ file: MappedFile, unitCount: Int) throws(IndexError) -> [UInt32] {
        var groups = [UInt32](repeating: 0, count: unitCount)
        do {
            var reader = file.reader()
            let groupCount = try reader.int(max: unitCount)
            var unit = 0
            for index in 0..<(try reader.int(max: unitCount)) {
                unit += try reader.int(max: unitCount)
                let group = try reader.int(max: max(0, groupCount - 1))
                guard unit < unitCount, index == 0 || groups[unit] == 0 else { throw file.malformed("duplicate groups") }
                groups[unit] = UInt32(group + 1)
            }
            guard reader.isAtEnd else { throw file.malformed("duplicate groups") }
        } catch let error as IndexError {
            throw error
        } catch {
            throw file.malformed("duplicate groups")
        }
        return groups
    }
}
