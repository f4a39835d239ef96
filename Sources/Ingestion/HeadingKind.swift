/// The numbering styles of headings in Chinese governance texts and laws, outermost first.
///
/// `rank` orders them when a document mixes them: a heading closes every open heading of the same
/// or a deeper rank, so `一、` › `（一）` › `1、` › `（1）` nest in the usual order even where a document
/// skips a level (`一、` directly followed by `1、`).
public enum HeadingKind: Int, Sendable, Hashable {
    /// `第一编`
    case part
    /// `第一章`
    case chapter
    /// `第一节`
    case section
    /// A Markdown, HTML or Word heading with no numbering of its own; its rank comes from its level.
    case outline
    /// `第一条` (an article of a law or regulation)
    case article
    /// `一、`
    case numeral
    /// `（一）`, `(一)`, `㈠`
    case parenthesizedNumeral
    /// `1、`, `1.`, `1．`
    case arabic
    /// `1`, `1.1`, `1.1.1` (the clauses of an emergency plan or a standard), ranked by their depth below `1、`
    case decimal
    /// `（1）`, `(1)`, `1）`
    case parenthesizedArabic
    /// `①`
    case circled
    /// `一是` … `二是` … inside a paragraph
    case inlineOrdinal
}
