import KYRModel

/// Characters no content text may hold, however they are written: control characters (libyaml
/// refuses them as raw bytes, but `"\e"`, `"\0"` or `"\a"` escapes decode to them), and the
/// bidirectional embeddings and overrides, which make text display in another order than it
/// reads (a phone number inside U+202E shows reversed). Isolates and marks stay allowed: right-
/// to-left text needs them.
enum ForbiddenScalars {
    /// The first forbidden scalar of `text` and its offset in scalars, if any.
    static func first(in text: String) -> (offset: Int, scalar: Unicode.Scalar)? {
        // Most texts are checked by one pass over their bytes, without decoding scalars.
        let isSuspicious = { (byte: UInt8) in byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2 }
        // Over the contiguous bytes when there are (always, for text from libyaml): iterating
        // the UTF-8 view byte by byte costs several times more.
        let suspicious =
            text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isSuspicious) }
            ?? text.utf8.contains(where: isSuspicious)
        guard suspicious else { return nil }
        for (offset, scalar) in text.unicodeScalars.enumerated() where isForbidden(scalar) {
            return (offset, scalar)
        }
        return nil
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x85: false
        case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E: true
        default: false
        }
    }

    static func code(for scalar: Unicode.Scalar) -> DiagnosticCode {
        (0x202A...0x202E).contains(scalar.value) ? .bidiControl : .controlCharacter
    }

    static func message(for scalar: Unicode.Scalar) -> String {
        let name =
            "U+" + String(repeating: "0", count: max(0, 4 - String(scalar.value, radix: 16).count))
            + String(scalar.value, radix: 16, uppercase: true)
        if (0x202A...0x202E).contains(scalar.value) {
            return
                "\(name) is a bidirectional embedding or override: it makes text show in another order than it reads (a number can show reversed); use the text itself, or an isolate (U+2066 to U+2069) where right-to-left text needs one"
        }
        return
            "\(name) is a control character, not text: remove it (kyr refuses it written as an escape as it refuses the raw byte)"
    }
}
