/// Turns the lines of one file into its documents: cleaning, compilation splitting, joining of broken
/// lines, header (title and metadata), section tree.
struct DocumentParser: Sendable {
    /// The file's path, for `Document.source`.
    var source: String
    /// The title to use where the text gives none (the file name without extension).
    var fallbackTitle: String
    /// A title given by the format (HTML `<title>`, a Markdown `# title`), preferred to a first line.
    var knownTitle: String?
    /// Metadata given by the format (a law's version lines, HTML `<meta>`), before the text's own.
    var knownMetadata: [MetadataField] = []

    /// The documents of the file; none when it holds no text at all (a law's title and history with
    /// no articles still make a document).
    func documents(from lines: [TextLine]) -> [Document] {
        let cleaned = LineCleaner.clean(lines)
        guard !cleaned.isEmpty || knownTitle != nil else { return [] }
        guard let compilation = CompilationSplitter.split(cleaned) else {
            return [document(index: 1, lines: cleaned, title: knownTitle, inherited: knownMetadata)]
        }
        // The compilation's own header: its title and the metadata that hold for every article.
        let header = DocumentHeader.read(compilation.header, knownTitle: knownTitle)
        var inherited = knownMetadata
        if let title = header.title { inherited.append(MetadataField(key: "合集", value: title)) }
        inherited.append(contentsOf: header.metadata.filter { field in !inherited.contains { $0.key == field.key } })
        return compilation.parts.enumerated().map { offset, part in
            document(index: offset + 1, lines: part.lines, title: part.title.isEmpty ? nil : part.title, inherited: inherited)
        }
    }

    private func document(index: Int, lines: [TextLine], title: String?, inherited: [MetadataField]) -> Document {
        let header = DocumentHeader.read(ParagraphJoiner.join(lines), knownTitle: title)
        var metadata = inherited
        for field in header.metadata {
            if let existing = metadata.firstIndex(where: { $0.key == field.key }) {
                metadata[existing] = field
            } else {
                metadata.append(field)
            }
        }
        let paragraphs = header.body
        let sections = SectionBuilder.build(paragraphs)
        if !metadata.contains(where: { $0.key == "文号" }), let number = DocumentParser.documentNumber(in: paragraphs) {
            metadata.append(MetadataField(key: "文号", value: number))
        }
        return Document(source: source, index: index, title: header.title ?? fallbackTitle, metadata: metadata, sections: sections)
    }

    /// A document number written at the head of the text or at its end (where 国务院 documents date and
    /// number themselves), on a line of its own or within the first lines: `国发〔2019〕5号`.
    static func documentNumber(in paragraphs: [TextLine]) -> String? {
        let candidates = paragraphs.prefix(6) + paragraphs.suffix(6)
        for paragraph in candidates {
            let scalars = paragraph.text.leadingScalars(200)
            if let range = DocumentNumberScanner.first(in: scalars), scalars.count <= 60 || range.lowerBound <= 2 {
                return String(String.UnicodeScalarView(scalars[range]))
            }
        }
        return nil
    }
}
