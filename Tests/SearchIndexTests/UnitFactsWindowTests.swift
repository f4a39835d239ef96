import Testing
@testable import SearchIndex

@Test func theFactsWindowAnswersTheGatheredUnitsInOrderAndNoOthers() {
    // Facts of 20 units: unit n has length n, heading length n % 3, document n / 4, kind n % 2.
    let all = (0..<20).map { UnitFacts(length: UInt32($0), headingLength: UInt32($0 % 3), document: UInt32($0 / 4), kind: UInt8($0 % 2)) }
    var window = UnitFactsWindow()
    #expect(!window.holds(0))
    // A segment whose first unit is 10; the cursor is about to visit its units 1, 4 and 6.
    let upcoming: [UInt32] = [1, 4, 6]
    upcoming.withUnsafeBufferPointer { window.gather($0, base: 10, from: all) }
    #expect(window.current.length == 11)
    #expect(window.holds(4))
    #expect(window.current.length == 14 && window.current.document == 3 && window.current.kind == 0)
    // A unit the cursor skipped to that was not gathered, then one past the window.
    #expect(!window.holds(5))
    #expect(window.holds(6))
    #expect(window.current.headingLength == 1)
    #expect(!window.holds(7))
}
