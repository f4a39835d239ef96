import Foundation

/// The costs the segmenter's lattice adds up along a path; the path of least total cost wins.
///
/// A cost is roughly a count of words, so the best path is the one with the fewest words, with these
/// preferences (tuned on the SIGHAN 2005 MSR development set, see BENCHMARKS.md):
/// - a lexicon word counts 1, a little less when the list gives it a high frequency, which breaks ties
///   between paths of as many words;
/// - an ICU word that is not in the lexicon counts 2.5: ICU's dictionary is general, so two lexicon
///   words that cover the same characters are trusted over it, but not three;
/// - a lone ideograph that is neither an ICU word nor in the lexicon counts 1.5, so that it is used only
///   where nothing better covers it;
/// - a word that ends inside one of ICU's words pays 0.1 more: between paths of as many words, the one
///   that agrees with ICU's boundaries (and so with ICU's word frequencies) wins (`方面 的`, not `方 面的`);
/// - numbers and punctuation (which no rule splits) count 1, like a lexicon word, so that a listed
///   `1996年` is one word where the list says so;
/// - the number and ordinal rules (`103-107`, `第十八条`) count 0.9, below any single word, so that they
///   are kept whole whatever the lexicon holds.
enum WordCost {
    static let lexiconWord: Float = 1.0
    static let largestFrequencyBonus: Float = 0.1
    static let icuWord: Float = 2.5
    static let icuNumberOrSymbol: Float = 1.0
    static let loneIdeograph: Float = 1.5
    static let endInsideICUWord: Float = 0.1
    static let pattern: Float = 0.9

    /// The cost of each word of `lexicon`, as folded UTF-16 units: 1, less up to 0.1 by log frequency.
    static func lexiconCosts(_ lexicon: Lexicon) -> [(units: [UInt16], cost: Float)] {
        let largest = lexicon.frequencies.values.max() ?? 0
        let scale = largest > 0 ? Float(log(Double(largest) + 1)) : 1
        return lexicon.frequencies.map { word, frequency in
            let bonus = frequency > 0 ? largestFrequencyBonus * Float(log(Double(frequency) + 1)) / scale : 0
            return (Array(word.utf16), lexiconWord - bonus)
        }
    }
}
