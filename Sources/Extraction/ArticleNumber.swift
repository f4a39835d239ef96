/// Article numbers written the way laws write them: 36 → 第三十六条, 133 with suffix 1 → 第一百三十三条之一.
enum ArticleNumber {
    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    static func label(_ number: Int, suffix: Int = 0) -> String {
        "第" + chinese(number) + "条" + (suffix > 0 ? "之" + chinese(suffix) : "")
    }

    /// An integer below 10000 in Chinese numerals, as articles are numbered (十, 十八, 一百零五, 一千).
    static func chinese(_ number: Int) -> String {
        guard number > 0, number < 10000 else { return String(number) }
        let places = [(1000, "千"), (100, "百"), (10, "十")]
        var text = ""
        var rest = number
        var pendingZero = false
        for (place, name) in places {
            let digit = rest / place
            rest %= place
            if digit > 0 {
                if pendingZero { text += "零" }
                // 十八, not 一十八, when 十 opens the number.
                text += (digit == 1 && place == 10 && text.isEmpty ? "" : digits[digit]) + name
                pendingZero = false
            } else if !text.isEmpty {
                pendingZero = true
            }
        }
        if rest > 0 { text += (pendingZero ? "零" : "") + digits[rest] }
        return text
    }
}
