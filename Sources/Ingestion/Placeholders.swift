/// The `～` that templates and redactions leave where a word was (`营造强有力的～氛围`), as opposed to
/// the `～` of a range (`2025～2030`).
enum Placeholders {
    static func contains(_ text: String) -> Bool {
        guard text.unicodeScalars.contains("～") else { return false }
        var previous: Unicode.Scalar?
        var pendingTilde = false
        var digitBeforeTilde = false
        for scalar in text.unicodeScalars {
            if pendingTilde {
                if !(digitBeforeTilde && ChineseNumber.isArabicDigit(scalar)) { return true }
                pendingTilde = false
            }
            if scalar == "～" {
                pendingTilde = true
                digitBeforeTilde = previous.map(ChineseNumber.isArabicDigit) ?? false
            }
            previous = scalar
        }
        return pendingTilde
    }
}
