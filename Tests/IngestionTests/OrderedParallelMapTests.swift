import Foundation
import Testing
@testable import Ingestion

@Suite("Ordered parallel map")
struct OrderedParallelMapTests {
    @Test("results come back in the items' order whatever the threads, even when later items finish first")
    func orderKept() {
        let items = Array(0..<200)
        for threads in [1, 2, 3, 8] {
            var seen: [Int] = []
            OrderedParallelMap(threads: threads, window: 5).run(items, transform: { item in
                // Early items take longest, so that workers finish out of order.
                if item % 7 == 0 { usleep(UInt32(200 * (10 - item % 10))) }
                return item * item
            }, consume: { seen.append($0) })
            #expect(seen == items.map { $0 * $0 }, "threads \(threads)")
        }
    }

    @Test("a thread count past the maximum starts the maximum, and the largest Int does not overflow the window")
    func threadsBounded() {
        let map = OrderedParallelMap(threads: Int.max)
        #expect(map.threads == OrderedParallelMap.maximumThreads)
        #expect(map.window == OrderedParallelMap.maximumThreads * 4)
        var seen: [Int] = []
        OrderedParallelMap(threads: 5_000).run(Array(0..<50), transform: { $0 + 1 }, consume: { seen.append($0) })
        #expect(seen == Array(1...50))
    }

    @Test("no more than the window's results are held ahead of the one consumed")
    func windowBounded() {
        final class Counter: @unchecked Sendable {
            let lock = NSLock()
            var computed = 0
            func increment() { lock.lock(); computed += 1; lock.unlock() }
            var value: Int { lock.lock(); defer { lock.unlock() }; return computed }
        }
        let counter = Counter()
        var ahead: [Int] = []
        var consumed = 0
        OrderedParallelMap(threads: 4, window: 6).run(Array(0..<100), transform: { item in
            counter.increment()
            return item
        }, consume: { _ in
            usleep(300)
            consumed += 1
            ahead.append(counter.value - consumed)
        })
        #expect(ahead.max()! <= 6)
        #expect(consumed == 100)
    }

    @Test("items handed over one at a time come back in order, and the producer is not asked for more than the window holds")
    func producedItems() {
        for threads in [1, 2, 4] {
            var seen: [Int] = []
            var produced = 0
            var mostWaiting = 0
            OrderedParallelMap(threads: threads, window: 5).run(producing: { add in
                for item in 0..<100 {
                    produced += 1
                    mostWaiting = max(mostWaiting, produced - seen.count)
                    add(item)
                }
            }, transform: { item in
                if item % 7 == 0 { usleep(300) }
                return -item
            }, consume: { seen.append($0) })
            #expect(seen == (0..<100).map { -$0 }, "threads \(threads)")
            #expect(mostWaiting <= 6, "threads \(threads)")
        }
    }

    @Test("a producer's error is rethrown after the items it gave")
    func producerError() {
        struct Damaged: Error {}
        for threads in [1, 3] {
            var seen: [Int] = []
            #expect(throws: Damaged.self) {
                try OrderedParallelMap(threads: threads).run(producing: { add in
                    for item in 0..<10 { add(item) }
                    throw Damaged()
                }, transform: { $0 }, consume: { seen.append($0) })
            }
            #expect(seen == Array(0..<seen.count), "threads \(threads)")
        }
    }

    @Test("reading on one thread and on four gives the same files, errors and order")
    func readingSameWhateverThreads() {
        let paths = [Fixture.path("plan-utf8.txt"), Fixture.path("binary.txt"), Fixture.path("plan-gbk.txt"), Fixture.path("law.md")]
        let one = CollectionReader().readAll(paths, threads: 1)
        let four = CollectionReader().readAll(paths, threads: 4)
        #expect(one.files.map(\.path) == four.files.map(\.path))
        #expect(one.files.map { $0.documents.map(\.title) } == four.files.map { $0.documents.map(\.title) })
        #expect(one.errors.map(\.description) == four.errors.map(\.description))
    }
}
