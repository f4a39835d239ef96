import ArgumentParser

/// The `zhili` command: Chinese governance texts made searchable.
@main
struct Zhili: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "zhili",
        abstract: "Index, search, deduplicate and extract from collections of Chinese governance texts.",
        subcommands: [InspectCommand.self, SegmentCommand.self, IndexCommand.self, SearchCommand.self, CheckCommand.self,
                      BenchQueriesCommand.self, StatsCommand.self, CitesCommand.self, MeasuresCommand.self, ServeCommand.self]
    )
}
