import Ingestion
import SearchIndex

extension Concordancer {
    /// The lines of an indexed collection, in index order, handed to `consume` a store block's lines at
    /// a time on this thread: the sections that hold the query are found from the postings, and each
    /// block of them is decompressed and its lines made on one of `threads` threads, no source file read.
    public func forEachLines(in reader: IndexReader, threads: Int, _ consume: ([ConcordanceLine]) -> Void) throws(IndexError) {
        var failure: IndexError?
        OrderedParallelMap(threads: threads).run(try reader.sectionUnitBlocks(containing: query), transform: { numbers in
            Result { () throws(IndexError) -> [ConcordanceLine] in
                try reader.storedUnits(numbers).flatMap { unit in
                    lines(in: unit.text, source: unit.source, documentIndex: unit.documentIndex, document: unit.document, section: unit.section)
                }
            }
        }, consume: { result in
            switch result {
            case .success(let lines): if failure == nil { consume(lines) }
            case .failure(let error): failure = failure ?? error
            }
        })
        if let failure { throw failure }
    }

    /// Every line of an indexed collection, in index order (see `forEachLines(in:threads:_:)`).
    public func lines(in reader: IndexReader, threads: Int) throws(IndexError) -> [ConcordanceLine] {
        var lines: [ConcordanceLine] = []
        try forEachLines(in: reader, threads: threads) { lines += $0 }
        return lines
    }
}
