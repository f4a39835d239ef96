import Ingestion
import TextNormalization

/// Where one document's `document` and `section` units lie in the index.
public struct IndexedDocument: Sendable, Hashable {
    public var source: String
    public var documentIndex: Int
    public var title: String
    /// The year the document is dated, when known.
    public var year: Int?
    /// Its document unit and the section units after it (`CollectionIndexer` adds them together).
    public var units: Range<Int>
}

extension IndexReader {
    /// Every document of the index in order (deleted ones left out), from the unit tables alone (no text is read).
    public var documents: [IndexedDocument] {
        var documents: [IndexedDocument] = []
        var current: (first: Int, record: UnitRecord)?
        func close(at end: Int) {
            guard let open = current else { return }
            documents.append(IndexedDocument(source: units.string(open.record.source), documentIndex: open.record.documentIndex,
                                             title: units.string(open.record.document), year: open.record.year, units: open.first..<end))
            current = nil
        }
        for number in 0..<unitSlots {
            if isDeleted(number) {
                close(at: number)
                continue
            }
            let record = units.record(number)
            if record.kind == .document {
                close(at: number)
                current = (number, record)
            } else if let open = current,
                      record.kind != .section || record.source != open.record.source || record.documentIndex != open.record.documentIndex {
                close(at: number)
            }
        }
        close(at: unitSlots)
        return documents
    }

    /// The units numbered `range` (deleted ones left out), each block of the store decompressed once.
    public func units(_ range: Range<Int>) throws(IndexError) -> [IndexUnit] {
        guard !range.isEmpty else { return [] }
        var found: [IndexUnit] = []
        found.reserveCapacity(range.count)
        var block = store.block(of: range.lowerBound)
        while block < store.blockCount, store.firstUnit(of: block) < range.upperBound {
            let first = store.firstUnit(of: block)
            for (offset, stored) in try store.entries(block: block).enumerated() where range.contains(first + offset) && !isDeleted(first + offset) {
                found.append(unit(first + offset, stored: stored))
            }
            block += 1
        }
        return found
    }

    /// Every document of the index rebuilt from its stored units (see `document(_:)`), in order,
    /// the store read once.
    public func forEachDocument(_ body: (Document) throws -> Void) throws {
        var pending: [IndexUnit] = []
        func flush() throws {
            if let first = pending.first {
                try body(Document(indexUnits: pending, source: first.source, index: first.documentIndex, title: first.document))
            }
            pending = []
        }
        try forEachUnit { _, unit in
            if unit.kind == .document {
                try flush()
                pending = [unit]
            } else if unit.kind == .section, let first = pending.first, first.source == unit.source, first.documentIndex == unit.documentIndex {
                pending.append(unit)
            } else {
                try flush()
            }
        }
        try flush()
    }

    /// The documents of every indexed file rebuilt from the store (see `forEachDocument`), a file's
    /// documents at a time, in order.
    public func forEachFile(_ body: ([Document]) throws -> Void) throws {
        var file: [Document] = []
        try forEachDocument { document in
            if let last = file.last, last.source != document.source {
                try body(file)
                file = []
            }
            file.append(document)
        }
        if !file.isEmpty { try body(file) }
    }

    /// `document` as it was read — title, metadata, section tree — rebuilt from its stored units, so
    /// that what is extracted from it is what extraction finds in the file.
    public func document(_ document: IndexedDocument) throws(IndexError) -> Document {
        Document(indexUnits: try units(document.units), source: document.source, index: document.documentIndex, title: document.title)
    }
}

extension Document {
    /// A document rebuilt from its index units: the `document` unit's metadata lines and every
    /// `section` unit in order (units of other kinds are passed over).
    public init(indexUnits: [IndexUnit], source: String, index: Int, title: String) {
        let metadata = indexUnits.first { $0.kind == .document }.map(\.metadata) ?? []
        let sections = indexUnits.filter { $0.kind == .section }.map { unit in
            Section(path: unit.sectionPath, level: unit.sectionPath.count, text: unit.sectionBody)
        }
        self.init(source: source, index: index, title: title, metadata: metadata, sections: sections)
    }
}

extension IndexUnit {
    /// The heading path of a section unit.
    public var sectionPath: [String] {
        section.isEmpty ? [] : section.fastComponents(separatedBy: IndexUnit.pathSeparator)
    }

    /// A section unit's text without the heading the index stores before it (`Section.headedText`).
    public var sectionBody: String { Section.text(ofHeadedText: text, heading: sectionPath.last ?? "") }

    /// A document unit's metadata: the `key：value` lines after its title (as `CollectionIndexer` writes them).
    public var metadata: [MetadataField] {
        text.split(whereSeparator: \.isNewline).dropFirst().compactMap { line in
            guard let colon = line.firstIndex(of: "：") else { return nil }
            return MetadataField(key: String(line[..<colon]), value: String(line[line.index(after: colon)...]))
        }
    }
}
