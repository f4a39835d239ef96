import Foundation

/// Dunning's log-likelihood (G²) keyness of a term in one group against the rest of the collection,
/// as AntConc and WordSmith compute it.
///
/// Chosen over TF-IDF because the groups here are few and large (years, folders): TF-IDF's idf is zero
/// for a term that occurs in every group, however much more one year uses it, while G² compares the
/// term's rate in the group with its rate in the rest, weighs the evidence by the counts (a rare term
/// needs a large difference), and has a significance reading (above 3.84, p < 0.05; above 10.83,
/// p < 0.001, one degree of freedom).
enum LogLikelihood {
    /// G² for a term seen `count` times among `groupTokens` terms of the group and `totalCount` times
    /// among `totalTokens` of the whole collection; nil when the group uses it no more than the rest
    /// (a negative keyword) or there is no rest.
    static func keyness(count: Int, groupTokens: Int, totalCount: Int, totalTokens: Int) -> Double? {
        let a = Double(count), b = Double(totalCount - count)
        let c = Double(groupTokens), d = Double(totalTokens - groupTokens)
        guard c > 0, d > 0 else { return nil }
        let expectedA = c * (a + b) / (c + d)
        let expectedB = d * (a + b) / (c + d)
        guard a > expectedA else { return nil }
        var g2 = a * log(a / expectedA)
        if b > 0 { g2 += b * log(b / expectedB) }
        return 2 * g2
    }
}
