import TextNormalization

extension SubjectFinder {
    /// Whose age a rule's age figure ending at `end` bounds (未满18周岁的兄弟姐妹, 兄弟姐妹未满18周岁, 年满60周岁农村籍退役士兵,
    /// 16—24岁失业青年): the persons the figure qualifies after it (through 的 or directly), else those named before its bound
    /// word (`named`, the name read before the figure: 兄弟姐妹未 → 兄弟姐妹); nil where neither ends in a noun of persons
    /// (提倡, 针对不, 犯罪时不: a verb or a clause; 或者已满18周岁 speaks of those named before it, which `FigureReader` gives it).
    func ageHolder(after end: Int, named: String?) -> String? {
        var start = end
        if scan[start] == SubjectFinder.de { start += 1 }
        var runEnd = start
        // 未成年人脱离监护单独生活, 婴幼儿家庭给予育儿补助: a verb opens what is said of the persons.
        while runEnd - start < SubjectFinder.longestRun, HanCharacter.contains(scan[runEnd]), !SubjectFinder.holderStops.contains(scan[runEnd]),
              runEnd - start < 2 || !isVerb(at: runEnd) {
            runEnd += 1
        }
        // 不满十四岁幼女卖淫的, 零至七周岁残疾儿童免费实施…: the persons are the longest head of the run that ends in one.
        if let holderEnd = stride(from: runEnd, through: start + 2, by: -1).first(where: { SubjectFinder.endsInPersons(scan.foldedString(start..<$0)) }) {
            return scan.original(start..<holderEnd)
        }
        guard let named else { return nil }
        var holder = Substring(named)
        // 参战退役军人、带病回乡退役军人、年(满60周岁): only the last of a list of persons holds the age.
        if let list = holder.lastIndex(of: "、") { holder = holder[holder.index(after: list)...] }
        while let last = holder.last, SubjectFinder.ageBoundRemnants.contains(last) { holder = holder.dropLast() }
        for tail in SubjectFinder.listTails where holder.hasSuffix(tail) {
            holder = holder.dropLast(tail.count)
            break
        }
        guard holder.count <= SubjectFinder.longestHolder, holder.unicodeScalars.allSatisfy(HanCharacter.contains),
              !holder.contains(where: SubjectFinder.clauseCharacters.contains), SubjectFinder.endsInPersons(holder) else { return nil }
        return String(holder)
    }

    /// Whether `name` (two characters or more) ends in a noun of persons (兄弟姐妹, 子女, 公民, 未成年人, 退役士兵, 失业青年).
    private static func endsInPersons<Name: StringProtocol>(_ name: Name) -> Bool {
        name.count >= 2 && (name.last.map(personHeads.contains) == true || personWords.contains(where: name.hasSuffix))
    }

    /// Characters that end a noun of persons.
    private static let personHeads: Set<Character> = ["人", "者", "民", "女", "子", "童", "员", "属", "妹", "弟", "兄", "母", "父", "儿",
                                                      "士", "兵", "生", "工", "孙", "性", "婴"]
    /// Nouns of persons whose last character is none of `personHeads`.
    private static let personWords = ["青年", "少年", "对象"]
    /// What stops the words after an age before they reach whose it is not (在, 的, a list's 和, a condition's 但).
    private static let holderStops: Set<UInt16> = Set("的在和与及或并且但以为给".utf16)
    /// What is left of an age's bound word before its figure (未满, 已满, 年满, 且年满, 不满: 满 is read with the figure).
    private static let ageBoundRemnants: Set<Character> = ["未", "已", "年", "且", "满", "不", "均", "都"]
    /// Words that close a list of persons before an age (兄弟姐妹和).
    private static let listTails = ["或者", "以及", "和", "及", "与", "或"]
    /// Characters that make the words before an age a clause rather than persons (居住在农村…无工作单位, 犯罪时).
    private static let clauseCharacters: Set<Character> = ["在", "的", "无", "是", "有", "为", "时"]
    /// The longest name of persons an age is read for before it.
    private static let longestHolder = 8
    /// The most characters read after an age for whose it is (年满十八周岁的中华人民共和国公民: nine).
    private static let longestRun = 12
}
