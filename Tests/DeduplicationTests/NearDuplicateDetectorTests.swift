import Testing
@testable import Deduplication

@Suite struct NearDuplicateDetectorTests {
    let detector = NearDuplicateDetector(threshold: 0.8)

    @Test func exactCopiesFormOneClusterWithSimilarityOne() {
        let clusters = detector.clusters([Fixture.plan, Fixture.report, Fixture.plan])
        #expect(clusters.count == 1)
        #expect(clusters.first?.keep == 0)
        #expect(clusters.first?.members.map(\.index) == [0, 2])
        #expect(clusters.first?.similarity == 1)
    }

    @Test func copiesThatDifferOnlyInWhitespacePunctuationAndWidthAreIdentical() {
        let rewrapped = Fixture.plan.replacingOccurrences(of: "，", with: ",").replacingOccurrences(of: "。", with: "。\n  ")
            .replacingOccurrences(of: "2025", with: "２０２５")
        let pairs = detector.similarPairs([Fixture.plan, rewrapped])
        #expect(pairs.map(\.jaccard) == [1])
    }

    @Test func bothSignatureSchemesFindTheSameCopies() {
        let texts = [Fixture.plan, Fixture.report, Fixture.plan.replacingOccurrences(of: "50万元", with: "60万元"), Fixture.report + "。"]
        let classic = NearDuplicateDetector(signatureScheme: .permutations)
        #expect(classic.similarPairs(texts) == detector.similarPairs(texts))
        #expect(detector.similarPairs(texts).count == 2)
    }

    @Test func aCopyWithAFewCharactersChangedIsFoundWithItsTrueSimilarity() throws {
        let edited = Fixture.plan.replacingOccurrences(of: "保洁员不少于3名", with: "保洁员不少于2名")
            .replacingOccurrences(of: "村容村貌提升", with: "村容村貌整治提升")
        let pairs = detector.similarPairs([Fixture.plan, Fixture.report, edited])
        let pair = try #require(pairs.first)
        #expect(pairs.count == 1)
        #expect((pair.first, pair.second) == (0, 2))
        let exact = Shingler().set(of: ComparisonText.characters(of: Fixture.plan))
            .similarity(to: Shingler().set(of: ComparisonText.characters(of: edited)))
        #expect(pair.jaccard == exact.jaccard)
        #expect(pair.jaccard < 1 && pair.jaccard >= 0.8)
    }

    @Test func reportsThatDifferOnlyInTheirFiguresAreNearDuplicatesNotCopies() throws {
        let nextYear = Fixture.report.replacingOccurrences(of: "1260", with: "1318").replacingOccurrences(of: "97.6", with: "98.1")
        let pair = try #require(detector.similarPairs([Fixture.report, nextYear]).first)
        #expect(pair.jaccard < 1)
    }

    @Test func distinctDocumentsOfTheSameGenreAreNotPaired() {
        #expect(detector.similarPairs([Fixture.plan, Fixture.report]).isEmpty)
    }

    @Test func aSectionCopiedWholeIntoALargerDocumentIsFoundByContainment() throws {
        let section = try #require(Fixture.plan.split(separator: "\n").first { $0.hasPrefix("三、") }).description
        let county = Fixture.report + "\n" + section + "\n" + Fixture.report.replacingOccurrences(of: "我县", with: "全县")
        let pair = try #require(detector.similarPairs([county, section]).first)
        #expect(pair.containment == 1)
        #expect(pair.jaccard < 0.5)

        var jaccardOnly = detector
        jaccardOnly.countsContainment = false
        #expect(jaccardOnly.similarPairs([county, section]).isEmpty)
    }

    @Test func aShortPhraseInsideALongTextIsNotACopyOfIt() {
        #expect(detector.similarPairs([Fixture.plan, "农村人居环境整治工作"]).isEmpty)
    }

    @Test func clustersNeverChainBeyondTheThresholdToTheKeptCopy() throws {
        let a = Fixture.plan
        let b = Fixture.replacing(a, 120..<160, with: String(Array(Fixture.report)[0..<40]))
        let c = Fixture.replacing(b, 400..<440, with: String(Array(Fixture.report)[100..<140]))
        let pairs = detector.similarPairs([a, b, c]).map { ($0.first, $0.second) }
        // The chain itself: A~B and B~C, but A≁C.
        try #require(pairs.count == 2)
        #expect(pairs[0] == (0, 1) && pairs[1] == (1, 2))

        // A kept: B joins it, C is not within the threshold of A and has no other copy left.
        let keepingA = detector.clusters([a, b, c], rank: [0, 1, 2])
        #expect(keepingA.map(\.keep) == [0])
        #expect(keepingA.first?.members.map(\.index) == [0, 1])

        // B kept: A and C are each within the threshold of B.
        let keepingB = detector.clusters([a, b, c], rank: [1, 0, 2])
        #expect(keepingB.map(\.keep) == [1])
        #expect(keepingB.first?.members.map(\.index) == [1, 0, 2])
    }

    @Test func emptyAndOneCharacterTextsJoinNoClusterOfLongerTexts() {
        let clusters = detector.clusters(["", "治", Fixture.plan, "  \n", Fixture.plan, "。"])
        #expect(clusters.count == 1)
        #expect(clusters.first?.members.map(\.index) == [2, 4])
    }

    @Test func identicalOneCharacterTextsAreStillCopiesOfEachOther() {
        let clusters = detector.clusters(["治", Fixture.plan, "治"])
        #expect(clusters.map { $0.members.map(\.index) } == [[0, 2]])
    }

    @Test func theBandingForTheDefaultThresholdMissesAtMostOnePairInAThousandAtTheThreshold() {
        let banding = LSHBanding(threshold: 0.8, signatureSize: 128)
        #expect((banding.bands, banding.rows) == (25, 5))
        #expect(banding.candidateProbability(similarity: 0.8) >= 0.999)
        // The next steeper banding would miss more than that.
        #expect(LSHBanding(bands: 21, rows: 6).candidateProbability(similarity: 0.8) < 0.999)
    }

    @Test(arguments: MinHasher.Scheme.allCases)
    func signaturesOfSimilarTextsAgreeInAboutTheirJaccardShareOfEntries(scheme: MinHasher.Scheme) {
        let hasher = MinHasher(signatureSize: 128, scheme: scheme)
        let shingler = Shingler()
        let a = shingler.hashes(of: ComparisonText.characters(of: Fixture.plan))
        let b = shingler.hashes(of: ComparisonText.characters(of: Fixture.plan + Fixture.report))
        var x = [UInt64](repeating: 0, count: 128)
        var y = [UInt64](repeating: 0, count: 128)
        _ = x.withUnsafeMutableBufferPointer { hasher.sign(a, into: $0) }
        _ = y.withUnsafeMutableBufferPointer { hasher.sign(b, into: $0) }
        let agreeing = Double(zip(x, y).filter { $0 == $1 }.count) / 128
        let exact = ShingleSet(hashes: a).similarity(to: ShingleSet(hashes: b)).jaccard
        #expect(abs(agreeing - exact) < 0.15)
    }
}

@Test func sketchesFindTheCandidatesSignaturesFindAndNewItemsOnlyTheirOwn() {
    let detector = NearDuplicateDetector(threshold: 0.8, signatureSize: 64, countsContainment: false)
    let base = "深入开展婚育新风进万家活动，大力倡导生男生女都一样、女儿也是传后人的新型婚育观念，评选最美女儿户家庭三十户，在各村设置固定宣传栏"
    let texts = [base, base + "，张贴举报电话", "县领导小组办公室将通过明察暗访、随机抽查等方式督导宣传工作，发现问题及时通报并限期整改落实", base.replacingOccurrences(of: "三十", with: "四十")]
    let fingerprints = texts.map { detector.bandedFingerprint(of: $0)! }
    let banding = detector.banding
    var signatures: [UInt64] = []
    for text in texts { signatures += MinHasher(signatureSize: 64).signature(of: text) }
    let bySignatures = banding.candidatePairs(signatures: signatures, signatureSize: 64, count: texts.count)
    let byKeys = banding.candidatePairs(count: texts.count) { band, item in fingerprints[item].sketch.bandKey(band, rows: banding.rows) }
    #expect(Set(bySignatures).isSubset(of: byKeys))
    #expect(byKeys.contains(IndexPair(0, 1)))
    // Item 3 new: only the pairs it makes.
    #expect(banding.candidatePairs(count: texts.count, involving: { $0 == 3 }) { band, item in fingerprints[item].sketch.bandKey(band, rows: banding.rows) }
        == byKeys.filter { $0.first == 3 || $0.second == 3 })
    // Verified in batches of two items, the same pairs as at once.
    let sets = texts.map(detector.shingleSet(of:))
    let all = detector.verify(byKeys) { Dictionary(uniqueKeysWithValues: $0.map { ($0, sets[$0]) }) }
    #expect(detector.verify(byKeys, batch: 2) { Dictionary(uniqueKeysWithValues: $0.map { ($0, sets[$0]) }) } == all)
    #expect(!all.isEmpty)
    // On several threads: the same candidates and the same verified pairs.
    for threads in [1, 3] {
        let rows = banding.rows
        #expect(banding.candidatePairs(count: texts.count, threads: threads, key: { band, item in fingerprints[item].sketch.bandKey(band, rows: rows) }) == byKeys)
        #expect(banding.candidatePairs(count: texts.count, involving: { $0 == 3 }, threads: threads,
                                       key: { band, item in fingerprints[item].sketch.bandKey(band, rows: rows) }) == byKeys.filter { $0.first == 3 || $0.second == 3 })
        // Accepting only the pairs whose sketches agree enough: the near copies (0, 1, 3), not the other text.
        let minimum = MinHashSketch.minimumAgreements(threshold: 0.8, entries: 64)
        let accepted = banding.candidatePairs(count: texts.count, accept: { fingerprints[$0].sketch.agreements(with: fingerprints[$1].sketch) >= minimum },
                                              threads: threads, key: { band, item in fingerprints[item].sketch.bandKey(band, rows: rows) })
        #expect(accepted == byKeys.filter { $0.first != 2 && $0.second != 2 })
        #expect(detector.verify(byKeys, batch: 2, threads: threads) { needed in Dictionary(uniqueKeysWithValues: needed.map { ($0, sets[$0]) }) } == all)
    }
}

@Test func anUpdatesFewNewTextsFindTheCandidatesThatBucketingEveryTextFindsForThem() {
    let detector = NearDuplicateDetector(threshold: 0.8, signatureSize: 64, countsContainment: false)
    let clause = "县级以上地方人民政府应当加强对河道管理工作的领导，将河道整治纳入国民经济和社会发展规划，所需经费列入本级财政预算"
    // Copies of a clause with one place name and one number changed: many near copies, many chance band agreements.
    let places = ["浦东", "黄浦", "徐汇", "长宁", "静安", "普陀", "虹口", "杨浦", "闵行", "宝山", "嘉定", "金山", "松江", "青浦", "奉贤", "崇明"]
    let texts = places.flatMap { place in (1...12).map { "\(place)区" + clause.replacingOccurrences(of: "本级", with: "第\($0)级") } }
    let fingerprints = texts.map { detector.bandedFingerprint(of: $0)! }
    let banding = detector.banding
    let rows = banding.rows
    let all = banding.candidatePairs(count: texts.count, threads: 1) { band, item in fingerprints[item].sketch.bandKey(band, rows: rows) }
    #expect(all.count > texts.count)
    let new: Set<Int> = [0, 17, 18, 100, texts.count - 1]
    for threads in [1, 2] {
        let found = banding.candidatePairs(count: texts.count, involving: { new.contains($0) }, threads: threads) { band, item in
            fingerprints[item].sketch.bandKey(band, rows: rows)
        }
        #expect(found == all.filter { new.contains($0.first) || new.contains($0.second) })
    }
}

extension MinHasher {
    /// The signature of `text`'s compared characters.
    func signature(of text: String) -> [UInt64] {
        let hashes = Shingler().hashes(of: ComparisonText.characters(of: text))
        return [UInt64](unsafeUninitializedCapacity: signatureSize) { buffer, count in
            _ = sign(hashes, into: buffer)
            count = signatureSize
        }
    }
}
