/// One block of a term dictionary decoded, its terms whole and side by side, so that a lookup finds
/// its term by bisection instead of decoding the front-coded block from its start up to the term.
///
/// Decoded once per block and kept by the dictionary: a query looks a term up in every segment, and
/// decoding the block each time was a tenth of a query's time over an index of seven segments.
final class TermBlock: Sendable {
    let terms: PackedTerms
    /// Each term's information.
    let infos: [TermInfo]

    init(terms: PackedTerms, infos: [TermInfo]) {
        self.terms = terms
        self.infos = infos
    }

    var count: Int { infos.count }
}
