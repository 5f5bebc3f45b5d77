import KYRModel

/// Escaping for HTML text and attribute values. Everything from content passes through here
/// (or through `InlineHTML`), so no content can add markup of its own.
package enum HTML {
    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references: safe in text and
    /// in quoted attribute values alike.
    package static func escape(_ text: String) -> String {
        var out = ""
        escape(text, into: &out)
        return out
    }

    /// Appends `text` escaped to `out`. The characters replaced are ASCII, so the text is
    /// scanned as UTF-8 bytes and copied in runs; most texts have none and are copied whole.
    package static func escape(_ text: String, into out: inout String) {
        guard text.utf8.contains(where: isSpecial) else {
            out += text
            return
        }
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in bytes.indices {
                let replacement: StaticString
                switch bytes[index] {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default: continue
                }
                if runStart < index {
                    out += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<index]), as: UTF8.self)
                }
                out += replacement.description
                runStart = index + 1
            }
            if runStart < bytes.count {
                out += String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart...]), as: UTF8.self)
            }
        }
    }

    static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
