import Testing
@testable import SearchIndex

@Test func theFactsWindowAnswersTheGatheredUnitsInOrderAndNoOthers() {
    // Facts of 20 units: unit n has length n, heading length n % 3, document n / 4, kind n % 2.
    var all: [UnitFacts] = []
    for unit in 0..<20 {
        let number = UInt32(unit)
        all.append(UnitFacts(length: number, headingLength: number % 3, document: number / 4, kind: UInt8(unit % 2)))
    }
    var window = UnitFactsWindow()
    let none = window.holds(0)
    #expect(!none)
    // A segment whose first unit is 10; the cursor is about to visit its units 1, 4 and 6.
    let upcoming: [UInt32] = [1, 4, 6]
    upcoming.withUnsafeBufferPointer { window.gather($0, base: 10, from: all) }
    #expect(window.current.length == 11)
    let four = window.holds(4)
    #expect(four)
    #expect(window.current.length == 14 && window.current.document == 3 && window.current.kind == 0)
    // A unit the cursor skipped to that was not gathered, then a gathered one, then one past the window.
    let five = window.holds(5), six = window.holds(6)
    #expect(!five && six)
    #expect(window.current.headingLength == 1)
    let seven = window.holds(7)
    #expect(!seven)
}

@Test func aWindowForSomeKindsGathersTheFactsOfTheirUnitsAlone() {
    // Unit n has length n and kind n % 2; only kind 0 is asked for.
    var all: [UnitFacts] = []
    for unit in 0..<20 {
        all.append(UnitFacts(length: UInt32(unit), headingLength: 0, document: 0, kind: UInt8(unit % 2)))
    }
    let kinds = all.map(\.kind)
    var window = UnitFactsWindow()
    // A segment whose first unit is 10: its units 1 and 5 (global 11 and 15) are of kind 1.
    let upcoming: [UInt32] = [1, 2, 4, 5, 6]
    upcoming.withUnsafeBufferPointer { window.gather($0, base: 10, from: all, kinds: kinds, allowed: [true, false]) }
    #expect(window.current.length == 12)
    let two = window.holds(2), four = window.holds(4)
    #expect(two && four)
    #expect(window.current.length == 14)
    let five = window.holds(5), six = window.holds(6)
    #expect(!five && six)
    #expect(window.current.length == 16 && window.current.kind == 0)
}
