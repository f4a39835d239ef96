extension PolicyCoder {
    /// A programme that a broad task may name as a whole, by an area and no means — 着力保障和改善民生,
    /// 依靠创新推动实体经济高质量发展 — and the parts it is carried out with, each by the instrument that
    /// delivers it.
    struct Programme: Sendable {
        /// Words of a headline that name the programme as a whole.
        let names: [String]
        let parts: [(word: String, instrument: PolicyInstrument)]
    }

    /// Social programmes (民生, 社会建设, 社会事业): jobs, income, poverty relief, social security and
    /// housing support are paid for, and so is a programme whose first part is the money put in (增加社会事业的
    /// 投入; 基本民生投入确保只增不减: the codebook's rule 5, the money named first); education, health, culture,
    /// sport and public services are provided.
    /// Innovation as the engine of the economy (依靠创新, 创新驱动 — not 文化创新): science and research capacity
    /// is a service; tax relief, loans and funds for firms are paid.
    /// Regional development (区域协调发展, 城乡区域发展): equal public services across regions (促进基本公共服务均等化)
    /// are provided, support, projects, infrastructure and transfers to regions paid — the first named decides, as in
    /// a social programme (rules 1a, 1c and 4), not the area's default of money.
    static let programmes = [
        Programme(names: ["民生", "社会建设", "社会事业"], parts: [
            ("就业", .economicIncentive), ("收入", .economicIncentive), ("工资", .economicIncentive), ("脱贫", .economicIncentive),
            ("扶贫", .economicIncentive), ("社会保障", .economicIncentive), ("社保", .economicIncentive),
            ("养老保险", .economicIncentive), ("医疗保险", .economicIncentive), ("医保", .economicIncentive),
            ("低保", .economicIncentive), ("救助", .economicIncentive), ("住房", .economicIncentive), ("投入", .economicIncentive),
            ("教育", .servicesAdministration), ("学校", .servicesAdministration), ("卫生", .servicesAdministration),
            ("医疗", .servicesAdministration), ("健康", .servicesAdministration), ("文化", .servicesAdministration),
            ("体育", .servicesAdministration), ("公共服务", .servicesAdministration),
        ]),
        Programme(names: ["依靠创新", "以创新", "创新驱动", "创新引领"], parts: [
            ("科技", .servicesAdministration), ("科研", .servicesAdministration), ("科学", .servicesAdministration),
            ("基础研究", .servicesAdministration), ("实验室", .servicesAdministration), ("人才", .servicesAdministration),
            ("税", .economicIncentive), ("贷款", .economicIncentive), ("资金", .economicIncentive), ("投资", .economicIncentive),
            ("补贴", .economicIncentive), ("奖励", .economicIncentive), ("金融", .economicIncentive),
        ]),
        Programme(names: ["区域协调发展", "区域发展"], parts: [
            ("公共服务", .servicesAdministration), ("支持", .economicIncentive), ("扶持", .economicIncentive),
            ("帮扶", .economicIncentive), ("投资", .economicIncentive), ("投入", .economicIncentive), ("资金", .economicIncentive),
            ("项目", .economicIncentive), ("基础设施", .economicIncentive), ("转移支付", .economicIncentive),
            ("补贴", .economicIncentive), ("税", .economicIncentive),
        ]),
    ]

    /// The codes whose areas a programme's headline may also name (改善民生, 发展社会事业, 实体经济) and still
    /// be coded by its parts.
    static let programmeAreas: Set<PolicyInstrument?> = [.economicIncentive, .servicesAdministration]

    /// The instrument of a broad task whose headline names a programme, and the part that decides it: the
    /// first part the task names after its heading (the codebook's first element: 更加注重社会建设，
    /// 着力保障和改善民生。坚持优先发展教育… provides a service; 切实保障和改善民生…多措并举稳就业促增收 pays), not
    /// the part that takes the most words or money. Nil where the headline names no programme or the text
    /// names none of its parts.
    static func programme(headline: String, text: String) -> (instrument: PolicyInstrument, part: String)? {
        // 人民生活 holds 民生 but names the people's living standard, an area of its own.
        let named = headline.replacingOccurrences(of: "人民生活", with: "")
        guard let programme = programmes.first(where: { $0.names.contains { named.containsScalars($0) } }) else { return nil }
        // The heading's own sentence states the aim (全面提高人民物质文化生活水平), not a part: the parts are read
        // from the sentence after it.
        let body = text.unicodeScalars.firstIndex { "。\n".unicodeScalars.contains($0) }.map { String(text.unicodeScalars[$0...]) } ?? ""
        var first: (start: String.Index, length: Int, part: (word: String, instrument: PolicyInstrument))?
        for part in programme.parts {
            guard let range = body.scalarRange(of: part.word) else { continue }
            let length = part.word.unicodeScalars.count
            // At the same place the longer word is the part: 医疗保险 is insurance, not a health service.
            if let best = first, best.start < range.lowerBound || best.start == range.lowerBound && best.length >= length { continue }
            first = (range.lowerBound, length, part)
        }
        return first.map { ($0.part.instrument, $0.part.word) }
    }
}
