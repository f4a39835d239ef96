extension String {
    /// The text safe inside an HTML or XML element or a quoted attribute (`&`, `<`, `>`, `"` and `'`
    /// escaped): the search page's HTML, the trend chart's SVG, the co-word network's GraphML and GEXF.
    public var markupEscaped: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for character in self {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
