import ArgumentParser

/// The contract's exit codes (../shared/CONTRACT.md).
extension ExitCode {
    /// A command line that cannot be parsed or an option value that is not allowed.
    static let badUsage = ExitCode(2)
    /// `search` found nothing.
    static let noHits = ExitCode(1)
    /// An input could not be read or decoded; whatever else could be read was processed.
    static let unreadableInput = ExitCode(3)
    /// The index is missing, from another format version, or damaged.
    static let damagedIndex = ExitCode(4)
    /// An output (standard output, a chart, an export) could not be written: what was written is incomplete.
    static let unwritableOutput = ExitCode(5)
}
