import KYRLoad
import KYRModel

/// A text as literal text and the markup codes between it, each code with the characters it
/// was written with (`**`, `_`, `[`, `](https://...)`, `{hotline}`): how XLIFF carries kyr's
/// markup (inline codes with their original data), and how two texts are compared whatever
/// their escapes.
package struct MarkedText: Sendable, Hashable {
    package enum Piece: Sendable, Hashable {
        /// Literal text, escapes resolved.
        case text(String)
        /// Markup that opens a span, as written.
        case open(MarkupToken.Span, data: String)
        /// Markup that closes a span, as written (a link's `](address)` included).
        case close(MarkupToken.Span, data: String)
        /// `{name}`.
        case variable(String, data: String)
    }

    package var pieces: [Piece]

    package init(pieces: [Piece]) {
        self.pieces = pieces
    }

    /// `raw` split by kyr's own markup rules; nil when its markup is malformed.
    package init?(raw: String) {
        guard let tokens = MarkupToken.tokens(raw) else { return nil }
        let bytes = Array(raw.utf8)
        var pieces: [Piece] = []
        var literal: [UInt8] = []
        var position = 0
        func flush() {
            if !literal.isEmpty { pieces.append(.text(String(decoding: literal, as: UTF8.self))) }
            literal.removeAll()
        }
        for token in tokens {
            literal += bytes[position..<token.range.lowerBound]
            let data = String(decoding: bytes[token.range], as: UTF8.self)
            switch token.kind {
            case .escape:
                literal += bytes[(token.range.lowerBound + 1)..<token.range.upperBound]
            case .open(let span):
                flush()
                pieces.append(.open(span, data: data))
            case .close(let span):
                flush()
                pieces.append(.close(span, data: data))
            case .variable(let name):
                flush()
                pieces.append(.variable(name, data: data))
            }
            position = token.range.upperBound
        }
        literal += bytes[position...]
        flush()
        self.pieces = pieces
    }

    /// The text written back as kyr markup: codes as they were written, literal text with every
    /// character that could be markup escaped. It reads back as the same pieces; it differs
    /// from the original only where that left a literal `*` or `_` unescaped.
    package var canonical: String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .text(let text): out += Self.escaped(text)
            case .open(_, let data), .close(_, let data), .variable(_, let data): out += data
            }
        }
        return out
    }

    /// The characters of kyr's markup, escaped.
    static func escaped(_ text: String) -> String {
        guard text.contains(where: { "\\{}[]*_".contains($0) }) else { return text }
        var out = ""
        for character in text {
            if "\\{}[]*_".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Compares two raw texts as kyr reads them: the same markup codes and the same literal
    /// text, white space runs counted as one space (as `Fingerprint` does). Malformed markup is
    /// compared as written.
    package static func sameText(_ a: String, _ b: String) -> Bool {
        Fingerprint.of(canonical(a)) == Fingerprint.of(canonical(b))
    }

    /// `raw` in its canonical form, or as written when its markup is malformed.
    package static func canonical(_ raw: String) -> String {
        MarkedText(raw: raw)?.canonical ?? raw
    }
}
