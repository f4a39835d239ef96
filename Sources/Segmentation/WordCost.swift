import Foundation

/// The costs the segmenter's lattice adds up along a path; the path of least total cost wins.
///
/// Two regimes share one shape. Every cost is a multiple of `unit`, the cost of a listed word whose
/// frequency is not known:
/// - **Word count** (no general vocabulary: ICU and the word lists alone): `unit` is 1, so the best path
///   is the one with the fewest words, with these preferences (tuned on the SIGHAN 2005 MSR
///   development set, see BENCHMARKS.md): a lexicon word counts 1, a little less when its list gives it
///   a high frequency; an ICU word that is not in a list counts 2.5 (ICU's dictionary is general, so two
///   listed words that cover the same characters are trusted over it, but not three); a lone ideograph
///   1.5, so that it is used only where nothing better covers it.
/// - **Frequencies** (a general vocabulary with word counts, such as jieba's dict.txt): a word of the
///   vocabulary costs −log p, its probability among all the vocabulary's words, as in a unigram model;
///   a word listed without frequency (the governance lexicon) costs `unit`, the −log p of a word seen
///   `listedFrequency` times, unless the vocabulary makes it cheaper. ICU's words and lone ideographs
///   the vocabulary lacks are what the list does not know, priced as multiples of `unit`: 3 and 1.35.
///   These three numbers were tuned on the development half of the SIGHAN 2005 MSR gold
///   (`Scripts/msr-split.py`; 0.8450 F1 there, against 0.8400 for the first guess) and then scored
///   once on the held-out half (BENCHMARKS.md); the lone ideograph's price was tuned again, on the
///   same half, from 1.4 to 1.35 when ICU came to run only where the vocabulary leaves a run of
///   one-character words (`WordSegmenter.segment`; 0.8452 there, against 0.8447 with 1.4).
///
/// In both, a word that ends inside one of ICU's words pays a tenth of `unit` more: between paths of
/// equal cost the one that agrees with ICU's boundaries wins (`方面 的`, not `方 面的`); numbers and
/// punctuation, which no rule splits, cost `unit`, like a listed word, so that a listed `1996年` is one
/// word where a list says so; the number and ordinal rules (`103-107`, `第十八条`) cost 0.9 `unit`,
/// below any listed word, so that they are kept whole whatever the lists hold.
struct WordCost: Sendable {
    let unit: Float
    let icuWord: Float
    let loneIdeograph: Float
    let icuNumberOrSymbol: Float
    let endInsideICUWord: Float
    let pattern: Float
    /// Whether the costs come from a general vocabulary's frequencies.
    let usesVocabulary: Bool

    private init(unit: Float, icuWord: Float, loneIdeograph: Float, usesVocabulary: Bool) {
        self.unit = unit
        self.usesVocabulary = usesVocabulary
        self.icuWord = icuWord * unit
        self.loneIdeograph = loneIdeograph * unit
        icuNumberOrSymbol = unit
        endInsideICUWord = 0.1 * unit
        pattern = 0.9 * unit
    }

    /// The word-count regime, for ICU and word lists without a general vocabulary.
    static let wordCount = WordCost(unit: 1, icuWord: 2.5, loneIdeograph: 1.5, usesVocabulary: false)

    private static let largestFrequencyBonus: Float = 0.1

    /// The frequency regime over a vocabulary whose frequencies add up to `total`.
    static func frequencies(total: Int) -> WordCost {
        // A researcher's own small vocabulary (a total below `listedFrequency`) would make `unit`
        // negative and every path's sum meaningless (ranges split, ordinals not joined); the floor
        // prices a listed word as one in `smallestListedShare`, which jieba's 60 million leave as is.
        let unit = max(negativeLogProbability(listedFrequency, total: total), Float(log(smallestListedShare)))
        return WordCost(unit: unit, icuWord: 3, loneIdeograph: 1.35, usesVocabulary: true)
    }

    /// A listed word without frequency is taken as at most one word in this many.
    static let smallestListedShare: Double = 300

    /// The frequency a word listed without one is taken to have among the vocabulary's: that of a very
    /// common word (jieba's 的 has 318,825 of 60 million), so that a listed term wins over the
    /// vocabulary's split of it. With it, an ICU word the vocabulary lacks costs about as much as the
    /// vocabulary's rarest words, and a lone ideograph half that.
    static let listedFrequency = 200_000

    static func negativeLogProbability(_ frequency: Int, total: Int) -> Float {
        Float(log(Double(max(total, 1))) - log(Double(max(frequency, 1))))
    }

    /// The cost of each word of `lexicon` in the word-count regime, as folded UTF-16 units: 1, less up
    /// to 0.1 by log frequency.
    static func lexiconCosts(_ lexicon: Lexicon) -> [(units: [UInt16], cost: Float)] {
        let largest = lexicon.frequencies.values.max() ?? 0
        let scale = largest > 0 ? Float(log(Double(largest) + 1)) : 1
        return lexicon.frequencies.map { word, frequency in
            let bonus = frequency > 0 ? largestFrequencyBonus * Float(log(Double(frequency) + 1)) / scale : 0
            return (Array(word.utf16), 1 - bonus)
        }
    }

    /// The cost of each word of `vocabulary` and `lexicon` in the frequency regime of `self`: −log p
    /// for a word with a frequency, `unit` for a listed word without one (the cheaper where a word is
    /// in both).
    func frequencyCosts(vocabulary: Vocabulary, lexicon: Lexicon) -> [(units: [UInt16], cost: Float)] {
        let total = vocabulary.total
        var costs: [(units: [UInt16], cost: Float)] = []
        costs.reserveCapacity(vocabulary.entries.count + lexicon.count)
        for (units, frequency) in vocabulary.entries {
            costs.append((units, Self.negativeLogProbability(frequency, total: total)))
        }
        for (word, frequency) in lexicon.frequencies {
            let cost = frequency > 0 ? Self.negativeLogProbability(frequency, total: total) : unit
            costs.append((Array(word.utf16), min(cost, unit)))
        }
        return costs
    }
}
