import Foundation
import Testing
@testable import Segmentation

@Suite struct LexiconTests {
    @Test func aLexiconFileTakesTheFirstFieldAsTheWordAndAnOptionalFrequency() throws {
        let text = "# 治理词表\n计划生育 120 n\n\n出生缺陷\t35\n两非\n"
        let lexicon = try Lexicon(utf8: Array(text.utf8), path: "terms.txt")
        #expect(lexicon.count == 3)
        #expect(lexicon.frequencies["计划生育"] == 120)
        #expect(lexicon.frequencies["出生缺陷"] == 35)
        #expect(lexicon.frequencies["两非"] == 0)
        #expect(!lexicon.contains("#"))
    }

    @Test func entriesAreFoldedSoTraditionalAndFullWidthFormsMatch() {
        let lexicon = Lexicon(words: ["計劃生育", "ＧＤＰ"])
        #expect(lexicon.contains("计划生育"))
        #expect(lexicon.frequencies["GDP"] != nil)
    }

    @Test func aBadFrequencyIsAnErrorNamingTheFileAndLine() {
        let text = "计划生育 120\n出生缺陷 很多\n"
        #expect {
            try Lexicon(utf8: Array(text.utf8), path: "terms.txt")
        } throws: { error in
            let error = error as? LexiconError
            return error?.line == 2 && error?.description.hasPrefix("terms.txt:2: frequency “很多”") == true
        }
    }

    @Test func invalidUTF8IsAnErrorNamingTheLine() {
        let bytes = Array("计划生育\n".utf8) + [0xB3, 0xF6, 0xC9, 0xFA, 0x0A]
        #expect {
            try Lexicon(utf8: bytes, path: "gbk.txt")
        } throws: { error in
            (error as? LexiconError)?.description == "gbk.txt:2: is not valid UTF-8"
        }
    }

    @Test func aFileWithoutWordsIsAnError() {
        #expect(throws: LexiconError.self) {
            try Lexicon(utf8: Array("# 空\n\n".utf8), path: "empty.txt")
        }
    }

    @Test func aMissingFileIsAnErrorNamingIt() {
        #expect {
            try Lexicon(contentsOf: "/nonexistent/terms.txt")
        } throws: { error in
            (error as? LexiconError)?.description.hasPrefix("/nonexistent/terms.txt: cannot be read") == true
        }
    }

    @Test func aMissingFileOrAFolderIsExplainedInTheSystemsWordsNotFoundations() throws {
        let folder = try TemporaryFolder()
        let missing = folder.url.appendingPathComponent("terms.txt").path
        for read in [{ _ = try Lexicon(contentsOf: $0) }, { _ = try Vocabulary(contentsOf: $0) }] as [(String) throws -> Void] {
            #expect {
                try read(missing)
            } throws: { error in
                (error as? LexiconError)?.description == "\(missing): cannot be read (No such file or directory)"
            }
            #expect {
                try read(folder.url.path)
            } throws: { error in
                (error as? LexiconError)?.description == "\(folder.url.path): is a folder, not a file"
            }
        }
    }

    @Test func aByteOrderMarkIsNotPartOfTheFirstWord() throws {
        let lexicon = try Lexicon(utf8: [0xEF, 0xBB, 0xBF] + Array("两非\n".utf8), path: "bom.txt")
        #expect(lexicon.contains("两非"))
    }

    @Test func mergingKeepsTheLargerFrequency() throws {
        let first = try Lexicon(utf8: Array("两非 3\n".utf8), path: "a.txt")
        let second = try Lexicon(utf8: Array("两非 7\n关爱 1\n".utf8), path: "b.txt")
        let merged = first.merging(second)
        #expect(merged.frequencies["两非"] == 7)
        #expect(merged.count == 2)
    }

    @Test func theBuiltInLexiconHoldsTheFieldsTerms() {
        for term in ["出生人口性别比", "计划生育", "胎儿性别鉴定", "人工终止妊娠", "综合治理", "两非", "乡村振兴"] {
            #expect(Lexicon.builtIn.contains(term), "\(term)")
        }
        #expect(Lexicon.builtIn.count > 500)
    }
}
