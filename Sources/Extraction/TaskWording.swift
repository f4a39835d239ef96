/// How the wording of a line tells a task from an outcome or a statement.
///
/// A task's headline opens with what is to be done — a verb (加强, 推进, 实施), often after an adverb of
/// manner (大力, 积极, 着力, 坚定不移) — while an outcome opens with its subject (经济体制改革迈出决定性步伐,
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
    ]
    /// Words of a subject that name the speaker's side: we, the whole party or nation, every level.
    static let speakerSide = ["我", "全", "各", "党", "黨", "政府", "国务院", "國務院", "同志"]

    /// Words that commit the speaker's side in a lead sentence.
    static let commitments = ["一定要", "必须", "务必", "应当", "应该", "要", "首要任务", "主要任务", "中心任务"]

    /// Whether `headline` opens with a word of doing.
    static func isTask(_ headline: String) -> Bool {
        openings.contains { headline.hasPrefix($0) }
    }

    /// Whether most of `headlines` are tasks: a list of tasks, not of outcomes, problems or topics.
    static func isTaskList(_ headlines: [String]) -> Bool {
        guard !headlines.isEmpty else { return false }
        return headlines.filter(isTask).count * 2 >= headlines.count + 1 || headlines.allSatisfy(isTask)
    }

    /// Where `word` stands in `clause` when it starts at most `offset` characters in; nil otherwise.
    /// A native scan of the clause's opening: Foundation's `range(of:)` bridges through NSString on Linux,
    /// and this runs for every clause of a speech's lead sentences.
    static func range(of word: String, in clause: Substring, within offset: Int) -> Range<String.Index>? {
        var start = clause.startIndex
        for _ in 0...offset {
            guard start < clause.endIndex else { return nil }
            let tail = clause[start...]
            if tail.hasPrefix(word) { return start..<tail.index(start, offsetBy: word.count) }
            start = clause.index(after: start)
        }
        return nil
    }

    /// The task a speech paragraph commits to in its first three sentences, from the commitment on
    /// (`我们要在党的领导下，加强…` → `在党的领导下，加强…`); nil where the lead sentences commit to nothing.
    static func commitment(in paragraph: String) -> String? {
        var sentences = 0
        var clauseStart = paragraph.startIndex
        var index = paragraph.startIndex
        while index < paragraph.endIndex, sentences < 3 {
            let character = paragraph[index]
            let isEnd = "，。；！？：".contains(character)
            if isEnd || paragraph.index(after: index) == paragraph.endIndex {
                let clause = paragraph[clauseStart..<(isEnd ? index : paragraph.endIndex)]
                // The commitment opens the clause, after at most a short subject (我们, 各级领导同志).
                for word in commitments {
                    guard let range = Self.range(of: word, in: clause, within: 7) else { continue }
                    let subject = clause[..<range.lowerBound]
                    // 只要 (as long as), 主要, 需要 and 不要 are no commitments; nor is a predicate after 是.
                    guard !subject.contains("是"), !subject.contains("不"), !(subject.last.map { "只主需重想".contains($0) } ?? false) else { continue }
                    // The speaker's side commits (我们, 全党, 各级政府), not a third party in a slogan
                    // (国家要独立，民族要解放).
                    guard subject.isEmpty || speakerSide.contains(where: { subject.contains($0) }) else { continue }
                    if word.hasSuffix("任务") {
                        return String(paragraph[range.lowerBound...].prefix { !"。！？；".contains($0) })
                    }
                    let rest = paragraph[range.upperBound...].prefix { !"。！？；".contains($0) }
                    if rest.count >= 4 { return String(rest) }
                }
                clauseStart = paragraph.index(after: index)
                if "。！？；".contains(character) { sentences += 1 }
            }
            index = paragraph.index(after: index)
        }
        return nil
    }
}
