extension StopWords {
    /// The built-in stop list, written for Zhili: Chinese function words (particles, pronouns,
    /// conjunctions, prepositions, auxiliaries), date and measure words that follow numbers, and the
    /// verbs and adverbs of governance boilerplate that every plan and report repeats (要, 进一步, 切实,
    /// 各项, 工作). Verbs that carry a policy's content — 加强, 坚持, 推进, 改革 — are kept.
    public static let builtIn = StopWords("""
        的 地 得 之 了 着 过 也 又 还 就 都 而 及 与 和 同 跟 或 或者 以及 并 并且 而且 但 但是 然而 因此 所以 因为 由于
        如果 若 即 即使 虽然 尽管 只要 只有 除了 不但 不仅 而是 则 于 以 为 为了 对 对于 关于 按照 依照 根据 通过 经过
        在 从 自 向 往 到 由 被 把 将 让 使 给 比 等 等等 之一 其 其中 其他 其它 此 这 那 这个 那个 这些 那些 这样 那样 这种
        这里 那里 哪 什么 怎么 怎样 如何 为什么 谁 我 我们 你 你们 他 他们 她 她们 它 它们 自己 大家 各 各个 每 某 本 该
        是 有 没有 无 不 没 非 未 否 能 能够 会 可 可以 应 应当 应该 须 必须 需要 要 得到 进行 开展 实行 实施 做 做到 作 作为
        个 年 月 日 号 时 次 名 位 项 种 件 条 元 万 亿 多 少 余 近 约 以上 以下 左右 之间 以来 以后 之后 之前 以前 当前 目前 同时
        一 一个 一些 一切 一定 一般 一方面 另一方面 第一 首先 其次 再 再次 最后 已 已经 正在 曾 曾经 将要 仍 仍然 始终 一直 不断
        更 更加 最 很 太 较 比较 十分 非常 特别 尤其 极 越 越来越 进一步 全面 大力 切实 认真 积极 努力 继续 深入 持续 不断 充分
        主要 重要 重大 有关 相关 各类 各种 各项 各级 各地 各方面 方面 工作 问题 情况 方式 方法 有效 有力 坚决 务必 着力
        呢 吗 吧 啊 呀 嘛 么 哦 啦 所 所有 一样 来 去 上 下 中 内 外 前 后 里 间 起 出 入 好 大 小 新 高 多种 作用 意见
        """.split(whereSeparator: \.isWhitespace))
}
