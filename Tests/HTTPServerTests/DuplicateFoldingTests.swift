import Foundation
import HTTPServer
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

/// The county's sex-ratio plan and its repost on another site: near-identical copies, which a search
/// shows once (with how many copies it stands for) unless `all=true` lists them.
@Suite final class DuplicateFoldingTests: Sendable {
    static let copy = Repository.corpus.appendingPathComponent("county-sex-ratio-plan-2025.gb18030.txt").path
    static let repost = Repository.corpus.appendingPathComponent("county-sex-ratio-plan-2025-repost.txt").path
    let index: CorpusIndex

    init() throws {
        index = try CorpusIndex([DuplicateFoldingTests.copy, DuplicateFoldingTests.repost])
    }

    deinit {
        index.remove()
    }

    @Test func aSearchFoldsTheCopiesIntoOneHitAndAllListsEachCopy() async throws {
        try await index.app().test(.router) { client in
            var folded: [[String: Any]] = []
            var copies = 0
            try await client.execute(uri: "/api/search" + query([("q", "两非"), ("limit", "100"), ("per_document", "0")]), method: .get) { response in
                let object = try jsonObject(response)
                folded = try hitRecords(object)
                copies = try #require(object["copies"] as? Int)
                #expect(object["all"] as? Bool == false)
            }
            #expect(copies > 0)
            let standsFor = folded.compactMap { $0["duplicates"] as? Int }
            #expect(standsFor.reduce(0, +) == copies)
            #expect(standsFor.allSatisfy { $0 > 0 })
            #expect(folded.allSatisfy { $0["duplicate_group"] == nil })
            #expect(folded.allSatisfy { $0["kind"] as? String == "section" })

            try await client.execute(uri: "/api/search" + query([("q", "两非"), ("limit", "100"), ("all", "true"), ("per_document", "0")]), method: .get) { response in
                let object = try jsonObject(response)
                let listed = try hitRecords(object)
                #expect(object["copies"] as? Int == 0)
                #expect(listed.count == folded.count + copies)
                #expect(listed.allSatisfy { $0["duplicates"] as? Int == 0 })
                // Each folded hit's copies are listed, in the other file, in the same group.
                let groups = Dictionary(grouping: listed.filter { $0["duplicate_group"] != nil }) { $0["duplicate_group"] as? Int ?? -1 }
                #expect(groups.values.contains { Set($0.compactMap { $0["source"] as? String }) == [DuplicateFoldingTests.copy, DuplicateFoldingTests.repost] })
            }
        }
    }

    @Test func thePageSaysHowManyCopiesAHitStandsForAndLinksToThemAll() async throws {
        try await index.app().test(.router) { client in
            try await client.execute(uri: "/" + query([("q", "两非")]), method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("及 1 份近乎相同的副本"))
                #expect(page.contains("份近乎相同的副本已并入"))
                #expect(page.contains("&amp;all=1\">展开</a>"))
            }
            try await client.execute(uri: "/" + query([("q", "两非"), ("all", "1")]), method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("<mark>"))
                #expect(!page.contains("近乎相同的副本"))
            }
        }
    }

    @Test func theKindFacetsCountEveryKindWhileTheHitsAreSectionsUntilAKindIsPicked() async throws {
        try await index.app().test(.router) { client in
            try await client.execute(uri: "/api/search" + query([("q", "出生人口性别比"), ("facets", "true"), ("limit", "100")]), method: .get) { response in
                let object = try jsonObject(response)
                #expect(try hitRecords(object).allSatisfy { $0["kind"] as? String == "section" })
                let facets = try #require(object["facets"] as? [String: Any])
                let kinds = Set(try #require(facets["kind"] as? [[String: Any]]).compactMap { $0["kind"] as? String })
                #expect(kinds.isSuperset(of: ["section", "statistic"]))
            }
            try await client.execute(uri: "/api/search" + query([("q", "出生人口性别比"), ("kind", "statistic")]), method: .get) { response in
                let hits = try hitRecords(try jsonObject(response))
                #expect(!hits.isEmpty)
                #expect(hits.allSatisfy { $0["kind"] as? String == "statistic" })
            }
            try await client.execute(uri: "/api/search" + query([("q", "出生人口性别比 kind:statistic")]), method: .get) { response in
                let hits = try hitRecords(try jsonObject(response))
                #expect(!hits.isEmpty)
                #expect(hits.allSatisfy { $0["kind"] as? String == "statistic" })
            }
            try await client.execute(uri: "/" + query([("q", "出生人口性别比")]), method: .get) { response in
                let page = String(buffer: response.body)
                #expect(page.contains("kind=statistic"))
                #expect(page.contains("kind=all"))
            }
        }
    }
}

/// The `results` of a search answer.
private func hitRecords(_ object: [String: Any]) throws -> [[String: Any]] {
    try #require(object["results"] as? [[String: Any]])
}
