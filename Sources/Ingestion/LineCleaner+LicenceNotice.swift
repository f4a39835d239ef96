/// The licence notice a site such as Wikisource prints under every page it hosts (本作品是中华人民共和国的法律、
/// 法规……属于公有领域; 这部作品在1931年1月1日以前……屬於公有領域, with its `Public domain` template
/// leftovers): it is about the copy, not the document, and read as text it gives false citations of
/// 著作权法第五条 and terms such as 作品 and 公有领域.
extension LineCleaner {
    /// The longest notice taken for one, in characters: Wikisource's longest (the Party documents'
    /// template with its footnotes) has about 530; a document's own closing part is far longer.
    static let licenceNoticeLimit = 1500

    /// The lines without the licence notice that ends them, if they end with one.
    ///
    /// A notice is told by its place and its wording, not by one site's exact text: it ends the file,
    /// it opens with a line speaking of the copy as "the work" (本作品, 此作品, 这部作品 …), and what
    /// follows from there names a copyright status (公有领域, 著作权, 版权, 知识共享, public domain …).
    static func droppingLicenceNotice(_ lines: [TextLine]) -> [TextLine] {
        var characters = 0
        var statusNamed = false
        var noticeStart: Int?
        for index in lines.indices.reversed() {
            characters += lines[index].text.unicodeScalars.count
            guard characters <= licenceNoticeLimit else { break }
            statusNamed = statusNamed || namesCopyrightStatus(lines[index].text)
            if statusNamed && opensLicenceNotice(lines[index].text) { noticeStart = index }
        }
        guard let noticeStart, noticeStart > 0 else { return lines }
        return Array(lines[..<noticeStart])
    }

    /// Whether a line opens by speaking of the copy as a work: 本作品…, 這部作品…, `This work …`.
    static func opensLicenceNotice(_ text: String) -> Bool {
        let openers = ["本作品", "此作品", "该作品", "該作品", "这部作品", "這部作品", "这个作品", "這個作品", "this work"]
        let head = String(text.unicodeScalars.prefix(9)).lowercased()
        return openers.contains { head.utf8.starts(with: $0.utf8) }
    }

    /// The copyright statuses and licences a notice names: Chinese terms, and Latin ones lower-cased.
    private static let chineseCopyrightTerms = ["公有领域", "公有領域", "著作权", "著作權", "版权", "版權", "知识共享", "知識共享"]
    private static let latinCopyrightTerms = ["public domain", "creative commons", "copyright"]

    /// Whether a line names a copyright status or licence.
    static func namesCopyrightStatus(_ text: String) -> Bool {
        if chineseCopyrightTerms.contains(where: text.containsBytes) { return true }
        // Only the Latin terms have cases, and no character but an ASCII letter lower-cases to a run of
        // their letters: lower-casing the ASCII bytes answers as `lowercased()` does, without Unicode's
        // case mappings for every character of a file's last lines (1.4% of an index build) — and only
        // where the line has an ASCII letter at all.
        guard text.utf8.contains(where: { ($0 | 0x20) &- 0x61 < 26 }) else { return false }
        let lowered = String(decoding: text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
        return latinCopyrightTerms.contains { lowered.containsBytes(of: $0) }
    }
}
