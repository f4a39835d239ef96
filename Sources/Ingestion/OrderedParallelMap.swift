import Foundation

/// Maps items on several threads and hands the results back one at a time in the items' order, with
/// at most `window` results computed ahead of the one being consumed — so that a collection of any
/// size goes through in bounded memory, and the output is the same whatever the number of threads.
///
/// `transform` runs on worker threads; `consume` runs on the calling thread, in order, while the
/// workers go on with the next items.
public struct OrderedParallelMap: Sendable {
    /// Worker threads (at least 1).
    public let threads: Int
    /// Results computed but not yet consumed, at most (at least `threads`).
    public let window: Int

    public init(threads: Int = OrderedParallelMap.defaultThreads, window: Int? = nil) {
        self.threads = max(1, threads)
        self.window = max(self.threads, window ?? self.threads * 4)
    }

    /// The machine's active cores.
    public static var defaultThreads: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Calls `transform` on every item on the worker threads and `consume` with each result in the
    /// items' order on the calling thread. With one thread nothing runs concurrently.
    public func run<Item: Sendable, Output: Sendable>(_ items: [Item], transform: @escaping @Sendable (Item) -> Output,
                                                      consume: (Output) -> Void) {
        guard threads > 1, items.count > 1 else {
            for item in items { consume(transform(item)) }
            return
        }
        let slots = Slots<Output>(count: items.count, window: window)
        let workers = min(threads, items.count)
        for _ in 0..<workers {
            let thread = Thread {
                while let index = slots.claim() {
                    slots.fill(index, with: transform(items[index]))
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        for index in items.indices {
            consume(slots.take(index))
        }
    }

    /// The shared state of one run: which item is next to claim, the results not yet taken, and the
    /// condition both sides wait on.
    private final class Slots<Output>: @unchecked Sendable {
        private let condition = NSCondition()
        private var results: [Int: Output] = [:]
        private var nextToClaim = 0
        private var nextToTake = 0
        private let count: Int
        private let window: Int

        init(count: Int, window: Int) {
            self.count = count
            self.window = window
        }

        /// The next item's index, waiting while the window is full; nil when every item is claimed.
        func claim() -> Int? {
            condition.lock()
            defer { condition.unlock() }
            while nextToClaim < count && nextToClaim >= nextToTake + window { condition.wait() }
            guard nextToClaim < count else { return nil }
            defer { nextToClaim += 1 }
            return nextToClaim
        }

        func fill(_ index: Int, with output: Output) {
            condition.lock()
            results[index] = output
            condition.broadcast()
            condition.unlock()
        }

        /// The result of item `index`, waiting until it is there.
        func take(_ index: Int) -> Output {
            condition.lock()
            defer { condition.unlock() }
            while results[index] == nil { condition.wait() }
            nextToTake = index + 1
            condition.broadcast()
            return results.removeValue(forKey: index)!
        }
    }
}
