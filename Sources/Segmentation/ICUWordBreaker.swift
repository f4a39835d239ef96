import CZhiliICU

/// ICU's dictionary-based word break iterator for Chinese, called once per text.
///
/// Not thread-safe: ICU iterators keep state, so each thread or task owns its own breaker.
public final class ICUWordBreaker {
    private let breaker: OpaquePointer
    private var boundaries: [Int32] = []
    private var statuses: [Int32] = []

    /// An error from ICU, with its `UErrorCode`.
    public struct OpenError: Error, CustomStringConvertible {
        public let code: Int32
        public var description: String { "ICU word break iterator could not be opened (UErrorCode \(code))" }
    }

    public init(locale: String = "zh") throws(OpenError) {
        var error: Int32 = 0
        guard let breaker = zh_word_breaker_open(locale, &error), error <= 0 else { throw OpenError(code: error) }
        self.breaker = breaker
    }

    deinit { zh_word_breaker_close(breaker) }

    /// ICU's tokens of `units` (UTF-16), in order, covering the whole text.
    public func spans(of units: [UInt16]) -> [WordSpan] {
        guard !units.isEmpty else { return [] }
        if boundaries.count < units.count {
            boundaries = [Int32](repeating: 0, count: units.count)
            statuses = [Int32](repeating: 0, count: units.count)
        }
        var error: Int32 = 0
        let count = units.withUnsafeBufferPointer { text in
            boundaries.withUnsafeMutableBufferPointer { bounds in
                statuses.withUnsafeMutableBufferPointer { status in
                    zh_word_breaker_segment(breaker, text.baseAddress, Int32(text.count),
                                            bounds.baseAddress, status.baseAddress, Int32(bounds.count), &error)
                }
            }
        }
        var spans: [WordSpan] = []
        spans.reserveCapacity(Int(count))
        var start = 0
        for index in 0..<Int(count) {
            let end = Int(boundaries[index])
            let status = statuses[index]
            let kind: WordSpan.Kind = status >= 200 ? .word : (status >= 100 ? .number : .other)
            spans.append(WordSpan(range: start..<end, kind: kind))
            start = end
        }
        return spans
    }
}
