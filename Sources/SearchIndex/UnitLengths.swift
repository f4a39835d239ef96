/// A segment's units' field lengths as a term's positions are read by (`PositionCodec`): each unit's
/// length, to check its positions against, and the width of each of its positions, a byte a unit —
/// stepping over the units before the one whose positions are read touches a quarter of the memory
/// their lengths would (a cache miss per unit passed over was a tenth of a common phrase's time) and
/// works out no width.
struct UnitLengths {
    let lengths: UnsafeBufferPointer<UInt32>
    let widths: UnsafeBufferPointer<UInt8>
}

/// Owns the memory of a `UnitLengths`, for as long as the segment (or test) that made it.
final class UnitLengthStorage: @unchecked Sendable {
    let view: UnitLengths

    init(_ lengths: [UInt32]) {
        let storedLengths = UnsafeMutableBufferPointer<UInt32>.allocate(capacity: max(1, lengths.count))
        let widths = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, lengths.count))
        for (unit, length) in lengths.enumerated() {
            storedLengths[unit] = length
            widths[unit] = UInt8(PositionCodec.width(length: length))
        }
        view = UnitLengths(lengths: UnsafeBufferPointer(rebasing: storedLengths[0..<lengths.count]),
                           widths: UnsafeBufferPointer(rebasing: widths[0..<lengths.count]))
    }

    deinit {
        UnsafeMutableBufferPointer(mutating: view.lengths).deallocate()
        UnsafeMutableBufferPointer(mutating: view.widths).deallocate()
    }
}
