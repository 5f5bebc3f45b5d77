import CICU
import KYRModel

/// Wraps plain text for terminals, e-mail and forums, in any script: at most `width` terminal
/// cells a line (`DisplayWidth`), breaking only where Unicode's line-breaking algorithm (UAX #14,
/// through ICU) allows: between words where a script has spaces, between characters in Chinese,
/// never before a closing mark such as `。` or `）`, never inside a grapheme cluster, never
/// inside a web address. Right-to-left text stays in logical order; terminals lay it out.
///
/// Each line is wrapped on its own, keeping its indentation: continuation lines are indented as
/// far as the line's leading spaces and its list marker (`1. `, `- `, `* `, `• `, `! `), so
/// numbered steps and indented phrases keep a hanging indent. A word wider than the line is cut
/// between user-perceived characters; a web address wider than the line stays whole.
package struct TextWrapper: Sendable {
    /// The most cells a line may take; 0 leaves lines as they are.
    package var width: Int
    /// The ICU locale of the text's language.
    private let locale: String
    /// Whether lines break only after spaces: Korean is written with spaces between words, but
    /// UAX #14 lets lines break between any two Hangul syllables, and ICU 72 has no locale option
    /// to keep them together (`lw=keepall` arrived later).
    private let keepsWordsTogether: Bool

    package init(width: Int, language: LanguageTag) {
        self.width = width
        locale = language.identifier.replacingOccurrences(of: "-", with: "_")
        keepsWordsTogether = language.primaryLanguage == "ko"
    }

    /// Every line of `text` wrapped.
    package func wrap(_ text: String) -> String {
        guard width > 0 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { wrap(line: $0) }
            .joined(separator: "\n")
    }

    /// One line (without line breaks) as the lines it wraps into.
    package func wrap(line: Substring) -> [String] {
        guard width > 0, DisplayWidth.of(line) > width else { return [String(line)] }
        let prefix = Self.hangingPrefix(of: line)
        let content = line[prefix.endIndex...]
        let indent = String(repeating: " ", count: DisplayWidth.of(prefix))
        let available = max(1, width - indent.count)
        var lines: [String] = []
        var current = String(prefix)
        var used = 0
        var hasContent = false
        for piece in pieces(of: content).flatMap({ fitted($0, to: available) }) {
            let visible = DisplayWidth.of(piece.trimmingTrailingSpaces)
            if hasContent && used + visible > available {
                lines.append(current.trimmingTrailingSpaces)
                current = indent
                used = 0
                hasContent = false
            }
            current += piece
            used += DisplayWidth.of(piece)
            hasContent = true
        }
        lines.append(current.trimmingTrailingSpaces)
        return lines
    }

    /// `piece` cut between user-perceived characters into parts that fit `available` cells, when
    /// it is a word wider than the line; a web address stays whole, to be followed or copied.
    func fitted(_ piece: Substring, to available: Int) -> [Substring] {
        guard DisplayWidth.of(piece.trimmingTrailingSpaces) > available, !piece.contains("://") else { return [piece] }
        var parts: [Substring] = []
        var start = piece.startIndex
        var used = 0
        var previous: Character?
        for index in piece.indices {
            let width = DisplayWidth.of(piece[index])
            defer { previous = piece[index] }
            if used + width > available && index > start && Self.mayCut(before: piece[index], after: previous) {
                parts.append(piece[start..<index])
                start = index
                used = 0
            }
            used += width
        }
        parts.append(piece[start...])
        return parts
    }

    /// Whether a word may be cut between `previous` and `next`: not before a space or a closing
    /// or other punctuation mark (`。`, `，`, `)`), not after an opening one (`（`, `“`).
    private static func mayCut(before next: Character, after previous: Character?) -> Bool {
        func category(_ character: Character) -> Unicode.GeneralCategory {
            character.unicodeScalars.first!.properties.generalCategory
        }
        switch category(next) {
        case .spaceSeparator, .closePunctuation, .finalPunctuation, .otherPunctuation, .dashPunctuation: return false
        default: break
        }
        guard let previous else { return true }
        return category(previous) != .openPunctuation && category(previous) != .initialPunctuation
    }

    /// The leading spaces and list marker of `line`: what continuation lines are indented by.
    static func hangingPrefix(of line: Substring) -> Substring {
        var index = line.startIndex
        while index < line.endIndex, line[index] == " " { index = line.index(after: index) }
        var marker = index
        while marker < line.endIndex, line[marker].isASCII, line[marker].isNumber { marker = line.index(after: marker) }
        if marker > index, marker < line.endIndex, line[marker] == "." {
            marker = line.index(after: marker)
        } else if index < line.endIndex, "-*•!".contains(line[index]) {
            marker = line.index(after: index)
        } else {
            return line[..<index]
        }
        guard marker < line.endIndex, line[marker] == " " else { return line[..<index] }
        return line[...marker]
    }

    /// `text` cut at every line-break opportunity ICU finds (spaces stay with the word before
    /// them), except inside grapheme clusters and web addresses.
    func pieces(of text: Substring) -> [Substring] {
        let utf16 = Array(text.utf16)
        guard !utf16.isEmpty else { return [] }
        let allowed = Self.characterBoundaries(of: text).subtracting(Self.addressInteriors(of: text))
        var offsets: [Int] = []
        utf16.withUnsafeBufferPointer { buffer in
            guard let breaks = kyr_line_breaks_open(locale, buffer.baseAddress, Int32(buffer.count)) else { return }
            defer { kyr_line_breaks_close(breaks) }
            while case let offset = Int(kyr_line_breaks_next(breaks)), offset >= 0 {
                if offset < buffer.count && allowed.contains(offset) { offsets.append(offset) }
            }
        }
        if keepsWordsTogether { offsets.removeAll { utf16[$0 - 1] != 0x20 } }
        var pieces: [Substring] = []
        var start = text.startIndex
        for offset in offsets {
            let end = text.utf16.index(text.startIndex, offsetBy: offset)
            pieces.append(text[start..<end])
            start = end
        }
        pieces.append(text[start...])
        return pieces
    }

    /// The UTF-16 offsets where a user-perceived character starts.
    private static func characterBoundaries(of text: Substring) -> Set<Int> {
        var boundaries: Set<Int> = []
        var offset = 0
        for character in text {
            boundaries.insert(offset)
            offset += character.utf16.count
        }
        return boundaries
    }

    /// The UTF-16 offsets inside web addresses (`https://...` up to the next space), where ICU
    /// would break after `/` or `-` and leave an address no one can follow.
    private static func addressInteriors(of text: Substring) -> Set<Int> {
        var interiors: Set<Int> = []
        var offset = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if word.contains("://") {
                let start =
                    offset
                    + (word.utf16.firstIndex(of: 0x3A).map { word.utf16.distance(from: word.startIndex, to: $0) } ?? 0)
                for inside in (start + 1)..<(offset + word.utf16.count) { interiors.insert(inside) }
            }
            offset += word.utf16.count + 1
        }
        return interiors
    }
}

extension StringProtocol {
    /// Without trailing spaces.
    fileprivate var trimmingTrailingSpaces: String {
        var text = String(self)
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
