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
