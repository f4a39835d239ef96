/// How records are printed: the contract's `--format table|csv|json|md`, plus `jsonl` (one JSON
/// object per line).
public enum OutputFormat: String, Sendable, CaseIterable {
    case table, csv, json, jsonl, md
}
