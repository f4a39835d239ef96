extension PolicyCoder {
    /// Verbs that set up or dissolve a body (成立, 设立, 组建; 撤销…联席会议).
    static let settingUp = ["成立", "设立", "组建", "设置", "撤销"]
    /// Bodies a measure may set up: committees, councils, leading and working groups, command posts, joint meetings.
    static let bodies = ["委员会", "理事会", "执委会", "领导小组", "工作小组", "工作组", "指挥部", "联席会议", "办公室"]

    /// The verb by which `sentence` sets up a body (上海市会同江苏省、浙江省联合成立的示范区理事会; 两省一市共同设立的示范区
    /// 执行委员会), nil where it sets up none: building an organisation and saying who leads and coordinates is
    /// organisation and accountability (the codebook's 组织领导与责任: leadership groups, coordination), whatever the body
    /// is then charged with (规划, 改革事项, 支持政策). The body is named after the verb in the same clause.
    static func bodySetUp(in sentence: String) -> String? {
        for clause in clauses(of: withoutAsides(sentence)) {
            for verb in settingUp {
                guard let range = clause.scalarRange(of: verb) else { continue }
                if bodies.contains(where: { clause[range.upperBound...].containsScalars($0) }) { return verb }
            }
        }
        return nil
    }
}
