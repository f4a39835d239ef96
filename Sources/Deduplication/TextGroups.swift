/// Texts grouped by their compared characters as their fingerprints come in, in input order, with
/// what the candidate search needs of each group's first text (its representative): exact copies
/// cost one signature, and the fingerprints of the others are dropped as soon as they are added.
public struct TextGroups: Sendable {
    /// Groups of input indices, ascending; every text with compared characters is in exactly one.
    private(set) var groups: [[Int]] = []
    /// The representatives' signatures, one after the other.
    private(set) var signatures: [UInt64] = []
    private(set) var exactSets: [ShingleSet] = []
    private(set) var anchors: [[UInt64]] = []
    private(set) var sizes: [Int] = []
    /// Texts added, with compared characters or not.
    public private(set) var count = 0
    private var groupOfKey: [ExactKey: Int] = [:]

    public init() {}

    /// Adds the next text's fingerprint (nil for a text without compared characters).
    public mutating func add(_ fingerprint: TextFingerprint?) {
        defer { count += 1 }
        guard let fingerprint else { return }
        if let group = groupOfKey[fingerprint.key] {
            groups[group].append(count)
            return
        }
        groupOfKey[fingerprint.key] = groups.count
        groups.append([count])
        signatures += fingerprint.signature
        if let set = fingerprint.exactSet { exactSets.append(set) }
        sizes.append(fingerprint.size)
        anchors.append(fingerprint.anchors)
    }

    /// Adds the next text, making its whole fingerprint only where it is not an exact copy of one added already.
    mutating func add(_ text: String, detector: NearDuplicateDetector) {
        let characters = ComparisonText.characters(of: text)
        guard !characters.isEmpty else { return add(nil) }
        add(detector.fingerprint(characters: characters, keyOnly: groupOfKey[ExactKey(characters)] != nil))
    }

    /// The index of each group's first text, for the texts verification needs.
    func representative(_ group: Int) -> Int { groups[group][0] }
}
