import CICU

/// How many terminal cells text takes, from ICU's Unicode data: East Asian Wide and Fullwidth
/// characters two, combining marks and other zero-width characters none, everything else one.
/// A grapheme cluster is measured whole: what follows a zero-width joiner (the rest of an emoji
/// sequence) adds nothing, and an emoji presentation selector makes a narrow symbol wide.
package enum DisplayWidth {
    /// The cells `text` takes.
    package static func of(_ text: some StringProtocol) -> Int {
        // Most lines are ASCII: no look-ups, no clusters.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return text.reduce(0) { $0 + of($1) }
    }

    /// The cells one user-perceived character takes.
    package static func of(_ character: Character) -> Int {
        var width = 0
        var joined = false
        var emojiPresentation = false
        for scalar in character.unicodeScalars {
            if scalar.value == 0xFE0F { emojiPresentation = true }
            if joined {
                joined = false
                continue
            }
            if scalar.value == 0x200D {
                joined = true
                continue
            }
            width += of(scalar)
        }
        return emojiPresentation && width == 1 ? 2 : width
    }

    /// The cells one scalar takes on its own.
    package static func of(_ scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x20..<0x7F: return 1
        case 0..<0x20, 0x7F..<0xA0: return 0
        default:
            if kyr_is_zero_width(scalar.value) != 0 { return 0 }
            return kyr_is_wide(scalar.value) != 0 ? 2 : 1
        }
    }
}
