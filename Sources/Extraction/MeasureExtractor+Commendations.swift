import Ingestion

/// The practices a commendation praises (国务院办公厅关于对…典型经验做法给予表扬的通报): its body reports the
/// inspection and commends, and its annex lists what was praised, one numbered line a practice carried out by a
/// locality or body (1.北京市大力推进外国人来华工作许可制度改革。). Those lines are the document's measures, done;
/// the body's findings and its closing call to learn from them are not.
extension MeasureExtractor {
    /// The word of a body that commends what its annex lists (予以通报表扬, 给予表扬).
    static let commendationWord = "表扬"
    /// Words of an annex's title that name practices (典型经验做法, 改革举措), not the people or units commended.
    static let practiceWords = ["做法", "经验", "举措"]

    /// The numbered items of `annex`, each a level-1 measure done, where `body` commends and the annex's title
    /// (its lines before the first item) names practices; empty otherwise.
    func commendedPractices(body: [Section], annex: [Section], in document: Document) -> [Measure] {
        guard let opening = annex.first,
              body.contains(where: { $0.text.containsScalars(MeasureExtractor.commendationWord) }) else { return [] }
        let title = opening.text.lines().map(String.init).prefix { SectionTree.stripOrdinal($0).ordinal == nil }
        guard title.contains(where: { line in MeasureExtractor.practiceWords.contains { line.containsScalars($0) } }) else { return [] }
        let tree = SectionTree(annex)
        let items = tree.topSections().filter { SectionTree.stripOrdinal(tree.sections[$0].heading).ordinal != nil }
        guard items.count >= 2 else { return [] }
        return items.enumerated().flatMap { position, index in
            measureWithSubtasks(at: index, position: position + 1, in: tree, document: document, role: .done)
        }
    }
}
