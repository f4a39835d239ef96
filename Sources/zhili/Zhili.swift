import ArgumentParser
import Foundation

/// The `zhili` command: Chinese governance texts made searchable.
@main
struct Zhili: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhili",
        abstract: "Index, search, deduplicate and extract from collections of Chinese governance texts.",
        subcommands: [IndexCommand.self, SearchCommand.self, InspectCommand.self, SegmentCommand.self,
                      StatsCommand.self, CitesCommand.self, MeasuresCommand.self, DedupeCommand.self,
                      ServeCommand.self, CheckCommand.self, BenchQueriesCommand.self,
                      TermsCommand.self, KwicCommand.self, TrendCommand.self, CooccurCommand.self,
                      ExportCommand.self]
    )

    /// Runs the command, exiting with the contract's code 2 for bad usage (ArgumentParser's own is 64).
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardError.print(fullMessage(for: error))
                Foundation.exit(ExitCode.badUsage.rawValue)
            }
            exit(withError: error)
        }
    }
}
