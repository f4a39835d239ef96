import TextNormalization

/// How the wording of a line tells a task from an outcome or a statement.
///
/// A task's headline opens with what is to be done — a verb (加强, 推进, 实施), often after an adverb of
/// manner (大力, 积极, 着力, 坚定不移, 有计划有步骤地) — while an outcome opens with its subject (经济体制改革迈出决定性步伐,
/// 国民经济继续快速增长). In a speech without numbering, a task is a paragraph whose lead sentence
/// commits the speaker's side: 我们要…, 必须…, 务必…, 我们的首要任务，是….
enum TaskWording {
    /// Words a task's headline opens with: verbs of governing and adverbs that precede them.
    static let openings: [String] = [
        "加强", "加快", "加大", "加速", "推进", "推动", "推行", "坚持", "坚定", "坚决", "深化", "深入", "实施", "实行", "完善", "健全",
        "建立", "建设", "构建", "提高", "提升", "扩大", "促进", "发展", "优化", "强化", "落实", "做好", "抓好", "抓紧", "保持", "保障",
        "大力", "积极", "着力", "切实", "全面", "进一步", "努力", "继续", "严格", "严厉", "开展", "打造", "培育", "支持", "鼓励", "引导",
        "改善", "改革", "维护", "防范", "稳定", "稳步", "扎实", "不断", "更好", "依靠", "下决心", "认真", "密切", "围绕", "充分", "调整",
        "动员", "打通", "拓展", "规范", "制定", "明确", "成立", "组织", "践行", "激发", "打击", "查处", "整治", "治理", "综合治理",
        "办好", "搞好", "管好", "用好", "做强", "巩固", "提倡", "倡导", "宣传", "普及", "实现", "确保", "力争", "集中", "统筹", "协调",
        "重视", "高度重视", "抓住", "加紧", "加以", "大幅", "适度", "合理", "有效", "着眼", "聚焦", "突出", "抓", "搞", "办",
        "以", "为", "把", "用", "按照", "依法", "全力", "千方百计", "持续", "进行", "开创", "创新", "建成", "消除", "减轻", "控制",
        "增加", "增强", "减少", "降低", "放宽", "取消", "简化", "清理", "推广", "试行", "启动", "部署", "增进", "弘扬", "培养", "发挥",
        "保护", "防止", "反对", "克服", "纠正", "解决", "应对", "化解", "稳妥", "有序", "逐步", "尽快", "抓实", "落细", "要", "必须",
        "紧扣", "紧紧围绕", "着眼于", "采取", "拓宽", "注重", "改进", "严肃", "毫不放松", "更加", "从严", "厉行",
        "有计划", "有步骤", "有重点",
    ]
    /// Words of a subject that name the speaker's side: we, the whole party or nation, every level.
    static let speakerSide = ["我", "全", "各", "党", "政府", "国务院", "同志"]

    /// Words that commit the speaker's side in a lead sentence.
    static let commitments = ["一定要", "必须", "务必", "应当", "应该", "要", "首要任务", "主要任务", "中心任务"]

    /// Subjects and modal words before the task in a plan's item (——我们要推动经济发展再上新台阶).
    static let speakerOpenings = ["我们要", "我们将", "我们必须", "我们一定要"]

    /// `text` without a speaker's commitment before its task: the task is what the item names.
    static func droppingSpeaker(_ text: String) -> String {
        guard let opening = speakerOpenings.first(where: { text.hasPrefix($0) }) else { return text }
        return String(text.dropFirst(opening.count))
    }

    /// The openings, compared by bytes where that gives `hasPrefix`'s answer: `isTask` is asked of every clause
    /// and heading a rule reads, and comparing characters, opening by opening, cost more than the rules.
    private static let openingPrefixes = PlainPrefixes(openings)

    /// Whether `headline` opens with a word of doing.
    static func isTask(_ headline: String) -> Bool {
        openingPrefixes.anyIsPrefix(of: headline)
    }

    /// Openings and endings of a clause that sets the frame of a task rather than naming it: from where
    /// it starts (从根本上说, 从一切为人民的思想出发), on what ground (在试点的基础上), to meet what (适应新的形势).
    static let framingOpenings = ["从", "在", "随着", "根据", "适应", "面对", "鉴于"]
    static let framingEndings = ["出发", "来说", "上说", "来看", "形势", "基础上", "情况下", "前提下"]

    /// The clause of a numbered line that names its task: the first, or where the first only frames what
    /// follows (第六，从根本上说，要保持…，必须坚定不移地全面推进经济体制改革; 第四，在试点的基础上，加快经济
    /// 管理体制改革的进程), the first of the next two clauses of its sentence that opens with a word of doing
    /// (必须 first). A first clause that is neither stays the headline.
    static func headline(of text: String) -> String {
        // The first line only: a heading on a line of its own (（一）进一步稳定和加强农业) ends there.
        let sentence = SectionTree.leadSentence(String(text.drop { "\n 　".contains($0) }))
        let first = SectionTree.firstClause(sentence)
        guard !isTask(first), framingOpenings.contains(where: { first.fastHasPrefix($0) }) || framingEndings.contains(where: { first.hasSuffix($0) })
        else { return first }
        let clauses = sentence.unicodeScalars.split { "，,；;：:".unicodeScalars.contains($0) }.prefix(3).map { String($0).trimmingSpaces() }.dropFirst()
        // 要保持…，必须…: the first clause states the purpose, the one after 必须 the task.
        return clauses.first { $0.hasPrefix("必须") } ?? clauses.first(where: isTask) ?? first
    }

    /// Whether most of `headlines` are tasks: a list of tasks, not of outcomes, problems or topics.
    static func isTaskList(_ headlines: [String]) -> Bool {
        guard !headlines.isEmpty else { return false }
        return headlines.filter(isTask).count * 2 >= headlines.count + 1 || headlines.allSatisfy(isTask)
    }

    /// The commitment words as scalars, in the order they are tried.
    private static let commitmentScalars = commitments.map { Array($0.unicodeScalars) }
    private static let speakerSideScalars = speakerSide.map { Array($0.unicodeScalars) }
    private static let clauseEnds: Set<Unicode.Scalar> = Set("，。；！？：".unicodeScalars)
    /// The characters of adverbs and conjunctions that may stand before a commitment without naming
    /// who commits: 都, 也, 又, 就, 还, 更, 而且, 并且, 同时, 但, 因此, 所以, 仍然, 首先, 今后, 当然.
    private static let linkingScalars: Set<Unicode.Scalar> = Set("都也又就还更而且并同时但因此所以仍然首先今后当".unicodeScalars)
    private static let sentenceEnds: Set<Unicode.Scalar> = Set("。！？；".unicodeScalars)
    private static let notCommittingBefore: Set<Unicode.Scalar> = Set("只主需重想".unicodeScalars)

    /// Whether `word` is written in `scalars` at `start`, before `end`.
    private static func has(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], at start: Int, before end: Int) -> Bool {
        guard start + word.count <= end else { return false }
        for offset in word.indices where scalars[start + offset] != word[offset] { return false }
        return true
    }

    /// The task a speech paragraph commits to in its closing sentence (…我们应当继续开展革命大批判，彻底肃清它的恶劣影响。), read as
    /// `commitment(in:)` reads a lead; nil where the closing sentence commits to nothing or stands inside a quotation (a quoted
    /// instruction that closes the paragraph is the words of the one quoted).
    static func closingCommitment(in paragraph: String) -> String? {
        let scalars = Array(paragraph.unicodeScalars)
        var end = scalars.count
        while end > 0, scalars[end - 1] == "”" || sentenceEnds.contains(scalars[end - 1]) || scalars[end - 1].properties.isWhitespace { end -= 1 }
        let start = scalars[..<end].lastIndex(where: sentenceEnds.contains).map { $0 + 1 } ?? 0
        var open = 0
        for scalar in scalars[..<start] {
            if scalar == "“" { open += 1 } else if scalar == "”" { open = max(0, open - 1) }
        }
        guard start > 0, open == 0 else { return nil }
        return commitment(in: String(String.UnicodeScalarView(scalars[start..<scalars.count])))
    }

    /// Verbs after a commitment word that make it an assertion, not a task: 我们必须看到… (we must recognise),
    /// 在这里，我们应当指出… (we must point out) introduce an assessment or a principle.
    private static let assertingScalars = ["看到", "指出", "认识到", "承认", "懂得"].map { Array($0.unicodeScalars) }

    /// How a clause ends that reports another's words (毛主席经常教导我们，要注意…): the rest of its sentence is theirs.
    private static let reportingScalars = ["教导我们", "指出", "说过"].map { Array($0.unicodeScalars) }

    /// Addresses that open a speech's appeal to its audience (同志们！党的十大…将有深远的影响。最近，我们还要举行…; 各位代表！
    /// …希望各位代表给我们详细的指示): its closing or a transition, not a task.
    static let appeals = ["同志们！", "各位代表！"]

    /// The task a speech paragraph commits to in its first three sentences, from the commitment on
    /// (`我们要在党的领导下，加强…` → `在党的领导下，加强…`); nil where the lead sentences commit to nothing.
    /// A clause inside quotation marks is the words of the one quoted (毛主席…号召全党：“要搞马克思主义，不要搞修正主义；
    /// 要团结，不要分裂”), a principle cited, not the speaker's commitment; so is the rest of a sentence after a clause
    /// that reports words (毛主席经常教导我们，要注意一个倾向掩盖着另一个倾向).
    /// Read as an array of scalars: this runs for every paragraph of a speech, and grapheme iteration and
    /// Foundation's searches (which bridge through NSString on Linux) were most of its cost.
    static func commitment(in paragraph: String) -> String? {
        let scalars = Array(paragraph.unicodeScalars)
        var sentences = 0
        var clauseStart = 0
        var quoted = false
        var clauseQuoted = false
        var reported = false
        var index = 0
        while index < scalars.count, sentences < 3 {
            let scalar = scalars[index]
            if scalar == "“" {
                quoted = true
            } else if scalar == "”" {
                quoted = false
                // A sentence the quotation closed on (毛主席指出：“…几个阶段。”我们要…): the clause after the closing mark is the speaker's.
                if index == clauseStart { clauseQuoted = false }
            }
            let isEnd = clauseEnds.contains(scalar)
            if (isEnd || index + 1 == scalars.count) && !clauseQuoted && !reported {
                let clauseEnd = isEnd ? index : scalars.count
                // The commitment opens the clause, after at most a short subject (我们, 各级领导同志).
                for (number, word) in commitmentScalars.enumerated() {
                    guard let start = (clauseStart...(clauseStart + 7)).first(where: { has(word, in: scalars, at: $0, before: clauseEnd) }) else { continue }
                    guard !assertingScalars.contains(where: { has($0, in: scalars, at: start + word.count, before: clauseEnd) }) else { continue }
                    let subject = scalars[clauseStart..<start]
                    // 只要 (as long as), 主要, 需要 and 不要 are no commitments; nor is a predicate after 是.
                    guard !subject.contains("是"), !subject.contains("不"), !(subject.last.map(notCommittingBefore.contains) ?? false) else { continue }
                    // The speaker's side commits (我们, 全党, 各级政府), not a third party in a slogan
                    // (国家要独立，民族要解放).
                    // A subject of linking words alone (都, 而且, 同时也) leaves the speaker's side in place.
                    guard subject.allSatisfy(linkingScalars.contains) || speakerSideScalars.contains(where: { side in
                        subject.indices.contains { has(side, in: scalars, at: $0, before: start) }
                    }) else { continue }
                    var from = commitments[number].hasSuffix("任务") ? start : start + word.count
                    // 要求 (为了实现国家预算，要求工业、交通运输企业…) commits by the whole word: the task is not cut after its 要.
                    if word.last == "要", from < clauseEnd, scalars[from] == "求" { from -= 1 }
                    let to = scalars[from...].firstIndex(where: sentenceEnds.contains) ?? scalars.count
                    var rest = String.UnicodeScalarView()
                    rest.append(contentsOf: scalars[from..<to])
                    if commitments[number].hasSuffix("任务") || String(rest).count >= 4 { return String(rest) }
                }
            }
            if isEnd || index + 1 == scalars.count {
                if sentenceEnds.contains(scalar) {
                    sentences += 1
                    reported = false
                } else if reportingScalars.contains(where: { index >= $0.count && has($0, in: scalars, at: index - $0.count, before: index) }) {
                    reported = true
                }
                clauseStart = index + 1
                clauseQuoted = quoted
            }
            index += 1
        }
        return nil
    }
}
