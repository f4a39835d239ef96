import Reporting

extension SourceFile {
    /// The contract's `inspect` record: `source, encoding, documents: [{document_index, document,
    /// metadata: {}, sections: [{section, heading, level, text}]}]`.
    public var inspectRecord: [(String, Value)] {
        [
            ("source", .string(path)),
            ("encoding", .string(encoding)),
            ("documents", .array(documents.map { document in
                .object([
                    ("document_index", .int(document.index)),
                    ("document", .string(document.title)),
                    ("metadata", .object(document.metadata.map { ($0.key, .string($0.value)) })),
                    ("sections", .array(document.sections.map { section in
                        .object([
                            ("section", .string(section.pathString)),
                            ("heading", .string(section.heading)),
                            ("level", .int(section.level)),
                            ("text", .string(section.text)),
                        ])
                    })),
                ])
            })),
        ]
    }
}
