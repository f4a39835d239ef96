import Foundation

/// The date of one version of a text, as precise as it was written: a year alone sorts before any
/// day of that year.
public struct VersionDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    /// 0 where only the year is known.
    public var month: Int
    /// 0 where the day is not known.
    public var day: Int

    public init(year: Int, month: Int = 0, day: Int = 0) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: VersionDate, rhs: VersionDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public var description: String {
        var text = String(year)
        if month > 0 { text += "-" + (month < 10 ? "0" : "") + String(month) }
        if day > 0 { text += "-" + (day < 10 ? "0" : "") + String(day) }
        return text
    }

    /// The first date written in `text`: `2025-05-27`, `2025年5月27日`, `2025.5.27`, `2025年`, a bare
    /// year `2004`, or a year in Chinese numerals `二〇二三年`; years from 1900 to 2099.
    public static func first(in text: String) -> VersionDate? {
        let digits = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar -> Unicode.Scalar in
            ChineseNumber.digitValue(scalar).flatMap { Unicode.Scalar(UInt8(0x30 + $0)) } ?? scalar
        }))
        let pattern = /(?<year>(?:19|20)\d\d)(?:(?:年|-|\.|\/)(?<month>\d{1,2})(?:(?:月|-|\.|\/)(?<day>\d{1,2}))?)?/
        for match in digits.matches(of: pattern) {
            // A year must stand alone: not the tail of a longer number (No. 12019) nor followed by one.
            let before = digits[..<match.range.lowerBound].last
            let after = digits[match.range.upperBound...].first
            if let before, before.isNumber { continue }
            if match.output.month == nil, let after, after.isNumber { continue }
            guard let year = Int(match.output.year) else { continue }
            var month = match.output.month.flatMap { Int($0) } ?? 0
            var day = match.output.day.flatMap { Int($0) } ?? 0
            if !(1...12).contains(month) { month = 0; day = 0 }
            if !(1...31).contains(day) { day = 0 }
            return VersionDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// The `(YYYY-MM-DD)` or `(YYYY)` version suffix of a file name (`行政复议法(2023-09-01).md`,
    /// `人口与计划生育法（2015）.md`), full- or half-width brackets.
    public static func fileNameSuffix(of path: String) -> VersionDate? {
        let name = (path as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        guard let match = stem.firstMatch(of: /[(（](?<year>\d{4})(?:-(?<month>\d{1,2})-(?<day>\d{1,2}))?[)）]$/),
              let year = Int(match.output.year) else { return nil }
        return VersionDate(year: year, month: match.output.month.flatMap { Int($0) } ?? 0,
                           day: match.output.day.flatMap { Int($0) } ?? 0)
    }

    /// The date of a file's last modification.
    public static func modification(of path: String) -> VersionDate? {
        guard let date = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year else { return nil }
        return VersionDate(year: year, month: parts.month ?? 0, day: parts.day ?? 0)
    }

}
