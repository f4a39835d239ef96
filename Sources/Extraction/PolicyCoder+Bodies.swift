extension PolicyCoder {
    /// Verbs that set up or dissolve a body (成立, 设立, 组建, 下设; 撤销…联席会议).
    static let settingUp = ["成立", "设立", "组建", "设置", "下设", "撤销"]
    /// Bodies a measure may set up: committees, councils, leading and working groups, command posts, joint meetings, a body's
    /// office (仲裁委员会下设办事机构).
    static let bodies = ["委员会", "理事会", "执委会", "领导小组", "工作小组", "工作组", "指挥部", "联席会议", "办公室", "办事机构"]
    /// Words of permission or limit before a setting-up verb in its clause (依法可以设立仲裁委员会的市只能组建一个统一的仲裁委员会，不得按照
    /// 不同专业设立专业仲裁委员会): the clause rules which bodies may be set up (the codebook's rule 9), it sets up none.
    static let settingUpLimits = ["可以", "只能", "不得", "不宜", "不准", "禁止", "严禁"]

    /// The verb by which `sentence` sets up a body (上海市会同江苏省、浙江省联合成立的示范区理事会; 两省一市共同设立的示范区
    /// 执行委员会), nil where it sets up none: building an organisation and saying who leads and coordinates is
    /// organisation and accountability (the codebook's 组织领导与责任: leadership groups, coordination), whatever the body
    /// is then charged with (规划, 改革事项, 支持政策). The body is named after the verb in the same clause. Not where the clause
    /// only permits or limits the setting up (`settingUpLimits`), nor where the verb and 的 only name a body that the clause goes
    /// on to make the subject or agent of another act (新组建的仲裁委员会的名称应当规范; 仲裁员由依法重新组建的仲裁委员会聘任): that
    /// act is the measure's.
    static func bodySetUp(in sentence: String) -> String? {
        for clause in clauses(of: withoutAsides(sentence)) {
            for verb in settingUp {
                guard let range = clause.scalarRange(of: verb),
                      !settingUpLimits.contains(where: { clause[..<range.lowerBound].containsScalars($0) }) else { continue }
                let after = clause[range.upperBound...]
                guard let body = bodies.compactMap({ after.scalarRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { continue }
                if after.hasPrefix("的") && body.upperBound != after.endIndex { continue }
                return verb
            }
        }
        return nil
    }
}
