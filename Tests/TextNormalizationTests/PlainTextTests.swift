import Foundation
import Testing
import TextNormalization

/// Section paths as the index makes them (joined by ` › `), and texts where comparing bytes would differ from comparing
/// characters: a combining mark after a separator or a prefix, a compatibility ideograph (豈 U+F900 is
/// canonically 豈 U+8C48), a line break (a carriage return and a line feed make one character), an
/// ideographic space, a character outside the Basic Multilingual Plane.
private let texts = [
    "", "第一章 总则", "第一章 总则 › 第一条", "第二编 › 第一章 › 第三节 › 第九十条", "一、指导思想 › （一）总体要求 › ",
    " › 开头", "a › \u{301}b", "a\u{301} › b", "\u{F900}国 › 条", "\u{8C48}国 › 条", "第一章\n总则 › 第一条", "𠀀 › 条",
    "二、主要任务 › › 三", "Article 1 › (a)", "第一章\u{3000}总则 › 第一条", "第一章\u{3000}\u{301}总则", "第一章\r\n总则",
    "第一章\n\u{301}总则", "第一条\n第一款",
]

private let pathSeparator = " › "

@Test func pathsSplitByBytesAsFoundationSplitsThem() {
    for text in texts {
        #expect(text.fastComponents(separatedBy: pathSeparator) == text.components(separatedBy: pathSeparator), "\(text)")
    }
}

@Test func prefixesComparedByBytesWhereThatGivesStringsAnswer() {
    let prefixes = texts + ["第一章", "第一章 总则 › ", "a", "a › ", "\u{8C48}", "\u{F900}", "第二编 › 第一章 › 第三节 › 第九十条 › 更长",
                            "第一章\u{3000}", "第一章\r", "第一章\n", "第一条"]
    for text in texts {
        for prefix in prefixes {
            #expect(text.fastHasPrefix(prefix) == text.hasPrefix(prefix), "\(text) \(prefix)")
        }
    }
}

@Test func wordListsComparedByBytesWhereThatGivesStringsAnswer() {
    let words = ["第一章", "第一章 总则 › ", "a", "\u{8C48}", "\u{F900}", "第一章\u{3000}", "第一章\r", "第一章\n", "第一条", "加强", "加强领导"]
    for text in texts + ["加强", "加强\u{301}领导", "加强领导", "加", "\u{F900}国"] {
        #expect(PlainPrefixes(words).anyIsPrefix(of: text) == words.contains { text.hasPrefix($0) }, "\(text)")
        for word in words {
            #expect(PlainPrefixes([word]).anyIsPrefix(of: text) == text.hasPrefix(word), "\(text) \(word)")
        }
    }
}
