import Foundation
import TextNormalization

extension Document {
    /// The year a document is dated: from a version date in its file name (`劳动法(2018-12-29).md`),
    /// else a year in its title (`2025年政府工作报告`), else the latest year in its metadata (a law's
    /// 沿革), else the latest in its first section (a law's preamble lists its revisions).
    public var year: Int? {
        let name = (source as NSString).lastPathComponent
        if let year = Document.years(in: name).first { return year }
        if let year = Document.years(in: title).first { return year }
        if let year = metadata.flatMap({ Document.years(in: $0.value) }).max() { return year }
        return sections.first.flatMap { Document.years(in: $0.text).max() }
    }

    /// Four-digit years from 1949 to 2100 standing alone (not inside a longer number).
    public static func years(in text: String) -> [Int] {
        let scalars = Array(text.folded.unicodeScalars)
        var years: [Int] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index].properties.numericType != nil, scalars[index].isASCII else { index += 1; continue }
            var end = index
            while end < scalars.count, scalars[end].isASCII, scalars[end].properties.numericType != nil { end += 1 }
            if end - index == 4, let year = Int(String(String.UnicodeScalarView(scalars[index..<end]))), (1949...2100).contains(year) {
                years.append(year)
            }
            index = end
        }
        return years
    }
}
