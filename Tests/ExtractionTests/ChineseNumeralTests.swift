import Foundation
import Testing
import TestSupport
@testable import Extraction
@testable import Ingestion

@Test(arguments: [
    ("一百一十八", "118"), ("两万", "20000"), ("十九", "19"), ("三千", "3000"), ("一千零五", "1005"),
    ("118.06", "118.06"), ("1.2万", "12000"), ("3亿", "300000000"), ("2.5万亿", "2500000000000"),
    ("1.57", "1.57"), ("一点五万", "15000"), ("三点一四一五九二六", "3.1415926"), ("二〇二五", "2025"),
    ("一万五", "15000"), ("三千五", "3500"), ("两千零十", "2010"), ("一亿二千万", "120000000"),
    ("十万亿", "10000000000000"), ("2,000", "2000"), ("１２０", "120"), ("十萬", "100000"), ("零", "0"),
    ("一百零一点五", "101.5"), ("0.50", "0.50"),
])
func chineseAndArabicNumeralsConvertExactly(text: String, expected: String) {
    #expect(ChineseNumeral.value(of: text)?.description == expected)
}

@Test(arguments: [("三五百", "300", "500"), ("六七十", "60", "70"), ("三四万", "30000", "40000"), ("七八", "7", "8")])
func abbreviatedRangesGiveBothBounds(text: String, low: String, high: String) {
    let bounds = ChineseNumeral.bounds(of: text)
    #expect(bounds?.value.description == low)
    #expect(bounds?.maximum?.description == high)
}

@Test(arguments: ["统一", "一些", "万家", "点", "十八大", "第六"])
func wordsThatMerelyContainNumeralsAreNotNumerals(text: String) {
    #expect(ChineseNumeral.value(of: text) == nil)
}

@Test func endlessMyriadsStopInsteadOfOverflowing() {
    let text = "一" + String(repeating: "亿", count: 40) + "，3" + String(repeating: "亿", count: 40)
    #expect(StatisticExtractor().figures(in: text).count <= 2)
    #expect(ChineseNumeral.value(of: "一亿亿") == DecimalNumber(literal: "10000000000000000"))
}

@Test func aLiteralIsReadFromItsBytesAsFromItsCharacters() {
    #expect(DecimalNumber(literal: "2,000")?.description == "2000")
    #expect(DecimalNumber(literal: "007.50")?.description == "7.50")
    #expect(DecimalNumber(literal: "0.5")?.description == "0.5")
    // A combining mark makes the character it joins no digit, comma or point; a line break, a sign or a full-width digit is
    // none; a literal has a digit before its point.
    for text in ["1\u{301}", "1\r\n", ",\u{301}5", "5.\u{301}", "１２", "", ".", "1.2.3", "-5", ".5"] {
        #expect(DecimalNumber(literal: text) == nil, "\(text)")
    }
}

@Test func shiftingByMyriadsNeverGoesThroughBinaryFloatingPoint() {
    #expect(DecimalNumber(literal: "1.57")!.shifted(by: 4).description == "15700")
    #expect(DecimalNumber(literal: "0.000157")!.shifted(by: 4).description == "1.57")
    #expect(DecimalNumber(literal: "1.2.3") == nil)
}

/// The inverse-text-normalisation phrases of WeTextProcessing and NeMo whose input is one numeral and
/// whose expected output is a number or a range, read from ../shared/corpus/numbers-gold.
@Test(.enabled(if: Repository.shared("corpus/numbers-gold") != nil))
func numbersGoldPhrasesConvertAsTheirAuthorsExpect() throws {
    let root = Repository.shared("corpus/numbers-gold")!
    let files = [
        ("WeTextProcessing/itn/chinese/test/data/number.txt", " => "),
        ("WeTextProcessing/itn/chinese/test/data/cardinal.txt", " => "),
        ("NeMo-text-processing/tests/nemo_text_processing/zh/data_inverse_text_normalization/test_cases_cardinal.txt", "~"),
        ("NeMo-text-processing/tests/nemo_text_processing/zh/data_inverse_text_normalization/test_cases_decimal.txt", "~"),
    ]
    var checked = 0
    var failures: [String] = []
    for (file, separator) in files {
        let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        for line in text.split(separator: "\n") {
            let parts = line.components(separatedBy: separator)
            guard parts.count == 2, let expected = GoldNumber.parse(parts[1]) else { continue }
            let input = parts[0].trimmingCharacters(in: .whitespaces)
            // Only phrases that are a numeral and nothing else: 负, 幺-read phone numbers and the
            // 127.0.0.1 style are outside what a report's figures need.
            guard input.allSatisfy({ "零〇一二两三四五六七八九十百千万亿萬億点".contains($0) }), !input.isEmpty else { continue }
            guard let bounds = ChineseNumeral.bounds(of: input) else { failures.append("\(input): no numeral"); continue }
            checked += 1
            let got = [bounds.value.description] + (bounds.maximum.map { [$0.description] } ?? [])
            if got != expected, !GoldNumber.readsLastPlaceAsUnits.contains(input) {
                failures.append("\(input): \(got) ≠ \(expected)")
            }
        }
    }
    #expect(checked > 150)
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
}

/// Expected forms of the gold phrases: `1,000`, `1万`, `100万1111`, `300~500`, `3~5万`.
enum GoldNumber {
    /// NeMo reads 一千一百一 as 1101 where everyday Chinese (and this parser) reads 1110 (一百一 is 110).
    static let readsLastPlaceAsUnits: Set<String> = ["一億零一萬一千一百一"]

    static func parse(_ text: String) -> [String]? {
        let text = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: "")
        if let tilde = text.firstIndex(of: "~") {
            var low = String(text[..<tilde])
            var high = String(text[text.index(after: tilde)...])
            for suffix in ["万", "亿", "萬", "億"] where high.hasSuffix(suffix) && !low.hasSuffix(suffix) { low += suffix }
            guard let a = single(low), let b = single(high) else { return nil }
            return [a, b]
        }
        return single(text).map { [$0] }
    }

    private static func single(_ text: String) -> String? {
        for (suffix, exponent) in [("万", 4), ("萬", 4), ("亿", 8), ("億", 8)] {
            let parts = text.components(separatedBy: suffix)
            if parts.count == 2, let high = DecimalNumber(literal: parts[0]) {
                let shifted = high.shifted(by: exponent)
                if parts[1].isEmpty { return shifted.description }
                guard let low = Int(parts[1]), let base = shifted.integerValue else { return nil }
                return String(base + low)
            }
        }
        return DecimalNumber(literal: text)?.description
    }
}
