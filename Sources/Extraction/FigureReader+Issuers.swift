extension FigureReader {
    /// 查获地省级烟草专卖行政主管部门出具的上年度烟叶平均收购价格 → 上年度烟叶平均收购价格: a name opened by a clause of an authority
    /// (…部门, …机关, …机构) doing something (出具, 公布, 确定) up to its 的 is the value that clause issues; nil where the name
    /// opens with no such clause.
    static func withoutIssuer(_ name: String) -> String? {
        guard let of = name.lastIndex(of: "的") else { return nil }
        let clause = name[..<of], named = name[name.index(after: of)...]
        guard named.count >= 2, let authority = authorities.lazy.compactMap({ clause.range(of: $0, options: .backwards) }).first,
              clause.distance(from: authority.upperBound, to: clause.endIndex) >= 2 else { return nil }
        return String(named)
    }

    /// Heads of the bodies that issue a value a rule refers to.
    private static let authorities = ["部门", "机关", "机构"]
}
