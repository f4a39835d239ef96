import Deduplication

/// The verified near-identical pairs among a generation's distinct texts (`g<N>.pair`), kept so that
/// an update verifies only the pairs its new texts make: a pair depends on its two texts alone, so
/// the pairs of texts that are still live stay true.
///
/// Body: pair count · per pair: role (u8: 0 sections, 1 documents) · the two texts' keys (length
/// varint, u64 hash each) · Jaccard similarity and containment (2 × u64, IEEE 754 bits).
enum DuplicatePairTable {
    static let role = "PAIR"

    /// One verified pair of texts, by the keys of their compared characters.
    struct Pair: Equatable {
        var role: DuplicateSignatureTable.Record.Role
        var first: ExactKey
        var second: ExactKey
        var jaccard: Double
        var containment: Double
    }

    static func body(_ pairs: [Pair]) -> [UInt8] {
        var writer = ByteWriter()
        writer.appendVarint(pairs.count)
        for pair in pairs {
            writer.append(pair.role.rawValue)
            for key in [pair.first, pair.second] {
                writer.appendVarint(key.count)
                writer.appendUInt64(key.hash)
            }
            writer.appendUInt64(pair.jaccard.bitPattern)
            writer.appendUInt64(pair.containment.bitPattern)
        }
        return writer.bytes
    }

    static func read(_ file: MappedFile) throws(IndexError) -> [Pair] {
        var pairs: [Pair] = []
        do {
            var reader = file.reader()
            for _ in 0..<(try reader.int(max: file.body.count / 35)) {
                guard let role = DuplicateSignatureTable.Record.Role(rawValue: try reader.byte()), role != .shortSection else {
                    throw file.malformed("duplicate pairs")
                }
                let first = ExactKey(count: try reader.int(), hash: try reader.uint64())
                let second = ExactKey(count: try reader.int(), hash: try reader.uint64())
                pairs.append(Pair(role: role, first: first, second: second, jaccard: Double(bitPattern: try reader.uint64()),
                                  containment: Double(bitPattern: try reader.uint64())))
            }
            guard reader.isAtEnd else { throw file.malformed("duplicate pairs") }
        } catch let error as IndexError {
            throw error
        } catch {
            throw file.malformed("duplicate pairs")
        }
        return pairs
    }
}
