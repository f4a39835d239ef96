/// Keeps the best-scored units offered to it (ties to the lower unit number): a heap of the best
/// `capacity` so far, the worst of them on top.
///
/// Units offered with a duplicate group count as one result per group: the group's best unit stands
/// for it (the others only add to its count of matching copies). With `perDocument` above 0, at most
/// that many units of one document are kept (host crowding, as Elasticsearch's collapse): a better
/// unit of a document that has its share replaces that document's worst. So the heap keeps the best
/// `capacity` results such that no document holds more than its share. Dropping a unit that scores
/// below `threshold` is safe: it can neither enter nor become the best of a group that has a place,
/// nor displace a unit of its document; it only goes uncounted among the copies and the rest of its
/// document.
struct TopCollector {
    struct Entry {
        var unit: UInt32
        var score: Double
        var explanation: [String]
        var group: Int?
        var document: UInt32
    }

    let capacity: Int
    /// At most this many units of one document are kept; 0 for any number.
    let perDocument: Int
    private var heap: [Entry] = []
    /// The heap position of each group that has a place in it.
    private var slotOfGroup: [Int: Int] = [:]
    /// The units offered of each group.
    private var matchesOfGroup: [Int: Int] = [:]
    /// Units offered that were not the first of their group.
    private(set) var copies = 0
    /// Units offered or counted.
    private(set) var total = 0
    /// Units kept of each document.
    private var keptOfDocument: [UInt32: Int] = [:]
    /// Units offered of each document (copies folded into a group's first unit left out), by document
    /// number (an array, not a dictionary: every match while totals are exact adds to it).
    private var offeredOfDocument: [Int] = []

    init(capacity: Int, perDocument: Int = 0) {
        self.capacity = capacity
        self.perDocument = perDocument
    }

    private static func better(_ a: Entry, _ b: Entry) -> Bool {
        a.score != b.score ? a.score > b.score : a.unit < b.unit
    }

    private func isFull(_ document: UInt32) -> Bool {
        perDocument > 0 && keptOfDocument[document, default: 0] >= perDocument
    }

    /// The heap position of `document`'s worst kept unit.
    private func worstSlot(of document: UInt32) -> Int? {
        var worst: Int?
        for slot in heap.indices where heap[slot].document == document {
            if worst == nil || TopCollector.better(heap[worst!], heap[slot]) { worst = slot }
        }
        return worst
    }

    /// Counts a unit offered with a score below `threshold` without making an entry of it: only the
    /// counts of its group and its document change, as `offer` would change them.
    mutating func count(group: Int?, document: UInt32) {
        total += 1
        if let group {
            let seen = matchesOfGroup[group, default: 0]
            matchesOfGroup[group] = seen + 1
            if seen > 0 {
                copies += 1
                return
            }
        }
        let slot = Int(document)
        if slot >= offeredOfDocument.count {
            offeredOfDocument.append(contentsOf: repeatElement(0, count: max(slot + 1, 2 * offeredOfDocument.count) - offeredOfDocument.count))
        }
        offeredOfDocument[slot] += 1
    }

    mutating func offer(unit: UInt32, score: Double, explanation: [String], group: Int? = nil, document: UInt32 = 0) {
        let entry = Entry(unit: unit, score: score, explanation: explanation, group: group, document: document)
        count(group: group, document: document)
        if let group {
            if let slot = slotOfGroup[group] {
                let current = heap[slot]
                // A better copy in another document takes the group's place only where that document has room.
                if TopCollector.better(entry, current), current.document == document || !isFull(document) {
                    keptOfDocument[current.document, default: 0] -= 1
                    keptOfDocument[document, default: 0] += 1
                    heap[slot] = entry
                    siftDown(slot)
                }
                return
            }
        }
        guard capacity > 0 else { return }
        if isFull(document) {
            guard let slot = worstSlot(of: document), TopCollector.better(entry, heap[slot]) else { return }
            replace(slot, with: entry)
        } else if heap.count < capacity {
            heap.append(entry)
            keptOfDocument[document, default: 0] += 1
            if let group { slotOfGroup[group] = heap.count - 1 }
            siftUp(heap.count - 1)
        } else if TopCollector.better(entry, heap[0]) {
            replace(0, with: entry)
        }
    }

    /// Puts `entry` in the place of the unit at `slot`, which leaves.
    private mutating func replace(_ slot: Int, with entry: Entry) {
        let leaving = heap[slot]
        if let group = leaving.group { slotOfGroup[group] = nil }
        keptOfDocument[leaving.document, default: 0] -= 1
        keptOfDocument[entry.document, default: 0] += 1
        heap[slot] = entry
        if let group = entry.group { slotOfGroup[group] = slot }
        // The new entry is better than the one it replaces: in a heap with the worst on top it moves down.
        siftDown(slot)
    }

    /// How many of the units offered belong to `group`.
    func matches(of group: Int) -> Int { matchesOfGroup[group, default: 0] }

    /// How many units of `document` were offered (a group's copies after its first left out).
    func offered(of document: UInt32) -> Int { Int(document) < offeredOfDocument.count ? offeredOfDocument[Int(document)] : 0 }

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

    /// The score a unit must beat to be kept (when the collector is full; nothing is kept when it
    /// has no room at all).
    var threshold: Double {
        guard capacity > 0 else { return .infinity }
        return heap.count == capacity ? heap[0].score : -.infinity
    }

    /// The entries kept, best first.
    func sorted() -> [Entry] { heap.sorted(by: TopCollector.better) }
}
