import Foundation

/// Segmenters for any number of threads: each call borrows one (made as a `sibling` of the first, so
/// that all share one trie) and gives it back, so that work on several threads segments alike
/// without building the word lists again.
public final class SegmenterPool: @unchecked Sendable {
    private let condition = NSCondition()
    private let prototype: WordSegmenter
    private var idle: [WordSegmenter]

    public init(_ segmenter: WordSegmenter) {
        prototype = segmenter
        idle = [segmenter]
    }

    /// Runs `body` with a segmenter that no other thread uses meanwhile.
    public func withSegmenter<Result>(_ body: (WordSegmenter) throws -> Result) rethrows -> Result {
        let segmenter = borrow()
        defer {
            condition.lock()
            idle.append(segmenter)
            condition.signal()
            condition.unlock()
        }
        return try body(segmenter)
    }

    /// An idle segmenter, or a new sibling; should ICU refuse another iterator, the next one given back.
    private func borrow() -> WordSegmenter {
        condition.lock()
        defer { condition.unlock() }
        if let segmenter = idle.popLast() { return segmenter }
        if let sibling = try? prototype.sibling() { return sibling }
        while idle.isEmpty { condition.wait() }
        return idle.removeLast()
    }
}
