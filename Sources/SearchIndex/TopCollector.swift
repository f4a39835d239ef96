/// Keeps the best-scored units offered to it (ties to the lower unit number): a heap of the best
/// `capacity` so far, the worst of them on top.
///
/// Units offered with a duplicate group count as one result per group: the group's best unit stands
/// for it (the others only add to its count of matching copies), so the heap keeps the best
/// `capacity` groups and ungrouped units. Dropping a unit that scores below `threshold` is safe here
/// too: it can neither enter nor become the best of a group that has a place; it only goes
/// uncounted among the copies.
struct TopCollector {
    struct Entry {
        var unit: UInt32
        var score: Double
        var explanation: [String]
        var group: Int?
    }

    let capacity: Int
    private var heap: [Entry] = []
    /// The heap position of each group that has a place in it.
    private var slotOfGroup: [Int: Int] = [:]
    /// The units offered of each group.
    private var matchesOfGroup: [Int: Int] = [:]
    /// Units offered that were not the first of their group.
    private(set) var copies = 0

    init(capacity: Int) {
        self.capacity = capacity
    }

    private static func better(_ a: Entry, _ b: Entry) -> Bool {
        a.score != b.score ? a.score > b.score : a.unit < b.unit
    }

    mutating func offer(unit: UInt32, score: Double, explanation: [String], group: Int? = nil) {
        let entry = Entry(unit: unit, score: score, explanation: explanation, group: group)
        if let group {
            let seen = matchesOfGroup[group, default: 0]
            matchesOfGroup[group] = seen + 1
            if seen > 0 { copies += 1 }
            if let slot = slotOfGroup[group] {
                if TopCollector.better(entry, heap[slot]) {
                    heap[slot] = entry
                    siftDown(slot)
                }
                return
            }
        }
        guard capacity > 0 else { return }
        if heap.count < capacity {
            heap.append(entry)
            if let group { slotOfGroup[group] = heap.count - 1 }
            siftUp(heap.count - 1)
        } else if TopCollector.better(entry, heap[0]) {
            if let evicted = heap[0].group { slotOfGroup[evicted] = nil }
            heap[0] = entry
            if let group { slotOfGroup[group] = 0 }
            siftDown(0)
        }
    }

    /// How many of the units offered belong to `group`.
    func matches(of group: Int) -> Int { matchesOfGroup[group, default: 0] }

    private mutating func swapAt(_ a: Int, _ b: Int) {
        heap.swapAt(a, b)
        if let group = heap[a].group { slotOfGroup[group] = a }
        if let group = heap[b].group { slotOfGroup[group] = b }
    }

    private mutating func siftUp(_ start: Int) {
        var child = start
        while child > 0 {
            let parent = (child - 1) / 2
            guard TopCollector.better(heap[parent], heap[child]) else { break }
            swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var worst = parent
            if left < heap.count && TopCollector.better(heap[worst], heap[left]) { worst = left }
            if right < heap.count && TopCollector.better(heap[worst], heap[right]) { worst = right }
            if worst == parent { break }
            swapAt(parent, worst)
            parent = worst
        }
    }

    /// The score a unit must beat to be kept (when the collector is full).
    var threshold: Double { heap.count == capacity ? heap[0].score : -.infinity }

    /// The entries kept, best first.
    func sorted() -> [Entry] { heap.sorted(by: TopCollector.better) }
}
