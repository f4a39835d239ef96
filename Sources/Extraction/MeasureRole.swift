/// Whether a measure is committed to or reported as taken.
public enum MeasureRole: String, Sendable, CaseIterable {
    /// The document commits someone to it: the year's work plan, a programme's tasks, a proposal.
    case planned
    /// The document reports it as done: the review of the past year, an account of practice.
    case done

    /// The role of a passage judged by its tense: an account of what was done is written with the
    /// aspect particle 了 and time spans reaching the present (一年来, 过去), a plan with the modal
    /// verbs 要, 将, 必须, 应当. Counted over the passage, not found in a list of heading words, so that a
    /// review is recognised whatever its heading says (2023年工作回顾, 过去五年的工作, 主要做法).
    static func of(_ text: String) -> MeasureRole {
        let (past, future) = tense(text)
        return past >= future && past >= 2 ? .done : .planned
    }

    /// The role of an answer to a request (a reply's 办理意见): planned where any act is still to come (将, 要, 应), done
    /// where it reports acts taken and none to come. Every answer opens by reporting that the departments studied the
    /// request (研究提出了办理意见), so the balance of past and future that tells a review from a plan would call
    /// answers done that commit to what they will do.
    static func ofAnswer(_ text: String) -> MeasureRole {
        let (past, future) = tense(text)
        return future == 0 && past > 0 ? .done : .planned
    }

    /// How often `text` writes of the past (了, 年来, 以来) and of the future (要, 将, 应, 必须).
    static func tense(_ text: String) -> (past: Int, future: Int) {
        var past = 0
        var future = 0
        var previous: Unicode.Scalar = " "
        // Scalars, not characters: a report's parts are read whole, and grapheme comparison is slow.
        for character in text.unicodeScalars {
            switch character {
            case "了": if previous != "为" && previous != "除" { past += 1 }
            case "要": if !["重", "主", "需"].contains(previous) { future += 1 }
            case "将", "应": future += 1
            case "须": if previous == "必" { future += 1 }
            case "来": if previous == "年" || previous == "以" { past += 2 }
            case "解": if previous == "了" { past -= 1 }
            default: break
            }
            previous = character
        }
        return (past, future)
    }
}
