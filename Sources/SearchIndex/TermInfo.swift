/// What the term dictionary records for a term: how many units hold it, how often it occurs in all,
/// and where its postings and positions begin.
struct TermInfo: Equatable {
    var documentFrequency: Int
    var totalFrequency: Int
    var postingsOffset: Int
    var positionsOffset: Int
}
