import ArgumentParser
import TextAnalysis

extension Grouping: ExpressibleByArgument {}
extension Concordancer.Order: ExpressibleByArgument {}
extension CooccurrenceNetwork.Window: ExpressibleByArgument {}

/// `--stopwords FILE`: the stop list that replaces the built-in one.
struct StopWordsOption: ParsableArguments {
    @Option(name: .customLong("stopwords"), help: ArgumentHelp("A stop list (words separated by spaces or lines, # comments) replacing the built-in one.", valueName: "file"))
    var path: String?

    /// The stop list; exits 3 naming the file when it cannot be read.
    func load(_ command: String) throws -> StopWords {
        guard let path else { return .builtIn }
        do {
            return try StopWords(contentsOf: path)
        } catch {
            StandardError.print("zhili \(command): stop list \(error)")
            throw ExitCode.unreadableInput
        }
    }
}
