import Foundation
import Ingestion

/// The tasks of a report or speech (a government work report, a congress report).
///
/// Its numbered parts are read one by one. A part of background or targets (总体要求, 预期目标) holds
/// none. A part headed as a review (回顾, 过去, 年来) reports what was done; otherwise its tense decides
/// (`MeasureRole.of`), and once a part has planned, a later part headed by a task plans too. A part's tasks are its numbered sub-sections, or else the numbered
/// paragraphs of its text (一是…, 第一，…), where most of them open with a word of doing — so that the
/// review's outcomes and problems (经济体制改革迈出决定性步伐; 一是 去年出台的调价项目…) are no tasks.
/// A planning part without such a list is one task itself (1995: 三、以国有企业为重点深化经济体制改革), and
/// so is a part headed by its task whose only lists are marked 一是, 二是 … (2000: 二、坚持实行扩大内需的方针,
/// its 一是…三是 the items of one paragraph): which level carries the tasks is read from the headings — a
/// part headed by a task is one, a part headed by a year, a topic or a review holds them. A part whose
/// heading names tasks beside targets (二、“十二五”时期的主要目标和任务) gives its list of tasks (the plan's ——
/// items) and is no task itself.
/// A speech without numbered parts (1954–1977) has as tasks the paragraphs whose lead sentences
/// commit to one (`TaskWording.commitment`); so does a report whose parts yield fewer than three tasks.
struct ReportTaskFinder {
    let extractor: MeasureExtractor
    let tree: SectionTree
    let document: Document

    /// The shortest text (in scalars, after its heading) of a paragraph that is a task of its own.
    static let shortestTaskText = 60

    /// The fewest parts headed by tasks that carry a plan's tasks themselves, their lists being items.
    static let fewestTaskParts = 4

    /// The report's tasks, without those of foreign policy.
    func measures() -> [Measure] {
        ReportTaskFinder.withoutForeignPolicy(allMeasures())
    }

    /// Words of a task's lead sentence that name foreign policy (十二大: 五、坚持独立自主的对外政策; 1979: 四、反对霸权主义、维护世界
    /// 和平; 2002: 八、进一步做好外交工作; 十八大: 十一、继续促进人类和平与发展的崇高事业; 十九大: 十二、…推动构建人类命运共同体).
    static let foreignPolicyWords = ["外交", "对外政策", "霸权主义", "世界和平", "人类命运共同体", "和平与发展"]

    /// `measures` without the tasks whose lead sentence names foreign policy, and their items: the government's
    /// domestic tasks are the measures, as a topic speech's 关于外交工作 is none (`isTopic`); defence and unification
    /// are kept, uncoded.
    static func withoutForeignPolicy(_ measures: [Measure]) -> [Measure] {
        var dropping = false
        return measures.filter { measure in
            if measure.level == 1 {
                let lead = SectionTree.leadSentence(measure.text)
                dropping = foreignPolicyWords.contains { lead.containsScalars($0) }
            }
            return !dropping
        }
    }

    private func allMeasures() -> [Measure] {
        let (parts, restarted) = foldingRestarts(tree.topSections().filter { SectionTree.stripOrdinal(tree.sections[$0].heading).ordinal != nil })
        guard parts.count >= 2 else { return ordinalTasks() ?? speechMeasures() }
        // A speech in topics (1983: （一）关于经济建设 … （四）关于政法工作, （五）关于外交工作) has its tasks at the level of
        // the topics: each domestic topic is one task, its lists (第一、…; （１）…) the task's items. Not where the topic
        // parts are divided into sections headed each by a task (十三大: 四、关于经济体制改革 （一）…（六）): those carry the tasks.
        // A part named by its period (一、关于过去五年的政府工作, 二、关于1998年政府工作的建议) frames a review or a plan, not a topic.
        let topicParts = parts.filter { part in
            let headline = SectionTree.stripOrdinal(tree.sections[part].heading).text
            return isTopic(headline) && !headline.containsScalars("年") && !ReportTaskFinder.namesReview(headline)
        }
        if topicParts.count * 2 > parts.count, topicParts.filter(hasHeadedSections).count * 2 < topicParts.count {
            // A speech to the party's comrades in topic parts (九大: 三、关于认真搞好斗、批、改 … 六、关于党的整顿和建设) is a congress
            // speech like the unnumbered ones (十大, 1975): its parts are passages of paragraphs, and the tasks are the paragraphs
            // that commit, not the topics, which a report to the deputies (1957, 1983) sets as the government's fields of work.
            // Only the parts that plan by their tense are read (三、四、), not the history (一、关于…的准备, 二、…的过程) nor the
            // record; in them a paragraph commits in its lead or in its closing sentence (…我们要…认真改造自己的世界观).
            if addressesComrades {
                let speech = speechMeasures(reading: parts.filter { MeasureRole.of(tree.fullText(of: $0)) == .planned }, readsClosing: true)
                if speech.count >= 3 { return speech }
            }
            let topics = topicMeasures(parts)
            if topics.count >= 3 { return topics }
        }
        let announced = announcedRuns(parts)
        var measures: [Measure] = []
        // A report reviews before it plans: once a part has planned tasks, a later part headed by a task
        // plans too, however much of its text tells the past (1992: 五、积极推进祖国和平统一大业, whose
        // account of 两岸关系 comes before its commitments).
        var planning = false
        // A plan of four or more parts headed by their tasks (1997: 二、保持国民经济发展的良好势头 … 六、) has its
        // tasks at the level of the parts: a part's own list of paragraphs (三、在国有企业改革方面迈出更大的
        // 步伐 第一…第五) is that task's items, as its siblings' unnumbered paragraphs are theirs. With fewer
        // (1987: 二、坚持长期稳定发展经济的方针 第一…第六), or where parts are divided into sections of their own
        // (十九大: 五、贯彻新发展理念… （一）深化供给侧结构性改革; 2005), the numbered lists carry the tasks.
        let taskParts = parts.filter { part in
            let heading = tree.sections[part].heading
            let headline = SectionTree.firstClause(SectionTree.stripOrdinal(heading).text)
            return !extractor.isBackground(heading) && TaskWording.isTask(headline) && !ReportTaskFinder.namesReview(headline)
        }
        let partsAreTasks = taskParts.count >= ReportTaskFinder.fewestTaskParts && !taskParts.contains(where: hasHeadedSections)
        for part in parts {
            let headline = SectionTree.firstClause(SectionTree.stripOrdinal(tree.sections[part].heading).text)
            // A heading naming tasks beside targets (二、“十二五”时期的主要目标和任务) holds a list of tasks;
            // its targets are statistics, and it is no task itself.
            let isBackground = extractor.isBackground(tree.sections[part].heading)
            if isBackground && !headline.containsScalars("任务") || ReportTaskFinder.namesGuidingTheory(headline) { continue }
            let text = tree.fullText(of: part)
            // A part headed by a task (六、积极促进祖国和平统一大业) plans unless its text is mostly of the past;
            // a part of a list announced as tasks (下列十条方针：一、…) has the announcement's role.
            let (past, future) = MeasureRole.tense(text)
            let role: MeasureRole = announced[part] ?? (ReportTaskFinder.namesReview(headline) ? .done
                : TaskWording.isTask(headline) ? (!planning && past > future && past >= 2 ? .done : .planned) : MeasureRole.of(text))
            let isTask = !isBackground && (announced[part] != nil || TaskWording.isTask(headline))
            // A part headed by its task (二、坚持实行扩大内需的方针) is the task: lists marked 一是, 二是 … inside
            // it are the items of one of its paragraphs (包括以下几个方面。一是…), not tasks. Only a list
            // numbered at a level of its own (第一，…; （一）…) carries the tasks below such a part (1987: 二、
            // 坚持长期稳定发展经济的方针 第一…第六). A review's 一是…六是 (一、2015年工作回顾) are its tasks.
            let isTaskHeaded = isTask && !ReportTaskFinder.namesReview(headline)
            let found = measures.count
            defer {
                if role == .planned, measures.count > found { planning = true }
                // Items numbered afresh between this part and the next (四、… 一、… 二、… 五、) are its items.
                if measures.count > found, let items = restarted[part] {
                    for (number, item) in items.enumerated() {
                        measures.append(extractor.measure(at: item, position: number + 1, level: 2, in: tree, document: document, role: role))
                    }
                }
            }
            // A list its closing summary names as lessons or principles (以上十条，是…必须坚持的基本经验) is no list of tasks.
            let isPrinciples = ReportTaskFinder.closesAsPrinciples(text)
            let tasks = isPrinciples ? [] : numberedTasks(under: part, isTaskHeaded: isTaskHeaded, closesOnPlan: part == closingPlan(parts))
            // A list that a paragraph of a section inside the part announces as the tasks carries them wherever it sits, where
            // it is the longer list (1979: 二、打好四个现代化的第一个战役 › （五）在发展生产的基础上 … 当前我们发展国民经济的主要任务，
            // 是要着重抓好以下的十项工作。第一、… 第十、; the part's （一）–（五） are the year's targets).
            if role == .planned, let list = announcedTaskList(in: part), list.paragraphs.count > tasks.count {
                measures += extractor.paragraphMeasures(of: list.section, in: tree, document: document, role: role, paragraphs: list.paragraphs)
                continue
            }
            // Of two lists, the longer is the part's tasks: 2016's six —— measures of the five-year plan,
            // not the three points (一是…三是) to grasp after them.
            let dashed = role == .planned ? dashTasks(of: part) : []
            let numbered = tasks.isEmpty && !isPrinciples ? paragraphTasks(of: part, isTaskHeaded: isTaskHeaded) : []
            let topics = tasks.isEmpty && numbered.isEmpty && role == .planned ? topicParagraphs(of: part) : []
            // In a plan whose parts are its tasks, a planning part headed by its task or holding a list of
            // them (1997: 三、在国有企业改革方面迈出更大的步伐 第一…第五) is one task.
            // Not where the part's numbered paragraphs are passages of their own, each several paragraphs long
            // (十二大: 六、把党建设成为…坚强核心 第一、健全党的民主集中制… over five paragraphs each): they carry the tasks.
            if partsAreTasks, role == .planned, isTaskHeaded || !tasks.isEmpty || !numbered.isEmpty, !ReportTaskFinder.arePassages(numbered) {
                measures += extractor.measureWithSubtasks(at: part, position: measures.count + 1, in: tree, document: document, role: role)
                continue
            }
            // A part headed by its task whose text announces the list after it as the task's means (1958: （四）厉行节约，
            // 反对浪费 … 我们准备采取以下各项主要措施。第一，… 第四，…) is one task, the list its items. Not where the
            // heading itself names measures (1980: 三、采取有力措施，保证…计划的完成 … 四个方面需要采取的主要措施，作如下
            // 说明。): that heading announces the list of tasks.
            if isTaskHeaded, role == .planned, tasks.isEmpty, !ReportTaskFinder.meansWords.contains(where: { tree.sections[part].heading.containsScalars($0) }),
               ReportTaskFinder.announcesMeans(tree.sections[part].text) {
                measures += extractor.measureWithSubtasks(at: part, position: measures.count + 1, in: tree, document: document, role: role)
                continue
            }
            if !tasks.isEmpty, tasks.count >= dashed.count {
                for (position, task) in tasks.enumerated() {
                    measures += extractor.measureWithSubtasks(at: task.index, position: position + 1, in: tree, document: document, role: role)
                    for (number, item) in task.items.enumerated() {
                        measures.append(extractor.measure(at: item, position: number + 2, level: 2, in: tree, document: document, role: role))
                    }
                }
            } else if let paragraphs = [numbered, dashed].filter({ !$0.isEmpty }).max(by: { $0.count < $1.count }) {
                measures += extractor.paragraphMeasures(of: part, in: tree, document: document, role: role, paragraphs: paragraphs)
                    .filter { TaskWording.isTask($0.headline) }
            } else if !topics.isEmpty {
                measures += extractor.paragraphMeasures(of: part, in: tree, document: document, role: role, paragraphs: topics)
            } else if role == .planned, isTask || planning && !isBackground && ReportTaskFinder.namesField(headline),
                      !tree.sections[part].text.isEmpty || !tree.children(of: part).isEmpty {
                // A part without a list is one task where its heading names one; 七、关于外交工作 names a topic. Once the
                // report plans, so is a part named by a field of construction (十五大: 七、有中国特色社会主义的文化建设).
                measures += extractor.measureWithSubtasks(at: part, position: measures.count + 1, in: tree, document: document, role: role)
            }
        }
        // Parts too coarse to carry the tasks (1956–1959: three to five long parts, none a list) leave
        // them in the lead sentences of their paragraphs, as in an unnumbered speech.
        if measures.filter({ $0.level == 1 }).count < 3 {
            let topics = topicMeasures(parts)
            if topics.count >= 3 { return topics }
            // Topics one level down (1955: 三、第一個五年計劃的若幹問題 › （一）关于工业和运输业的基本建设问题 … （八）关于厉行节约问题):
            // a part whose numbered sections are mostly topics has its tasks in them, as a speech in topics has.
            let subtopics = topicMeasures(parts.flatMap { tree.children(of: $0).filter { SectionTree.stripOrdinal(tree.sections[$0].heading).ordinal != nil } })
            if subtopics.count >= 3 { return subtopics }
            // Only the parts that plan by their tense are read, and only a plan of three or more: a report that tells what its
            // group did and the state it is in (the 北京 group's report to the first congress, 一大, parts 一–三) closes
            // paragraphs of experience and of the state of affairs on 应当…, 我们必须… — conclusions, not the tasks it leaves to
            // the congress to set.
            let planning = parts.filter { MeasureRole.of(tree.fullText(of: $0)) == .planned }
            let speech = planning.isEmpty ? [] : speechMeasures(parts: planning, reading: planning)
            if speech.count >= ReportTaskFinder.fewestOrdinalTasks, speech.count > measures.count { return speech }
        }
        return measures
    }

    /// The report's last part where it closes on its plan after parts that all tell the past or the state of affairs (the
    /// 廣州 group's report to the first congress: 一、去年 and 二、现状, then 三、今后意见 1．–5．): the part that plans by its
    /// tense, read by its place; nil where the report plans earlier or not at all.
    private func closingPlan(_ parts: [Int]) -> Int? {
        guard let last = parts.last, parts.count >= 2, MeasureRole.of(tree.fullText(of: last)) == .planned,
              parts.dropLast().allSatisfy({ MeasureRole.of(tree.fullText(of: $0)) == .done }) else { return nil }
        return last
    }

    /// The parts without the items numbered afresh between two parts of one style (四、 一、 二、 三、 五、:
    /// 一、–三、 are 四's items, written at the level of the parts), and those items by the part before them.
    /// Only a run 1, 2, 3 … followed at once by the next part's number is folded: where numbering restarts
    /// again and again (a speech whose sub-lists were all written at one level), it is left as it is.
    private func foldingRestarts(_ parts: [Int]) -> (parts: [Int], items: [Int: [Int]]) {
        let numbers = parts.map { (style: ReportTaskFinder.numberStyle(tree.sections[$0].heading), ordinal: SectionTree.stripOrdinal(tree.sections[$0].heading).ordinal ?? 0) }
        var kept: [Int] = []
        var items: [Int: [Int]] = [:]
        var position = 0
        while position < parts.count {
            let number = numbers[position]
            if let last = kept.last, number.ordinal == 1, numbers[last].style == number.style {
                // The run ends where the parts' numbering goes on (四、 一、 二、 三、 五、: at 五、): after the
                // whole run 1, 2, 3 … where the next part follows it, else at the last number inside it that
                // continues the parts (二、 一、 二、 三、 四、: 三、 and 四、 are parts).
                var runEnd = position + 1
                while runEnd < parts.count, numbers[runEnd].style == number.style, numbers[runEnd].ordinal == runEnd - position + 1 { runEnd += 1 }
                let continues = { (index: Int) in numbers[index].style == number.style && numbers[index].ordinal == numbers[last].ordinal + 1 }
                // A run written as one sentence's items (1987: 四、… 一、继续深入批评…； … 五、大力加强…。) is one
                // list: its last number does not continue the parts.
                let isSentence = (position..<runEnd - 1).allSatisfy { tree.sections[parts[$0]].heading.trimmingSpaces().hasSuffix("；") }
                // A run that the text before it announces (国务院要在今后五年里努力实现以下的十项主要任务。一、… 十、) is
                // a list of its own where its numbers run on past the parts' (1988: 一、–五、 twice, then 一、–十、).
                let isAnnounced = ReportTaskFinder.announcement(in: tree.sections[parts[position] - 1].text) != nil
                if let end = runEnd < parts.count && continues(runEnd) ? runEnd
                    : isAnnounced ? nil : (position + 1..<runEnd).last(where: continues).map({ isSentence ? runEnd : $0 }) {
                    items[parts[last]] = Array(parts[position..<end])
                    position = end
                    continue
                }
            }
            kept.append(position)
            position += 1
        }
        return (kept.map { parts[$0] }, items)
    }

    /// What a congress report's part names as the theory that guides its tasks (十六大: 二、全面贯彻“三个代表”重要思想; 十七大:
    /// 三、深入贯彻落实科学发展观) …
    private static let guidingTheories = ["思想", "发展观", "理论", "理论体系"]

    /// … whose part states the line the tasks follow, in points of understanding (贯彻“三个代表”重要思想，必须使…), and holds
    /// none: a part headed by carrying out the theory, not by a task (八、贯彻依法治国方略 is one).
    static func namesGuidingTheory(_ headline: String) -> Bool {
        headline.containsScalars("贯彻") && guidingTheories.contains { headline.hasSuffix($0) }
    }

    /// Whether a part's heading names the review of the past (一、2021年工作回顾, 一、关于过去五年的政府工作,
    /// 一、一年来工作回顾): its tasks were done, however often its text says what must still be done — the
    /// reviews of 2014, 2019, 2022 and 2023 close on the problems to solve (要…), which outweighed their 了.
    static func namesReview(_ headline: String) -> Bool {
        ["回顾", "过去", "年来"].contains { headline.containsScalars($0) }
    }

    /// How a heading is numbered — 一、, （一）, 1., 第一 — so that runs of one style are told apart.
    static func numberStyle(_ heading: String) -> Unicode.Scalar {
        guard let first = heading.trimmingSpaces().unicodeScalars.first else { return " " }
        if first == "(" || first == "（" { return "（" }
        if first == "第" { return "第" }
        return ("0"..."9").contains(first) || ("０"..."９").contains(first) ? "1" : "一"
    }

    /// Words of a list of principles to hold to (把握好以下几点, 坚持以下原则, 正确处理以下几个关系, 应当确立哪些…指导方针呢) …
    private static let principleWords = ["原则", "把握", "关系", "要点", "指导方针"]
    /// … unless the same clause names tasks (突出重点、把握关键，着重抓好以下几个方面工作 names both, in two clauses).
    private static let taskWords = ["抓好", "做好", "任务", "措施"]
    private static let sentenceEnds: Set<Unicode.Scalar> = Set("。！？\n".unicodeScalars)
    /// Words that announce a list by its count or by asking for it (我们应当确立哪些具有长远意义的指导方针呢？).
    private static let countedAnnouncers = ["几点", "几条", "几个", "两点", "三点", "四点", "五点", "三条", "四条", "五条", "哪些"]

    /// Whether the last sentence of `text` announces a list of principles rather than of tasks: the clause
    /// that announces the list (以下, 下列, 如下, 三点, 哪些 …) names principles to grasp and no tasks (实现今年的目标
    /// 任务，**要把握好以下原则和政策取向**。; 做好今年政府工作，**要把握好以下三点**。; 十八大: **必须牢牢把握以下基本要求**；
    /// 十三大: **我们应当确立哪些具有长远意义的指导方针呢**？). Such a list — 第一，稳定和完善宏观经济政策 …; ——必须坚持人民主体
    /// 地位 … — states the stance the tasks follow; the tasks come in their own list.
    static func announcesPrinciples(_ text: String) -> Bool {
        // The last sentence, found from the end: this runs for every part and every line of a part's text.
        let scalars = text.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, case let before = scalars.index(before: end),
              sentenceEnds.contains(scalars[before]) || scalars[before].properties.isWhitespace {
            end = before
        }
        let start = scalars[..<end].lastIndex(where: sentenceEnds.contains).map(scalars.index(after:)) ?? scalars.startIndex
        let last = String(scalars[start..<end])
        guard principleWords.contains(where: { last.containsScalars($0) }) else { return false }
        let clauses = last.unicodeScalars.split { "，,；;：:".unicodeScalars.contains($0) }.map(String.init)
        guard let clause = clauses.last(where: { clause in (listAnnouncers + countedAnnouncers).contains { clause.containsScalars($0) } }) else { return false }
        return principleWords.contains { clause.containsScalars($0) } && !taskWords.contains { clause.containsScalars($0) }
    }

    /// Words by which a list's closing summary names it as lessons or principles to hold to (基本经验, 基本方略, 原则) …
    private static let summaryPrincipleWords = ["经验", "方略", "原则"]
    /// … unless it names the list as tasks or policies (1981: 以上讲的十条经济建设方针，原则上都适用于各少数民族地区).
    private static let summaryTaskWords = ["任务", "措施", "方针", "工作"]

    /// Whether a line of `text` sums up the list before it as lessons or principles: a sentence opening with 以上
    /// (以上十条，是党领导人民建设中国特色社会主义必须坚持的基本经验。; 以上十四条，构成新时代坚持和发展中国特色社会主义的基本
    /// 方略。) that names them so and names no tasks. Such a list (十六大: （一）坚持以邓小平理论为指导 … （十）; 十九大:
    /// （一）坚持党对一切工作的领导 … （十四）) states what the party holds to, as a list announced as principles does
    /// (`announcesPrinciples`); the tasks come in the parts after it.
    static func closesAsPrinciples(_ text: String) -> Bool {
        // Most parts sum nothing up: look for 以上 by scalars before reading lines.
        guard text.containsScalars("以上") else { return false }
        return text.lines().contains { line in
            let trimmed = String(line).trimmingSpaces()
            guard trimmed.hasPrefix("以上") else { return false }
            let sentence = SectionTree.leadSentence(trimmed)
            return summaryPrincipleWords.contains { sentence.containsScalars($0) } && !summaryTaskWords.contains { sentence.containsScalars($0) }
        }
    }

    /// `text` without the lines of a list announced as principles: from the announcing line, its items
    /// numbered 1, 2, 3 … in one style or opening with a dash, and the lines between and after them, up to a line
    /// numbered otherwise (2015: 要把握好以下三点。第一，… 第二，… 第三，… then the year's tasks, （一）…).
    static func withoutPrinciples(_ text: String) -> String {
        guard principleWords.contains(where: { text.containsScalars($0) }) else { return text }
        var kept: [Substring] = []
        var run: (style: Unicode.Scalar, next: Int)?
        for line in text.lines(keepingEmpty: true) {
            if let current = run {
                guard let ordinal = SectionTree.stripOrdinal(String(line)).ordinal else { continue }
                let style = ReportTaskFinder.numberStyle(String(line))
                if ordinal == current.next, current.next == 1 || style == current.style {
                    run = (style, ordinal + 1)
                    continue
                }
                run = nil
            }
            kept.append(line)
            if announcesPrinciples(String(line)) { run = (" ", 1) }
        }
        return kept.joined(separator: "\n")
    }

    /// The parts of runs that the text before them announces as a list of tasks or measures (必须认真贯彻
    /// 执行下列十条方针。; 决定采取以下措施：), with the announcement's role: the run starts at a part
    /// numbered 1 and goes on while the numbering of its style does.
    private func announcedRuns(_ parts: [Int]) -> [Int: MeasureRole] {
        var runs: [Int: MeasureRole] = [:]
        var position = 0
        while position < parts.count {
            let first = parts[position]
            guard SectionTree.stripOrdinal(tree.sections[first].heading).ordinal == 1, first > 0,
                  let role = ReportTaskFinder.announcement(in: tree.sections[first - 1].text) else {
                position += 1
                continue
            }
            let style = ReportTaskFinder.numberStyle(tree.sections[first].heading)
            var expected = 1
            while position < parts.count, ReportTaskFinder.numberStyle(tree.sections[parts[position]].heading) == style,
                  SectionTree.stripOrdinal(tree.sections[parts[position]].heading).ordinal == expected {
                runs[parts[position]] = role
                expected += 1
                position += 1
            }
        }
        return runs
    }

    /// Words that announce a list right after them, and the words naming what it lists.
    private static let listAnnouncers = ["下列", "以下", "如下"]
    private static let listedThings = ["方针", "任务", "措施", "举措", "政策", "工作", "方面", "事项", "要求"]

    /// Words naming the means of one task, where a list is announced as them (采取以下各项主要措施, 办法如下).
    private static let meansWords = ["措施", "办法"]

    /// Whether a line of `text` before its first numbered one closes by announcing the list as measures or methods
    /// (我们准备采取以下各项主要措施。): a word of means and 以下, 下列 or 如下 in its last `announcingTail` characters.
    /// Not a list's own paragraph that announces its details (1980: 第一，实行能源的开发和节约并重 … 将采取以下措施：).
    static func announcesMeans(_ text: String) -> Bool {
        text.lines().prefix { SectionTree.stripOrdinal(String($0)).ordinal == nil }.contains { line in
            let tail = String(line.unicodeScalars.suffix(announcingTail))
            return listAnnouncers.contains { tail.containsScalars($0) } && meansWords.contains { tail.containsScalars($0) }
        }
    }

    private static let announcingTail = 20

    /// The role of the list that the last paragraph of `text` announces (…执行下列十条方针。这些方针，…), by
    /// the tense of the announcing sentence; nil where it announces none.
    static func announcement(in text: String) -> MeasureRole? {
        let scalars = Array(text.unicodeScalars)
        let paragraphStart = (scalars.lastIndex(of: "\n") ?? -1) + 1
        let sentenceEnds: Set<Unicode.Scalar> = Set("。！？；：\n".unicodeScalars)
        var index = paragraphStart
        while index + 1 < scalars.count {
            let pair = String(String.UnicodeScalarView(scalars[index...(index + 1)]))
            if listAnnouncers.contains(pair) {
                let end = scalars[index...].firstIndex(where: sentenceEnds.contains) ?? scalars.count
                let after = String(String.UnicodeScalarView(scalars[(index + 2)..<min(end, index + 16)]))
                if listedThings.contains(where: { after.containsScalars($0) }) {
                    let start = (scalars[paragraphStart..<index].lastIndex(where: sentenceEnds.contains) ?? paragraphStart - 1) + 1
                    let (past, future) = MeasureRole.tense(String(String.UnicodeScalarView(scalars[start..<end])))
                    return past > future ? .done : .planned
                }
            }
            index += 1
        }
        return nil
    }

    /// What a list announced as the report's tasks names (以下的十项工作, 下列十条方针), not the means of one task (以下措施).
    private static let announcedTaskWords = ["任务", "工作", "方针"]

    /// The paragraphs numbered 1, 2, 3 … in one style after a line of a section under `part` that announces them as
    /// tasks (…要着重抓好以下的十项工作。), with that section; nil where no such list of three or more reads as tasks.
    /// The part's own text is not read here: its numbered paragraphs are its list already (`paragraphTasks`).
    private func announcedTaskList(in part: Int) -> (section: Int, paragraphs: [String])? {
        for index in tree.sections.indices where tree.isAncestor(part, of: index) {
            let lines = tree.sections[index].text.lines()
            for (position, line) in lines.enumerated() {
                // The line's end first: most lines announce nothing.
                let tail = String(line.unicodeScalars.suffix(ReportTaskFinder.announcingTail))
                guard ReportTaskFinder.listAnnouncers.contains(where: { tail.containsScalars($0) }),
                      ReportTaskFinder.announcedTaskWords.contains(where: { tail.containsScalars($0) }),
                      !ReportTaskFinder.meansWords.contains(where: { tail.containsScalars($0) }),
                      ReportTaskFinder.announcement(in: String(line)) == .planned,
                      !ReportTaskFinder.announcesPrinciples(String(line)) else { continue }
                var run: [String] = []
                for paragraph in SubItems.numberedParagraphs(lines[(position + 1)...].joined(separator: "\n")) {
                    guard SectionTree.stripOrdinal(paragraph).ordinal == run.count + 1,
                          run.isEmpty || ReportTaskFinder.numberStyle(paragraph) == ReportTaskFinder.numberStyle(run[0]) else { break }
                    run.append(paragraph)
                }
                let headlines = run.map { TaskWording.headline(of: SectionTree.stripOrdinal($0).text) }
                if run.count >= 3, TaskWording.isTaskList(headlines) { return (index, run) }
            }
        }
        return nil
    }

    /// Whether `part` is divided into sections numbered （一）, （二） …: headings of their own, not a list of
    /// paragraphs.
    private func hasHeadedSections(_ part: Int) -> Bool {
        tree.children(of: part).contains { ReportTaskFinder.numberStyle(tree.sections[$0].heading) == "（" }
    }

    /// The numbered sub-sections of `part` (through themes that only group them) when they read as tasks,
    /// each with the items marked 二是, 三是 … that the text set beside it rather than under it.
    ///
    /// Items marked 一是…四是 are a paragraph's sub-items: where they stand among 第一, 第二 … they belong
    /// to the task before them (十四大: 第一 … 二是加快市场体系的培育 … 第二); where they are the only
    /// numbering, they are the part's tasks (一年来，我们主要做了以下工作：一是… 二是…) unless they are a
    /// clause or a sentence each — then they are one paragraph's items inside a part that is one task
    /// (1995: 五、为改革和发展创造良好的社会环境 … 继续抓紧社会治安综合治理。…一是下大力气整顿和治理城乡
    /// 社会治安，集中整治…。二是…).
    ///
    /// In the part a report closes on as its plan (`closingPlan`), the numbered sections are its tasks whatever their headings
    /// name — a task (2．成立工会) or the field of one (4．对农民的宣传工作, 5．与士兵的联系): its place and tense tell that they plan.
    private func numberedTasks(under part: Int, isTaskHeaded: Bool, closesOnPlan: @autoclosure () -> Bool) -> [(index: Int, items: [Int])] {
        let numbered = tree.children(of: part).filter { index in
            SectionTree.stripOrdinal(tree.sections[index].heading).ordinal != nil
        }
        // 做好今年政府工作，要把握好以下几点。一是…: the points are principles of the year's work, not its tasks.
        if ReportTaskFinder.announcesPrinciples(tree.sections[part].text) { return [] }
        // Sections cut from a paragraph of the part's own list are that paragraph's items (`paragraphTasks`).
        if isCutFromParagraphs(part) { return [] }
        let marked = numbered.filter { SubItems.isMarked(tree.sections[$0].heading) }
        var tasks: [(index: Int, items: [Int])] = []
        if marked.count < numbered.count {
            for index in numbered {
                if marked.contains(index) {
                    if !tasks.isEmpty { tasks[tasks.count - 1].items.append(index) }
                } else {
                    tasks.append((index, []))
                }
            }
        } else {
            guard !isTaskHeaded else { return [] }
            // Each task is a paragraph; one paragraph's items are a clause or a sentence each (the last
            // runs on to whatever follows it).
            guard marked.dropLast().allSatisfy({ tree.sections[$0].text.unicodeScalars.count >= ReportTaskFinder.shortestTaskText }) else { return [] }
            tasks = marked.map { ($0, []) }
        }
        guard tasks.count >= 2 else { return [] }
        let grouped = extractor.planItems(tasks.map(\.index), in: tree)
        let headlines = grouped.map { SectionTree.firstClause(SectionTree.stripOrdinal(tree.sections[$0].heading).text) }
        // The tense of the report's parts is read only for a list whose headings do not read as tasks.
        guard TaskWording.isTaskList(headlines) || closesOnPlan() else { return [] }
        // A theme that only groups its numbered measures (planItems) stands for them, without stray items.
        return grouped.map { index in (index, tasks.first { $0.index == index }?.items ?? []) }
    }

    /// Whether the sections under `part` were cut from a paragraph of the part's own numbered list: that list goes on, in
    /// its own style, in the text of the last of them (1987: 第二，… then sections 一是… 四是…, 第三，… in 四是's text; 1978:
    /// 三、加快社会主义经济建设 第一，全国动员，大办农业 … then sections （一）…（九）, 第二，… 第六， in （九）'s text).
    private func isCutFromParagraphs(_ part: Int) -> Bool {
        guard let last = tree.children(of: part).last,
              let item = tree.sections[part].text.lines().map({ String($0).trimmingSpaces() })
                  .last(where: { SectionTree.stripOrdinal($0).ordinal != nil && !SubItems.isMarked($0) }),
              let ordinal = SectionTree.stripOrdinal(item).ordinal else { return false }
        let style = ReportTaskFinder.numberStyle(item)
        return tree.sections[last].text.lines().map { String($0).trimmingSpaces() }.contains { line in
            SectionTree.stripOrdinal(line).ordinal == ordinal + 1 && ReportTaskFinder.numberStyle(line) == style
        }
    }

    /// The numbered paragraphs of a part's own text, when they read as tasks. Sections that ingestion cut from one of them
    /// (`isCutFromParagraphs`) are read back into the text they were cut from.
    private func paragraphTasks(of part: Int, isTaskHeaded: Bool) -> [String] {
        let own = tree.sections[part].text
        let children = tree.children(of: part)
        let isCut = isCutFromParagraphs(part)
        let text = ReportTaskFinder.withoutPrinciples(isCut ? ([own] + children.map { tree.fullText(of: $0) }).joined(separator: "\n") : own)
        // Paragraphs numbered afresh after the list (第一，…第六，… then 利用外资必须把握三条原则：第一、…), or numbered in
        // another style inside it (第一，… （一）…（九） 第二，…), are the items of the paragraph they follow; runs of 一是…
        // each under a paragraph of its own stay apart.
        var paragraphs: [String] = []
        var last = 0
        for paragraph in SubItems.numberedParagraphs(text) {
            let ordinal = SectionTree.stripOrdinal(paragraph).ordinal ?? 0
            let inStyle = paragraphs.isEmpty || !isCut || ReportTaskFinder.numberStyle(paragraph) == ReportTaskFinder.numberStyle(paragraphs[0])
            if ordinal > last && inStyle || paragraphs.isEmpty || SubItems.isMarked(paragraph) {
                paragraphs.append(paragraph)
                last = ordinal
            } else {
                paragraphs[paragraphs.count - 1] += "\n" + paragraph
            }
        }
        if isTaskHeaded && paragraphs.allSatisfy(SubItems.isMarked) { return [] }
        let headlines = paragraphs.map { TaskWording.headline(of: SectionTree.stripOrdinal($0).text) }
        return TaskWording.isTaskList(headlines) ? paragraphs : []
    }

    /// The fewest paragraphs under each numbered paragraph (but the last, which runs on to the part's end)
    /// of a list whose items are passages of their own rather than a task's items.
    static let passageParagraphs = 3

    /// Whether each of `items` (numbered paragraphs with the paragraphs after them), but the last, runs over
    /// `passageParagraphs` paragraphs or more after its numbered line: sub-headings over passages, each a task
    /// (十二大's 第一、…第四、), not one paragraph each under a heading that is the task (1997: 三、在国有企业改革
    /// 方面迈出更大的步伐 第一，集中力量抓好国有大型企业和企业集团。 and its paragraph).
    static func arePassages(_ items: [String]) -> Bool {
        items.count >= 2 && items.dropLast().allSatisfy { item in
            item.lines().dropFirst().filter { !String($0).trimmingSpaces().isEmpty }.count >= passageParagraphs
        }
    }

    /// The paragraphs of a planning part's text that open with a dash (——强化创新引领作用，…), when they
    /// read as tasks: a five-year plan's major measures in a work report. The review's dashes list
    /// outcomes (——经济运行保持在合理区间), which open with their subject and are no tasks; a list announced as
    /// principles (十八大: 必须牢牢把握以下基本要求 ——必须坚持人民主体地位 …) states the stance, not the tasks.
    /// A paragraph that defines its first words (———建设有中国特色社会主义的经济，就是在社会主义条件下发展市场经济) states
    /// a programme, not a task, as its list does. A list each of whose items opens with what must be held to (二十大: ——必须坚持
    /// 人民至上。… ——必须坚持胸怀天下。, after no announcing line) is such a list of principles too (`areMaxims`).
    private func dashTasks(of part: Int) -> [String] {
        let paragraphs = SubItems.dashParagraphs(ReportTaskFinder.withoutPrinciples(tree.sections[part].text)).filter { !ReportTaskFinder.isDefinition($0) }
        guard !ReportTaskFinder.areMaxims(paragraphs) else { return [] }
        let headlines = paragraphs.map { SectionTree.firstClause(TaskWording.droppingSpeaker(String($0.drop(while: SubItems.isDash)))) }
        return headlines.count >= 2 && TaskWording.isTaskList(headlines) ? paragraphs : []
    }

    /// Whether every one of two or more dash paragraphs opens with 必须 (——必须坚持人民至上。): a list of the maxims a party or
    /// government holds to, each item the same obligation over another object, not a list of tasks, whose items name
    /// each its own act.
    static func areMaxims(_ paragraphs: [String]) -> Bool {
        paragraphs.count >= 2 && paragraphs.allSatisfy { $0.drop(while: SubItems.isDash).hasPrefix("必须") }
    }

    /// Whether a paragraph defines its first words: the clause after them opens with 就是 or 是指.
    static func isDefinition(_ paragraph: String) -> Bool {
        let words = TaskWording.droppingSpeaker(String(paragraph.drop(while: SubItems.isDash)))
        let rest = words.dropFirst(SectionTree.firstClause(words).count).drop { "，,".contains($0) }
        return rest.hasPrefix("就是") || rest.hasPrefix("是指")
    }

    /// Whether a heading names a field of construction (有中国特色社会主义的文化建设, 党的建设), not defence or foreign affairs.
    static func namesField(_ headline: String) -> Bool {
        headline.hasSuffix("建设") && !PolicyInstrument.outsideAreas.contains { headline.containsScalars($0) }
    }

    /// The parts of a speech headed each by a topic (1957: 一、关于社会主义革命 … 五、关于国内外团结) that hold no list
    /// of tasks: each part reports on or directs the government's work in its field, and is one task, done or
    /// planned by its tense. A part on foreign policy (关于对外政策) is none of the government's domestic tasks.
    /// Empty unless most parts are topics.
    private func topicMeasures(_ parts: [Int]) -> [Measure] {
        let topics = parts.filter { isTopic(tree.sections[$0].heading) }
        guard topics.count * 2 > parts.count else { return [] }
        return topics.enumerated().flatMap { position, part in
            extractor.measureWithSubtasks(at: part, position: position + 1, in: tree, document: document, role: MeasureRole.of(tree.fullText(of: part)))
        }
    }

    /// Whether a heading or the first line of a paragraph names a domestic topic (关于社会主义革命, 第一、关于基本建设),
    /// not foreign policy.
    private func isTopic(_ heading: String) -> Bool {
        let headline = SectionTree.stripOrdinal(String(heading.unicodeScalars.prefix { $0 != "\n" })).text
        return headline.hasPrefix("关于") && !PolicyInstrument.outsideAreas.contains { headline.containsScalars($0) }
    }

    /// The numbered paragraphs of a planning part that open each with a topic (1958: （三）一九五八年国民经济各部门发展
    /// 计划的安排, its 第一、关于基本建设 … 第五、关于文化教育): each sets the year's work of a sector and is one task, as
    /// the parts of a topic speech are (`topicMeasures`), though its heading names no act. Empty unless most of the
    /// part's numbered paragraphs are topics.
    private func topicParagraphs(of part: Int) -> [String] {
        let paragraphs = SubItems.numberedParagraphs(tree.sections[part].text)
        let topics = paragraphs.filter(isTopic)
        return topics.count >= 2 && topics.count * 2 > paragraphs.count ? topics : []
    }

    /// The fewest paragraphs of a speech's run of ordinal words that make its list of tasks.
    static let fewestOrdinalTasks = 3

    /// The tasks of a speech without numbered parts that lists them in paragraphs opened by ordinal words (十一大: 首先，一定要
    /// 把揭批“四人帮”的伟大斗争进行到底。 第二，一定要搞好整党整风… 第八，…), each lead sentence committing: each paragraph of the
    /// longest such run (of three or more) is a task, with the unnumbered paragraphs after it up to the next. The other
    /// paragraphs that commit (the struggle's account, foreign policy) stand outside the list the speech gives as its tasks.
    /// The run is read across the sections ingestion cut (十一大's quoted 一、两年之内逐步活跃起来 reads as a heading). Nil where
    /// no run is found.
    private func ordinalTasks() -> [Measure]? {
        let lines: [(section: String, line: String)] = tree.sections.flatMap { section in
            ([section.heading.isEmpty ? nil : section.heading] + section.text.lines().map { String($0) })
                .compactMap { $0?.trimmingSpaces() }.map { (section: section.pathString, line: $0) }
        }
        let run = ReportTaskFinder.ordinalRun(lines.map(\.line))
        guard run.count >= ReportTaskFinder.fewestOrdinalTasks else { return nil }
        return run.enumerated().map { position, paragraph in
            let own = String(paragraph.unicodeScalars.prefix { $0 != "\n" })
            let task = TaskWording.commitment(in: own) ?? own
            let section = lines.first { $0.line == own }?.section ?? ""
            return extractor.make(document: document, section: section, ordinal: position + 1, headline: TaskWording.headline(of: task),
                                  text: paragraph, own: own, items: [], level: 1, role: .planned)
        }
    }

    /// The longest run among `lines` of paragraphs opened by 首先 or 第一 and then 第二, 第三 … in turn, each first line's lead
    /// sentences committing (`TaskWording.commitment`), with the unnumbered lines after each but the last; empty where none.
    static func ordinalRun(_ lines: [String]) -> [String] {
        var best: [String] = []
        for start in lines.indices where lines[start].hasPrefix("首先，") || lines[start].hasPrefix("第一，") || lines[start].hasPrefix("第一、") {
            guard TaskWording.commitment(in: lines[start]) != nil else { continue }
            var run = [lines[start]]
            for line in lines[(start + 1)...] {
                let ordinal = line.hasPrefix("第") ? SectionTree.stripOrdinal(line).ordinal : nil
                // A number out of turn or a line that commits to nothing is the text of the paragraph before it.
                if ordinal == run.count + 1, TaskWording.commitment(in: line) != nil {
                    run.append(line)
                } else {
                    run[run.count - 1] += "\n" + line
                }
            }
            // The last paragraph keeps its own line: what follows the list is not its text.
            run[run.count - 1] = String(run[run.count - 1].unicodeScalars.prefix { $0 != "\n" })
            if run.count > best.count { best = run }
        }
        return best
    }

    /// Whether the speech opens by addressing the party's comrades (同志们！), as a report to a party congress does, not the
    /// deputies (各位代表：) of a people's congress.
    private var addressesComrades: Bool {
        guard let opening = tree.sections.first(where: { !$0.text.isEmpty }) else { return false }
        return opening.text.trimmingSpaces().hasPrefix("同志们")
    }

    /// The paragraphs of a speech's section text, with the lines a quotation was cut into joined again: a line that opens
    /// with the closing quotation mark, or that follows a line leaving a quotation open, goes on the paragraph before it
    /// (九大: 毛主席指出：“ / 建立三结合的革命委员会…几个阶段。 / ”我们要按照毛主席的指示…完成这些任务。 is one paragraph).
    static func speechParagraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var open = 0
        for line in text.lines() {
            let trimmed = String(line).trimmingSpaces()
            if !paragraphs.isEmpty, open > 0 || trimmed.hasPrefix("”") {
                paragraphs[paragraphs.count - 1] += trimmed
            } else {
                paragraphs.append(trimmed)
                open = 0
            }
            for scalar in trimmed.unicodeScalars {
                if scalar == "“" { open += 1 } else if scalar == "”" { open = max(0, open - 1) }
            }
        }
        return paragraphs
    }

    /// The paragraphs of an unnumbered speech whose lead sentences commit to a task. In a speech printed in parts
    /// (1960: 一 … 四, each number alone on its line), only the parts where most paragraphs commit are read: they set
    /// the tasks, while a commitment in a part telling the background or the record (二: 纲要要求…, then what is still
    /// to do) quotes a plan's targets or names a problem; where no part is so, every part is read. Where the caller has
    /// chosen the parts (`reading`), only those are read, and `readsClosing` takes a paragraph whose closing sentence commits too.
    /// A paragraph's lines that a quotation was cut into are read as one (`speechParagraphs`).
    private func speechMeasures(parts: [Int] = [], reading: [Int]? = nil, readsClosing: Bool = false) -> [Measure] {
        var found: [(section: Int, text: String, task: String)] = []
        var paragraphs = [Int](repeating: 0, count: tree.sections.count)
        for (index, section) in tree.sections.enumerated() {
            for paragraph in ReportTaskFinder.speechParagraphs(section.text) {
                // Not the full stop a run-in heading was cut at (`。科技创新是…`): it ends no sentence of the paragraph.
                let text = String(paragraph.drop { "。！？!?".contains($0) })
                // At least 40 characters, counted no further than needed.
                guard !text.dropFirst(39).isEmpty else { continue }
                paragraphs[index] += 1
                guard !TaskWording.appeals.contains(where: { text.hasPrefix($0) }),
                      let task = TaskWording.commitment(in: text) ?? (readsClosing ? TaskWording.closingCommitment(in: text) : nil) else { continue }
                // A paragraph telling what was done (…了…) is the review, not a commitment.
                guard MeasureRole.of(SectionTree.leadSentence(text)) == .planned else { continue }
                found.append((index, text, task))
            }
        }
        let within = { (part: Int, index: Int) in index == part || tree.isAncestor(part, of: index) }
        let committing = parts.filter { part in
            found.filter { within(part, $0.section) }.count * 2 > paragraphs.indices.filter { within(part, $0) }.reduce(0) { $0 + paragraphs[$1] }
        }
        if let reading {
            found = found.filter { task in reading.contains { within($0, task.section) } }
        }
        if !committing.isEmpty {
            found = found.filter { task in committing.contains { within($0, task.section) } }
        }
        return found.enumerated().map { position, task in
            extractor.make(document: document, section: tree.sections[task.section].pathString, ordinal: position + 1,
                           headline: String(task.task.prefix(40)), text: task.text, own: task.text, items: [], level: 1, role: .planned)
        }
    }
}
