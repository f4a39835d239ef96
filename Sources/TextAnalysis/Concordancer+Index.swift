import Ingestion
import Reporting
import SearchIndex

extension Concordancer {
    /// The lines of an indexed collection, in index order, handed to `consume` a store block's lines at
    /// a time on this thread: the sections that hold the query are found from the postings, and each
    /// block of them is decompressed and its lines made on one of `threads` threads, no source file read.
    public func forEachLines(in reader: IndexReader, threads: Int, _ consume: ([ConcordanceLine]) -> Void) throws(IndexError) {
        try forEachBlock(in: reader, threads: threads, transform: { numbers throws(IndexError) in
            var lines: [ConcordanceLine] = []
            try reader.withStoredBytes(numbers) { unit in
                lines += self.lines(inUTF8: unit.text, source: unit.source, documentIndex: unit.documentIndex, document: unit.document,
                                    section: String(decoding: unit.section, as: UTF8.self))
            }
            return lines
        }, consume: consume)
    }

    /// Every line of an indexed collection, in index order (see `forEachLines(in:threads:_:)`).
    public func lines(in reader: IndexReader, threads: Int) throws(IndexError) -> [ConcordanceLine] {
        var lines: [ConcordanceLine] = []
        try forEachLines(in: reader, threads: threads) { lines += $0 }
        return lines
    }

    /// The lines of an indexed collection as `forEachLines(in:threads:_:)` finds them, each already
    /// written as the JSON object of its `record` and a line feed on the thread that found it: the
    /// object's fields up to the section are written once per section, the contexts straight from the
    /// stored bytes.
    public func forEachJSONLines(in reader: IndexReader, threads: Int, _ consume: (JSONLines) -> Void) throws(IndexError) {
        try forEachBlock(in: reader, threads: threads, transform: { numbers throws(IndexError) in
            var lines = JSONLines()
            try reader.withStoredBytes(numbers) { unit in
                var head: [UInt8] = []
                head.append(contentsOf: #"{"source":"#.utf8)
                Value.string(unit.source).appendJSON(to: &head)
                head.append(contentsOf: #","document_index":"#.utf8)
                Value.int(unit.documentIndex).appendJSON(to: &head)
                head.append(contentsOf: #","document":"#.utf8)
                Value.string(unit.document).appendJSON(to: &head)
                head.append(contentsOf: #","section":"#.utf8)
                Value.appendJSONString(utf8: unit.section, to: &head)
                head.append(contentsOf: #","left":"#.utf8)
                self.forEachOccurrence(inUTF8: unit.text) { left, match, right in
                    lines.bytes.append(contentsOf: head)
                    left.appendJSON(in: unit.text, to: &lines.bytes)
                    lines.bytes.append(contentsOf: #","match":"#.utf8)
                    Value.appendJSONString(utf8: UnsafeBufferPointer(rebasing: unit.text[match]), to: &lines.bytes)
                    lines.bytes.append(contentsOf: #","right":"#.utf8)
                    right.appendJSON(in: unit.text, to: &lines.bytes)
                    lines.bytes.append(contentsOf: "}\n".utf8)
                    lines.ends.append(lines.bytes.count)
                }
            }
            return lines
        }, consume: consume)
    }

    /// Runs `transform` on each store block's group of the sections holding the query, on `threads`
    /// threads, and hands the results to `consume` in index order on this thread; the first error
    /// stops the output there and is thrown.
    private func forEachBlock<Output: Sendable>(in reader: IndexReader, threads: Int,
                                                transform: @escaping @Sendable ([Int]) throws(IndexError) -> Output,
                                                consume: (Output) -> Void) throws(IndexError) {
        var failure: IndexError?
        OrderedParallelMap(threads: threads).run(try reader.sectionUnitBlocks(containing: query), transform: { numbers in
            Result { () throws(IndexError) -> Output in try transform(numbers) }
        }, consume: { result in
            switch result {
            case .success(let output): if failure == nil { consume(output) }
            case .failure(let error): failure = failure ?? error
            }
        })
        if let failure { throw failure }
    }
}

extension Concordancer.Context {
    /// Appends the context as a JSON string.
    func appendJSON(in text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        switch self {
        case .bytes(let range): Value.appendJSONString(utf8: UnsafeBufferPointer(rebasing: text[range]), to: &output)
        case .collapsed(let string): Value.string(string).appendJSON(to: &output)
        }
    }
}
