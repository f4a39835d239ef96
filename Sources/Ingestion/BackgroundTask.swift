import Foundation

/// Work that runs on a thread of its own while the thread that started it goes on, its result taken
/// with `value()` — so that a step with nothing else to do in parallel (a segment being written, a
/// store being compressed) overlaps with the work that follows it instead of leaving cores idle.
///
/// The work may capture what is not `Sendable`: whoever starts it hands over what it captures and does
/// not touch it again before `value()` returns.
public final class BackgroundTask<Output>: @unchecked Sendable {
    private let finished = NSCondition()
    private var output: Output?

    /// Starts `work` on a thread of its own; without `concurrently`, runs it here and now (a build
    /// asked for one thread runs nothing concurrently).
    public init(concurrently: Bool = true, _ work: @escaping () -> Output) {
        guard concurrently else {
            output = work()
            return
        }
        let handed = HandedOver(work: work)
        let thread = Thread { [self] in
            let result = handed.work()
            finished.lock()
            output = result
            finished.broadcast()
            finished.unlock()
        }
        // As OrderedParallelMap's workers: deep recursion in the segmenter and the extractors.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The work's result, waiting for it to finish.
    public func value() -> Output {
        finished.lock()
        defer { finished.unlock() }
        while output == nil { finished.wait() }
        return output!
    }

    /// The work, moved to the other thread once (see the type's note).
    private struct HandedOver: @unchecked Sendable {
        let work: () -> Output
    }
}
