import TextNormalization

extension SubjectFinder {
    /// The name of a holiday's length in days (一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。 → 元旦放假天数): the holiday its
    /// line is labelled with — before a colon in its sentence, or the heading of its section where the label was read as one
    /// (`heading`) — where the sentence says 放假 before the figure starting at `start`; nil elsewhere.
    func holidayLength(at start: Int, sentence: Range<Int>, heading: String?) -> String? {
        let before = scan.foldedString(sentence.lowerBound..<start)
        guard before.contains(SubjectFinder.holiday) else { return nil }
        var label: Substring
        if let colon = before.firstIndex(where: { $0 == ":" || $0 == "：" }) {
            label = before[..<colon]
        } else if let heading {
            label = Substring(heading)
        } else {
            return nil
        }
        label = label.drop(while: { $0.isWhitespace })
        // 一、元旦: the list's number is no part of the holiday.
        if let mark = label.firstIndex(of: "、"), label[..<mark].allSatisfy({ "一二三四五六七八九十".contains($0) || $0.isASCII && $0.isNumber }) {
            label = label[label.index(after: mark)...]
        }
        guard (2...5).contains(label.count), label.unicodeScalars.allSatisfy(HanCharacter.contains) else { return nil }
        return label + SubjectFinder.holidayDays
    }

    private static let holiday = "放假"
    private static let holidayDays = "放假天数"
}
