import Ingestion
import Reporting

/// The records of `zhili dedupe --signatures`: one per compared unit, with what a job pairing units
/// elsewhere needs to find and verify candidates as the detector does and to keep the same copy.
///
/// Beyond the contract's `source, document_index, document, section, chars, minhash`: `section_index`
/// (the section's position in its document, null for a document), `shingles`, `distinct_shingles`,
/// `sample`, `sampled` and `exact_key` (see `UnitSignature`), `bands` and `rows` (the detector's `LSHBanding` for
/// its threshold), `contained_minimum` (the fewest distinct shingles for containment to count, 0 where
/// it never counts) and `keep_key` (the keep rule's `KeepRule.key`, lower kept first, ties to input
/// order). Hashes are unsigned 64-bit integers: read them as integers, never as doubles. A unit with
/// no compared characters has `minhash: null` and an empty sample: the detector skips it.
public enum DedupeSignatureRecords {
    /// The records of the `kind` units of `files`; with `allShingles` every sample is complete.
    public static func records(files: [SourceFile], kind: DedupeUnitKind, detector: NearDuplicateDetector, keep: KeepRule,
                               allShingles: Bool = false) -> [[(String, Value)]] {
        let units = DedupeUnit.units(of: files, kind: kind, dated: keep == .newest || keep == .oldest)
        let banding = detector.banding
        return units.map { unit in
            let signature = detector.signature(of: unit.text, completeSampleLimit: allShingles ? .max : UnitSignature.completeSampleLimit)
            let candidate = KeepCandidate(text: unit.text, date: unit.date)
            return [
                ("source", .string(unit.source)), ("document_index", .int(unit.documentIndex)),
                ("document", .string(unit.document)), ("section", .string(unit.section)),
                ("section_index", .int(unit.sectionIndex)), ("chars", .int(unit.text.count)),
                ("minhash", signature.map { .array($0.minhash.map(number)) } ?? .null),
                ("shingles", .int(signature?.shingles ?? 0)), ("distinct_shingles", .int(signature?.distinctShingles ?? 0)),
                ("sample", .array((signature?.sample ?? []).map(number))), ("sampled", .bool(signature?.isSampled ?? false)),
                ("exact_key", .string(signature?.exactKey)),
                ("bands", .int(banding.bands)), ("rows", .int(banding.rows)),
                ("contained_minimum", .int(detector.countsContainment ? detector.minimumContainedShingles : 0)),
                ("keep_key", .array(keep.key(candidate).map(Value.int))),
            ]
        }
    }

    private static func number(_ value: UInt64) -> Value { .number(String(value)) }
}
