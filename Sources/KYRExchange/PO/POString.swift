/// Strings as gettext writes them in PO files: C escapes inside double quotes, a long or
/// multi-line string as `""` followed by one quoted line per line of text.
enum POString {
    /// `keyword "text"`, or the multi-line form when the text has a line break before its end.
    static func field(_ keyword: String, _ text: String, prefix: String = "") -> String {
        let lines = splitLines(text)
        if lines.count <= 1 { return prefix + keyword + " " + quoted(text) + "\n" }
        return prefix + keyword + " \"\"\n" + lines.map { prefix + quoted($0) + "\n" }.joined()
    }

    /// The text cut after each line break (the last piece may be empty and is then dropped).
    private static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// The text in double quotes with C escapes.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{0B}": out += "\\v"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let octal = String(scalar.value, radix: 8)
                out += "\\" + String(repeating: "0", count: 3 - octal.count) + octal
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
