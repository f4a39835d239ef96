/// What the term dictionary records for a term: how many units hold it and where its postings and
/// positions begin. (How often it occurs in all is not kept: nothing reads it but a check, which counts
/// the positions anyway.)
struct TermInfo: Equatable {
    var documentFrequency: Int
    var postingsOffset: Int
    var positionsOffset: Int
}
