import Testing
@testable import Deduplication

/// A shingle set's hashes, sorted by bytes from `ShingleSet.radixSortMinimum` of them on.
@Suite struct ShingleSetTests {
    /// The shingles of both fixtures, repeats included, and the plan's again: 2,000-odd hashes.
    let hashes: [UInt64] = {
        let shingler = Shingler()
        let texts = [Fixture.plan, Fixture.report, Fixture.plan]
        return texts.flatMap { shingler.hashes(of: ComparisonText.characters(of: $0)) }
    }()

    @Test func aSetHoldsEveryDistinctHashOnceInAscendingOrderWhateverItsSize() {
        #expect(hashes.count > 4 * ShingleSet.radixSortMinimum)
        for count in [0, 1, 2, ShingleSet.radixSortMinimum - 1, ShingleSet.radixSortMinimum, ShingleSet.radixSortMinimum + 1, 1000, hashes.count] {
            let part = Array(hashes.prefix(count))
            #expect(ShingleSet(hashes: part).hashes == Set(part).sorted(), "\(count) hashes")
        }
    }

    @Test func hashesSharingSomeOfTheirBytesSortAsComparedValuesDo() {
        let variants: [(String, (UInt64) -> UInt64)] = [
            ("high bytes zero", { $0 >> 40 }),
            ("low bytes zero", { $0 << 24 }),
            ("middle bytes shared", { $0 & 0xFF00_0000_0000_00FF | 0x0012_3456_789A_BC00 }),
            ("one value", { _ in 0x0123_4567_89AB_CDEF }),
            ("few values", { $0 % 7 }),
        ]
        for (name, transform) in variants {
            var values = hashes.map(transform)
            ShingleSet.sortAscending(&values)
            #expect(values == hashes.map(transform).sorted(), "\(name)")
        }
    }
}
