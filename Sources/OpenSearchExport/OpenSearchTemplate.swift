import Reporting

/// The index template under which OpenSearch indexes Zhili's exported units (`zhili-*` indices) with
/// an analysis as close to the index's own (Index/FORMAT.md, "Analysis") as OpenSearch allows.
///
/// `text`, `document` and `section` are analysed as Zhili does: text folded (NFKC, traditional →
/// simplified, lower case) and cut into Han character bigrams, a lone Han character as itself. Their
/// subfield `chars` holds one token per Han character, for substring queries as `match_phrase` (any
/// run of characters is found, as in `zhili search`) and one-character queries; `text.words` holds
/// the ICU dictionary's words, for ranking as `zhili index --words` does. What still differs from
/// Zhili's analysis:
///
/// - Latin letters and digits: Zhili cuts every run of letters and digits, Han or not, into character
///   bigrams, and across scripts (`2025年` gives `5年`); OpenSearch's `standard` tokenizer keeps a
///   Latin word or a number whole (`gdp`, `2025`), and `cjk_bigram` pairs Han characters only, so a
///   query for part of a number or word, or across a digit and a Han character, finds nothing there.
/// - The end of a run: Zhili indexes a run's last character alone as well; `cjk_bigram` does so only
///   for a Han character standing alone (use `text.chars` for one-character queries).
/// - Folding: the same NFKC and ICU `Traditional-Simplified` transform, but applied to whole tokens
///   by OpenSearch and code point by code point by Zhili, and `lowercase` lowers every script where
///   Zhili lowers ASCII letters only.
/// - Words: Zhili's words come from ICU's dictionary plus its domain lexicon (`--lexicon`) and count
///   only from three characters; `text.words` has ICU's dictionary alone, every word length.
/// - Ranking: both BM25 (k1 1.2, b 0.75), but over different terms, per shard statistics in
///   OpenSearch; Zhili's grouping of near-identical copies in results is not exported (run
///   Scripts/spark/dedupe.py and drop the copies before loading instead).
///
/// The `icu` flavour needs the analysis-icu plugin (`bin/opensearch-plugin install analysis-icu`); the
/// `builtIn` flavour runs on a bare OpenSearch and also does not fold traditional to simplified
/// characters, nor NFKC beyond full-width and half-width forms (`cjk_width`).
public struct OpenSearchTemplate: Sendable {
    public enum Flavour: String, Sendable, CaseIterable {
        case icu
        case builtIn = "builtin"
    }

    public let flavour: Flavour
    /// The indices' name prefix: `<prefix>-documents`, `<prefix>-sections`, `<prefix>-statistics` …
    public let prefix: String

    public init(flavour: Flavour, prefix: String = "zhili") {
        self.flavour = flavour
        self.prefix = prefix
    }

    /// The template's JSON body for `PUT _index_template/<name>`.
    public var json: Value {
        .object([
            ("index_patterns", .array([.string(prefix + "-*")])),
            ("template", .object([
                ("settings", .object([("analysis", analysis)])),
                ("mappings", mappings),
            ])),
            ("_meta", .object([("producer", .string("zhili export --opensearch")), ("flavour", .string(flavour.rawValue))])),
        ])
    }

    private var analysis: Value {
        switch flavour {
        case .icu:
            return .object([
                ("char_filter", .object([("zhili_nfkc", .object([("type", .string("icu_normalizer")), ("name", .string("nfkc")), ("mode", .string("compose"))]))])),
                ("filter", .object([
                    ("zhili_simplified", .object([("type", .string("icu_transform")), ("id", .string("Traditional-Simplified"))])),
                    ("zhili_bigrams", .object([("type", .string("cjk_bigram")), ("output_unigrams", .bool(false))])),
                ])),
                ("analyzer", .object([
                    ("zhili_bigram", analyzer(tokenizer: "standard", charFilters: ["zhili_nfkc"], filters: ["lowercase", "zhili_simplified", "zhili_bigrams"])),
                    ("zhili_chars", analyzer(tokenizer: "standard", charFilters: ["zhili_nfkc"], filters: ["lowercase", "zhili_simplified"])),
                    ("zhili_words", analyzer(tokenizer: "icu_tokenizer", charFilters: ["zhili_nfkc"], filters: ["lowercase", "zhili_simplified"])),
                ])),
            ])
        case .builtIn:
            return .object([
                ("filter", .object([("zhili_bigrams", .object([("type", .string("cjk_bigram")), ("output_unigrams", .bool(false))]))])),
                ("analyzer", .object([
                    ("zhili_bigram", analyzer(tokenizer: "standard", charFilters: [], filters: ["cjk_width", "lowercase", "zhili_bigrams"])),
                    ("zhili_chars", analyzer(tokenizer: "standard", charFilters: [], filters: ["cjk_width", "lowercase"])),
                ])),
            ])
        }
    }

    private func analyzer(tokenizer: String, charFilters: [String], filters: [String]) -> Value {
        var fields: [(String, Value)] = [("type", .string("custom")), ("tokenizer", .string(tokenizer))]
        if !charFilters.isEmpty { fields.append(("char_filter", .array(charFilters.map(Value.string)))) }
        fields.append(("filter", .array(filters.map(Value.string))))
        return .object(fields)
    }

    /// Analysed text with its subfields, and a `raw` keyword for the short fields.
    private func text(raw: Bool) -> Value {
        var subfields: [(String, Value)] = [("chars", .object([("type", .string("text")), ("analyzer", .string("zhili_chars"))]))]
        if flavour == .icu { subfields.append(("words", .object([("type", .string("text")), ("analyzer", .string("zhili_words"))]))) }
        if raw { subfields.append(("raw", .object([("type", .string("keyword")), ("ignore_above", .int(1024))]))) }
        return .object([("type", .string("text")), ("analyzer", .string("zhili_bigram")), ("fields", .object(subfields))])
    }

    /// The fields the exported units share (the index name tells their kind); other fields (the records' own) are mapped dynamically,
    /// strings as analysed text with a keyword subfield.
    private var mappings: Value {
        .object([
            ("dynamic_templates", .array([
                // A figure may be whole in one record and fractional in the next: never a long.
                .object([("figures", .object([
                    ("match_pattern", .string("regex")), ("match", .string("^(value|max|base_value)$")),
                    ("mapping", .object([("type", .string("double"))])),
                ]))]),
                .object([("strings", .object([("match_mapping_type", .string("string")), ("mapping", text(raw: true))]))]),
            ])),
            ("properties", .object([
                ("source", .object([("type", .string("keyword"))])),
                ("document_index", .object([("type", .string("integer"))])),
                ("document", text(raw: true)),
                ("section", text(raw: true)),
                ("text", text(raw: false)),
                ("year", .object([("type", .string("integer"))])),
                ("metadata", .object([("type", .string("nested")), ("properties", .object([
                    ("key", .object([("type", .string("keyword"))])),
                    ("value", text(raw: true)),
                ]))])),
            ])),
        ])
    }
}
