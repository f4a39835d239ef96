import Reporting

/// Building blocks of the server's HTML: escaping, and query strings for links.
enum HTML {
    /// `text` safe inside an element or a quoted attribute.
    static func escape(_ text: String) -> String {
        text.markupEscaped
    }

    /// A query string from the pairs whose value is not nil, percent-encoded for a URL.
    static func query(_ pairs: [(String, String?)]) -> String {
        let parts = pairs.compactMap { name, value in value.map { name + "=" + percentEncode($0) } }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }

    static func percentEncode(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return result
    }

    /// The anchor of a section within its document page, derived from its heading path so that a
    /// search hit (which knows the path, not the position) can link to it.
    static func sectionAnchor(_ pathString: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in pathString.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return "s" + String(hash, radix: 16)
    }

    /// Chinese names of the record kinds, for labels and facets.
    static func kindLabel(_ kind: String) -> String {
        switch kind {
        case "section": "章节"
        case "document": "文件信息"
        case "statistic": "统计数字"
        case "citation": "法规引用"
        case "measure": "政策措施"
        default: kind
        }
    }
}
