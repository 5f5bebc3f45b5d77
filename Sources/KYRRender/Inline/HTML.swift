import KYRModel

/// Escaping for HTML text and attribute values. Everything from content passes through here
/// (or through `InlineHTML`), so no content can add markup of its own.
package enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references: safe in text and
    /// in quoted attribute values alike.
    package static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
