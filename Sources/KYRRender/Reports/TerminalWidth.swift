import KYRModel

/// East Asian wide and fullwidth ranges, for aligning carets and tables in terminals.
package enum TerminalWidth {
    /// Whether a terminal shows `scalar` in two cells.
    package static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }

    /// The number of terminal cells `text` occupies.
    package static func width(of text: some StringProtocol) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let category = scalar.properties.generalCategory
            if category == .nonspacingMark || category == .enclosingMark || category == .format { return total }
            return total + (isWide(scalar) ? 2 : 1)
        }
    }
}
