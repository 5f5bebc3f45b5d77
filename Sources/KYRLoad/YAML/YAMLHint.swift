import KYRModel

/// The slips translators make every day in plain YAML: text that starts with a character YAML
/// reads as syntax (`*`, `{`, `[`, `&`, `!`, `|`, `>`, `%`, `@`, a backquote, `#`), or holds `: `
/// or ` #`. libyaml's message says what it expected; the hint says what to do, with the line
/// as it should be.
enum YAMLHint {
    /// Characters that cannot start a plain scalar, or that start something else.
    static let indicators: Set<Character> = ["*", "{", "[", "&", "!", "|", ">", "%", "@", "`", "#"]

    /// For `line` (`  key: value`) whose value YAML does not read as text, the note to add:
    /// quote the text, and the corrected line. Nil for any other line.
    static func note(for line: Substring) -> String? {
        guard let (indent, key, value) = split(line) else { return nil }
        guard let first = value.first, first != "\"", first != "'" else { return nil }
        guard indicators.contains(first) || value.contains(": ") || value.contains(" #") else { return nil }
        return "put the text in quotes, so YAML reads it as text: " + indent + key + ": " + quoted(value)
    }

    /// The indentation (with any `- `), the key and the value of `key: value`.
    static func split(_ line: Substring) -> (String, String, String)? {
        var rest = line[...]
        var indent = ""
        while let c = rest.first, c == " " || c == "-" {
            indent.append(c)
            rest = rest.dropFirst()
        }
        guard let colon = rest.range(of: ": ") else { return nil }
        let key = String(rest[..<colon.lowerBound])
        guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." || $0 == "_" }) else {
            return nil
        }
        var value = String(rest[colon.upperBound...])
        while value.hasSuffix(" ") { value.removeLast() }
        return (indent, key, value)
    }

    /// `text` as a double-quoted YAML scalar.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences("\\", "\\\\").replacingOccurrences("\"", "\\\"") + "\""
    }
}

extension String {
    fileprivate func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
