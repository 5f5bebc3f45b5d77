/// Text from content on its way to a terminal: keys, folder names and messages must not carry
/// control sequences that the terminal would act on.
package enum TerminalText {
    /// A message or path with every control written out (`\u{1B}`): keys and folder names come
    /// from the content and must not reach the terminal raw.
    package static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 and C1 controls but tab, DEL, and the bidirectional marks, embeddings, overrides and isolates.
    package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
