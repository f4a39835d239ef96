/// The shortest edit script between two sequences (Myers, "An O(ND) difference algorithm", 1986),
/// bounded: it gives up past `maximumEdits` edits instead of spending quadratic time and memory.
enum MyersDiff {
    /// A run of the edit script.
    enum Run: Equatable {
        /// `count` elements the same in both.
        case equal(Int)
        /// `count` elements of the first sequence missing from the second.
        case delete(Int)
        /// `count` elements of the second sequence missing from the first.
        case insert(Int)
    }

    /// The edit script turning `a` into `b`, or nil where it needs more than `maximumEdits` edits.
    static func runs<Element: Equatable>(_ a: [Element], _ b: [Element], maximumEdits: Int) -> [Run]? {
        let n = a.count
        let m = b.count
        let limit = min(maximumEdits, n + m)
        let offset = limit + 1
        var v = [Int](repeating: 0, count: 2 * limit + 3)
        // trace[d] holds v[-d...d] as it was before step d + 1, enough to walk the path back.
        var trace: [[Int]] = []
        var found = false
        search: for d in 0...limit {
            for k in stride(from: -d, through: d, by: 2) {
                var x: Int
                if k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) {
                    x = v[offset + k + 1]
                } else {
                    x = v[offset + k - 1] + 1
                }
                var y = x - k
                while x < n && y < m && a[x] == b[y] {
                    x += 1
                    y += 1
                }
                v[offset + k] = x
                if x >= n && y >= m {
                    trace.append(Array(v[(offset - d)...(offset + d)]))
                    found = true
                    break search
                }
            }
            trace.append(Array(v[(offset - d)...(offset + d)]))
        }
        guard found else { return nil }

        // Walk back from (n, m), one edit per step, collecting single-element operations in reverse.
        var reversed: [Run] = []
        var x = n
        var y = m
        for d in stride(from: trace.count - 1, through: 0, by: -1) {
            let k = x - y
            let previous = d > 0 ? trace[d - 1] : []
            func value(_ diagonal: Int) -> Int { previous[diagonal + (d - 1)] }
            if d == 0 {
                if x > 0 { reversed.append(.equal(x)) }
                break
            }
            let down = k == -d || (k != d && value(k - 1) < value(k + 1))
            let previousK = down ? k + 1 : k - 1
            let previousX = value(previousK)
            let previousY = previousX - previousK
            let snake = x - (down ? previousX : previousX + 1)
            if snake > 0 { reversed.append(.equal(snake)) }
            reversed.append(down ? .insert(1) : .delete(1))
            x = previousX
            y = previousY
        }
        // Merge neighbouring runs of the same kind.
        var runs: [Run] = []
        for run in reversed.reversed() {
            switch (runs.last, run) {
            case let (.equal(p)?, .equal(q)): runs[runs.count - 1] = .equal(p + q)
            case let (.delete(p)?, .delete(q)): runs[runs.count - 1] = .delete(p + q)
            case let (.insert(p)?, .insert(q)): runs[runs.count - 1] = .insert(p + q)
            default: runs.append(run)
            }
        }
        return runs
    }

    /// The changes of an edit script: each maximal stretch of deletions and insertions between two
    /// equal runs, as the ranges it covers in the first and the second sequence.
    static func changes(_ runs: [Run]) -> [(deleted: Range<Int>, inserted: Range<Int>)] {
        var changes: [(deleted: Range<Int>, inserted: Range<Int>)] = []
        var i = 0
        var j = 0
        var index = 0
        while index < runs.count {
            if case let .equal(count) = runs[index] {
                i += count
                j += count
                index += 1
                continue
            }
            var deleted = 0
            var inserted = 0
            while index < runs.count {
                if case let .delete(count) = runs[index] { deleted += count } else if case let .insert(count) = runs[index] { inserted += count } else { break }
                index += 1
            }
            changes.append((i..<(i + deleted), j..<(j + inserted)))
            i += deleted
            j += inserted
        }
        return changes
    }
}
