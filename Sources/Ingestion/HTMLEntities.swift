/// HTML character references: numeric (`&#8220;`, `&#x201C;`) and the named ones that occur in Chinese
/// web pages.
enum HTMLEntities {
    static let named: [String: UInt32] = [
        "nbsp": 0xA0, "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
        "ldquo": 0x201C, "rdquo": 0x201D, "lsquo": 0x2018, "rsquo": 0x2019, "laquo": 0xAB, "raquo": 0xBB,
        "mdash": 0x2014, "ndash": 0x2013, "hellip": 0x2026, "middot": 0xB7, "bull": 0x2022,
        "emsp": 0x2003, "ensp": 0x2002, "thinsp": 0x2009, "ideographicspace": 0x3000, "zwsp": 0x200B,
        "times": 0xD7, "divide": 0xF7, "plusmn": 0xB1, "deg": 0xB0, "permil": 0x2030, "yen": 0xA5,
        "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "sect": 0xA7, "para": 0xB6, "micro": 0xB5,
        "le": 0x2264, "ge": 0x2265, "ne": 0x2260, "rarr": 0x2192, "larr": 0x2190, "uarr": 0x2191, "darr": 0x2193,
        "sup2": 0xB2, "sup3": 0xB3, "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "shy": 0xAD,
    ]

    /// The character a reference `name` (between `&` and `;`, without them) stands for.
    static func scalar(for name: Substring) -> Unicode.Scalar? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits, radix: 10)
            }
            // Unassigned or C0 references are read as the replacement character, as browsers do.
            guard let value, value != 0 else { return "\u{FFFD}" }
            return Unicode.Scalar(value) ?? "\u{FFFD}"
        }
        return named[String(name)].flatMap(Unicode.Scalar.init) ?? named[name.lowercased()].flatMap(Unicode.Scalar.init)
    }
}
