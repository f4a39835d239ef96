/// Numbers typeset with a space after every digit (`1 9 9 7 年`, `7 4 7 7 2 亿元`, `8 ．8 ％`), as some
/// converted reports write them: read as written, every digit would be a number of its own.
extension LineCleaner {
    /// The lines with their spaced digit runs joined (`1997年`, `74772亿元`, `8．8％`).
    ///
    /// A run is joined only where it cannot be two numbers: single digits, each followed by one space
    /// (or a decimal point), standing between Chinese text on both sides. A table row `12 34`, a
    /// grouped `138 000元` or a list of single numbers between Latin text or spaces is left alone. In a
    /// document that writes its numbers so, a lone digit before a space and a word (`3 月`, `5 个`) loses
    /// its space too.
    static func joiningSpacedDigits(_ lines: [TextLine]) -> [TextLine] {
        guard lines.contains(where: { mayHoldSpacedDigits($0.text) }) else { return lines }
        let spacedDocument = lines.contains { line in
            mayHoldSpacedDigits(line.text) && spacedDigitRuns(in: Array(line.text.unicodeScalars), loneDigits: false).contains { $0.digits >= 2 }
        }
        guard spacedDocument else { return lines }
        return lines.map { line in
            var line = line
            line.text = joiningSpacedDigits(in: line.text, loneDigits: true)
            return line
        }
    }

    /// The text with its spaced digit runs joined; `loneDigits` also takes the space after a single
    /// digit (only in a document known to space its digits).
    static func joiningSpacedDigits(in text: String, loneDigits: Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        let runs = spacedDigitRuns(in: scalars, loneDigits: loneDigits)
        guard !runs.isEmpty else { return text }
        var result = String.UnicodeScalarView()
        var position = 0
        for run in runs {
            result.append(contentsOf: scalars[position..<run.range.lowerBound])
            result.append(contentsOf: scalars[run.range].lazy.filter { $0 != " " })
            position = run.range.upperBound
        }
        result.append(contentsOf: scalars[position...])
        return String(result)
    }

    /// A spaced run: the scalars from its first digit to the space after its last one (included when
    /// present), and how many digits it holds.
    struct SpacedDigitRun: Equatable {
        var range: Range<Int>
        var digits: Int
    }

    /// The runs to join in one line, in order.
    static func spacedDigitRuns(in scalars: [Unicode.Scalar], loneDigits: Bool) -> [SpacedDigitRun] {
        var runs: [SpacedDigitRun] = []
        var index = 0
        let count = scalars.count
        func isDigit(_ at: Int) -> Bool { at < count && isRunDigit(scalars[at]) }
        // A digit of a run stands alone: a digit next to it makes it part of a written-out number.
        func isLoneDigit(_ at: Int) -> Bool { isDigit(at) && !isDigit(at + 1) }
        while index < count {
            defer { index += 1 }
            guard isLoneDigit(index), index == 0 || isWide(scalars[index - 1]) else { continue }
            var end = index + 1
            var digits = 1
            var points = 0
            var spaced = false
            while true {
                var next = end
                var spaces = 0
                if next < count, scalars[next] == " " { next += 1; spaces += 1 }
                let point = next < count && points == 0 && isPoint(scalars[next])
                if point {
                    next += 1
                    if next < count, scalars[next] == " " { next += 1; spaces += 1 }
                }
                // Two numbers side by side are spaced without a point between them: one space only.
                guard spaces > 0 || point, point || spaces == 1, isLoneDigit(next) else { break }
                spaced = spaced || spaces > 0
                if point { points += 1 }
                digits += 1
                end = next + 1
            }
            let trailingSpace = end < count && scalars[end] == " "
            let follower = trailingSpace ? end + 1 : end
            guard follower < count, isWide(scalars[follower]) || scalars[follower] == "%" else {
                index = end - 1
                continue
            }
            if digits >= 2 ? (spaced || trailingSpace) : (loneDigits && trailingSpace) {
                runs.append(SpacedDigitRun(range: index..<follower, digits: digits))
            }
            index = end - 1
        }
        return runs
    }

    /// A quick test on the bytes: a digit, a space and a digit or a full-width point (`9 9`, `5 ．`).
    static func mayHoldSpacedDigits(_ text: String) -> Bool {
        var found = false
        var text = text
        text.withUTF8 { bytes in
            guard bytes.count >= 3 else { return }
            for index in 1..<(bytes.count - 1) where bytes[index] == 0x20 {
                let before = bytes[index - 1]
                let digitBefore = (0x30...0x39).contains(before)
                    || (index >= 3 && bytes[index - 3] == 0xEF && bytes[index - 2] == 0xBC && (0x90...0x99).contains(before))
                guard digitBefore else { continue }
                let after = bytes[index + 1]
                if (0x30...0x39).contains(after) || (after == 0xEF && index + 2 < bytes.count && bytes[index + 2] == 0xBC) {
                    found = true
                    return
                }
            }
        }
        return found
    }

    private static func isRunDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
    }

    private static func isPoint(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "．" || scalar == "."
    }

    /// Chinese text around a run: a Han character, a full-width sign or punctuation mark — not a
    /// space, a Latin letter, a digit or a point.
    private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 && scalar != "\u{3000}" && scalar != "\u{00A0}" && !isRunDigit(scalar) && !isPoint(scalar)
    }
}
