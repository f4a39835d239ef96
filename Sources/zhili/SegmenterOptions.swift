import ArgumentParser
import Foundation
import Segmentation

/// The word lists of the commands that segment: the built-in governance lexicon, `--lexicon` files on
/// top, and the general vocabulary.
struct SegmenterOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"),
            help: ArgumentHelp("A word list added to the built-in lexicon (repeatable).", valueName: "file"))
    var lexicons: [String] = []

    @Flag(name: .customLong("no-builtin-lexicon"),
          help: "Leave out the built-in governance lexicon (for example to score with one word list alone).")
    var withoutBuiltIn = false

    @Option(name: .customLong("vocabulary"),
            help: ArgumentHelp("A general word list with frequencies (WORD FREQUENCY a line) instead of the installed one (jieba's dict.txt).", valueName: "file"))
    var vocabularyPath: String?

    @Flag(name: .customLong("no-vocabulary"), help: "Segment with ICU and the lexicons alone, without a general vocabulary.")
    var withoutVocabulary = false

    /// The segmenter; exits 3 naming the file when a word list cannot be read. Says on standard error
    /// when no general vocabulary is installed (not when ZHILI_VOCABULARY=none asked for none).
    func segmenter(_ command: String) throws -> WordSegmenter {
        var lexicon = withoutBuiltIn ? Lexicon() : Lexicon.builtIn
        for path in lexicons {
            do {
                lexicon = lexicon.merging(try Lexicon(contentsOf: path))
            } catch {
                StandardError.print("zhili \(command): lexicon \(error)")
                throw ExitCode.unreadableInput
            }
        }
        var vocabulary: Vocabulary?
        if !withoutVocabulary {
            if let path = vocabularyPath ?? Vocabulary.installedPath() {
                do {
                    vocabulary = try Vocabulary(contentsOf: path)
                } catch {
                    StandardError.print("zhili \(command): vocabulary \(error)")
                    throw ExitCode.unreadableInput
                }
            } else if ProcessInfo.processInfo.environment[Vocabulary.environmentVariable] != "none" {
                StandardError.print(Vocabulary.absentNote)
            }
        }
        do {
            return try WordSegmenter(lexicon: lexicon, vocabulary: vocabulary)
        } catch {
            StandardError.print("zhili \(command): \(error)")
            throw ExitCode.failure
        }
    }
}
