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
        self.threads = min(max(1, threads), OrderedParallelMap.maximumThreads)
        self.window = max(self.threads, window ?? self.threads * 4)
    }

    /// The machine's active cores.
    public static var defaultThreads: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// The most worker threads a map starts, whatever it is asked for: every thread reserves a stack,
    /// and a count in the tens of thousands exhausts the user's processes, failing other programs too.
    public static let maximumThreads = 1024

    /// Calls `transform` on every item on the worker threads and `consume` with each result in the
    /// items' order on the calling thread. With one thread nothing runs concurrently.
    public func run<Item: Sendable, Output: Sendable>(_ items: [Item], transform: @escaping @Sendable (Item) -> Output,
                                                      consume: (Output) -> Void) {
        guard items.count > 1 else {
            for item in items { consume(transform(item)) }
            return
        }
        run(producing: { add in items.forEach(add) }, transform: transform, consume: consume)
    }

    /// `run` over items that `produce` hands to its argument one at a time on the calling thread (a
    /// store read a block at a time): it is not asked for the next item while `window` items are
    /// waiting to be consumed, so that the items are never all held. When `produce` throws, the items
    /// it gave are transformed and dropped and the error is rethrown.
    public func run<Item: Sendable, Output: Sendable>(producing produce: (_ add: (Item) -> Void) throws -> Void,
                                                      transform: @escaping @Sendable (Item) -> Output,
                                                      consume: (Output) -> Void) rethrows {
        // `consume` runs only within this call, on this thread, while `produce` runs.
        try withoutActuallyEscaping(consume) { consume in
            try run(producing: produce, transform: transform, escapingConsume: consume)
        }
    }

    private func run<Item: Sendable, Output: Sendable>(producing produce: (_ add: (Item) -> Void) throws -> Void,
                                                       transform: @escaping @Sendable (Item) -> Output,
                                                       escapingConsume consume: @escaping (Output) -> Void) throws {
        guard threads > 1 else {
            try produce { consume(transform($0)) }
            return
        }
        let queue = Queue<Item, Output>()
        for _ in 0..<threads {
            let thread = Thread {
                while let (index, item) = queue.claim() {
                    queue.fill(index, with: transform(item))
                }
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        defer { queue.finish() }
        var produced = 0
        var taken = 0
        try produce { item in
            if produced - taken >= window {
                consume(queue.take(taken))
                taken += 1
            }
            queue.add(item, index: produced)
            produced += 1
        }
        queue.finish()
        while taken < produced {
            consume(queue.take(taken))
            taken += 1
        }
    }

    /// The shared state of one run: the items not yet claimed, the results not yet taken, and the
    /// condition both sides wait on.
    private final class Queue<Item, Output>: @unchecked Sendable {
        private let condition = NSCondition()
        private var items: [Int: Item] = [:]
        private var results: [Int: Output] = [:]
        private var added = 0
        private var nextToClaim = 0
        private var finished = false

        func add(_ item: Item, index: Int) {
            condition.lock()
            items[index] = item
            added = index + 1
            condition.broadcast()
            condition.unlock()
        }

        /// No item follows: the workers stop once the last is claimed.
        func finish() {
            condition.lock()
            finished = true
            condition.broadcast()
            condition.unlock()
        }

        /// The next item and its index, waiting for one to be added; nil once every item is claimed and none follows.
        func claim() -> (Int, Item)? {
            condition.lock()
            defer { condition.unlock() }
            while nextToClaim >= added && !finished { condition.wait() }
            guard nextToClaim < added else { return nil }
            defer { nextToClaim += 1 }
            return (nextToClaim, items.removeValue(forKey: nextToClaim)!)
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
            return results.removeValue(forKey: index)!
        }
    }
}
