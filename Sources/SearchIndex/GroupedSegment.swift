/// A segment as near-duplicate grouping reads it: its duplicate signatures, and its units' sources and
/// compared texts — out of its files once it is written, or out of the writer's memory (`HeldUnits`)
/// while the commit is still writing it —, and the sketches the writer made of them if it signed it.
struct GroupedSegment: @unchecked Sendable {
    /// Where its units' sources and texts are read.
    enum Units {
        case written(Segment)
        case held(HeldUnits)
    }

    /// The number of its first unit among the segments grouped.
    let base: Int
    let unitCount: Int
    /// Its `DuplicateSignatureTable`.
    let signatures: MappedFile
    let units: Units
    /// The sketches of its signed units, where this process signed them; nil: signed again from their texts.
    let sketches: HeldSketches?

    /// A written segment, whose signatures are read from `directory`.
    init(_ segment: Segment, directory: IndexDirectory, sketches: HeldSketches?) throws(IndexError) {
        guard let file = try segment.signatures(in: directory) else {
            throw IndexError.damaged(file: directory.file(Manifest.fileName), reason: "segment \(segment.meta.id) has no duplicate signatures")
        }
        self.init(base: segment.base, unitCount: segment.units.count, signatures: file, units: .written(segment), sketches: sketches)
    }

    init(base: Int, unitCount: Int, signatures: MappedFile, units: Units, sketches: HeldSketches?) {
        (self.base, self.unitCount, self.signatures, self.units, self.sketches) = (base, unitCount, signatures, units, sketches)
    }

    /// Unit `local`'s source, as a number that `path(ofSource:)` names.
    func source(of local: Int) -> Int32 {
        switch units {
        case .written(let segment): Int32(segment.units.record(local).source)
        case .held(let held): held.sources[local]
        }
    }

    func path(ofSource source: Int32) -> String {
        switch units {
        case .written(let segment): segment.units.string(Int(source))
        case .held(let held): held.paths[Int(source)]
        }
    }

    /// Whether unit `local` was deleted before this generation (a held segment's never were).
    func wasDeleted(local: Int) -> Bool {
        if case .written(let segment) = units { segment.isDeleted(local: local) } else { false }
    }

    /// Calls `body` with each of `locals` (ascending, repeats allowed) and its text, in order: a written
    /// segment's read back from its store a block at a time, a held segment's from memory.
    func forEachText(of locals: [Int], _ body: (_ index: Int, _ text: String) -> Void) throws(IndexError) {
        switch units {
        case .held(let held):
            for (index, local) in locals.enumerated() { body(index, held.texts[local]) }
        case .written(let segment):
            let store = segment.store
            var first = 0
            while first < locals.count {
                let number = store.block(of: locals[first])
                var end = first + 1
                while end < locals.count, store.block(of: locals[end]) == number { end += 1 }
                // Only the wanted texts of the block become strings: making every entry's path and text
                // one (validating their UTF-8) cost more than decompressing the block.
                var next = first
                var units: [Int] = []
                for index in first..<end where units.last != locals[index] { units.append(locals[index]) }
                try store.walkEntries(block: number, only: units) { unit, _, text in
                    while next < end, locals[next] == unit {
                        body(next, String(decoding: text, as: UTF8.self))
                        next += 1
                    }
                    return next < end
                }
                guard next == end else { throw IndexError.damaged(file: segment.postingsFile.path, reason: "store and signatures disagree") }
                first = end
            }
        }
    }
}
