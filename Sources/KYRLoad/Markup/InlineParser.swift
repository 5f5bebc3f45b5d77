import KYRModel

/// Parses kyr's inline markup (`**strong**`, `*em*`, `_em_`, `[text](url)`, `{variable}`,
/// backslash escapes) into nodes. Anything else, including HTML, is literal text.
struct InlineParser {
    /// The deepest spans may nest (`**a _b [c](d)_**` is three). Every later stage walks the
    /// tree; a bound here keeps hostile text from exhausting a thread's stack anywhere.
    static let maxDepth = 32
    private enum Delimiter: Equatable {
        case strong, star, underscore, link

        var written: String {
            switch self {
            case .strong: "**"
            case .star: "*"
            case .underscore: "_"
            case .link: "["
            }
        }

        var span: MarkupToken.Span {
            switch self {
            case .strong: .strong
            case .star, .underscore: .emphasis
            case .link: .link
            }
        }
    }

    private struct Frame {
        var delimiter: Delimiter?
        /// Where the delimiter starts, in bytes of `text`.
        var offset: Int
        var children: [InlineNode] = []
    }

    /// The text as UTF-8: every markup character is ASCII, so runs of plain text are copied as
    /// byte ranges and only scalars next to `*` and `_` are ever decoded.
    private let text: [UInt8]
    private let locate: (Int) -> SourceLocation
    private var stack: [Frame]
    private var buffer: [UInt8] = []
    private var position = 0
    /// The last byte index turned into a scalar offset, and that offset: positions only grow
    /// while parsing, so each conversion continues from the previous one (linear, not quadratic).
    private var counted: (index: Int, offset: Int) = (0, 0)
    /// Where each piece of markup was written, when asked for (`MarkupTokens`); nil otherwise.
    private var tokens: [MarkupToken]?

    /// Parses `raw`; `locate` maps a scalar offset in `raw` to its place in the file.
    static func parse(_ raw: String, locate: @escaping (Int) -> SourceLocation) -> Result<[InlineNode], MarkupError> {
        // Most texts have no markup at all: no need to walk them character by character.
        let hasMarkup =
            raw.utf8.withContiguousStorageIfAvailable { $0.contains(where: isSpecial) }
            ?? raw.utf8.contains(where: isSpecial)
        if !hasMarkup { return .success(raw.isEmpty ? [] : [.text(raw)]) }
        var parser = InlineParser(text: Array(raw.utf8), locate: locate, stack: [Frame(delimiter: nil, offset: 0)])
        do {
            try parser.run()
            return .success(parser.stack[0].children)
        } catch let error as MarkupError {
            return .failure(error)
        } catch {
            return .failure(MarkupError(code: .markup, message: "\(error)", offset: 0))
        }
    }

    /// The markup of `raw` as written, in order; nil when the markup is malformed.
    static func tokens(_ raw: String) -> [MarkupToken]? {
        if !raw.utf8.contains(where: isSpecial) { return [] }
        var parser = InlineParser(
            text: Array(raw.utf8), locate: { _ in .file("") }, stack: [Frame(delimiter: nil, offset: 0)])
        parser.tokens = []
        guard (try? parser.run()) != nil else { return nil }
        return parser.tokens
    }

    private mutating func record(_ kind: MarkupToken.Kind, _ range: Range<Int>) {
        if tokens != nil { tokens!.append(MarkupToken(kind: kind, range: range)) }
    }

    private mutating func run() throws {
        while position < text.count {
            let c = text[position]
            switch c {
            case UInt8(ascii: "\\"):
                if position + 1 < text.count, Self.isEscapable(text[position + 1]) {
                    buffer.append(text[position + 1])
                    record(.escape, position..<(position + 2))
                    position += 2
                } else {
                    buffer.append(c)
                    position += 1
                }
            case UInt8(ascii: "{"):
                try variable()
            case UInt8(ascii: "}"):
                throw error("unmatched '}'; write '\\}' for a literal brace", at: position)
            case UInt8(ascii: "["):
                if stack.contains(where: { $0.delimiter == .link }) {
                    throw error("links cannot be nested; write '\\[' for a literal bracket", at: position)
                }
                try push(.link, length: 1)
            case UInt8(ascii: "]"):
                try closeLink()
            case UInt8(ascii: "*"):
                var run = 1
                while position + run < text.count, text[position + run] == UInt8(ascii: "*") { run += 1 }
                try starRun(length: run)
            case UInt8(ascii: "_"):
                try underscore()
            default:
                // Plain text runs up to the next character that may be markup: copy it at once.
                var end = position + 1
                while end < text.count, !Self.isSpecial(text[end]) { end += 1 }
                buffer.append(contentsOf: text[position..<end])
                position = end
            }
        }
        if let open = stack.last, let delimiter = open.delimiter {
            let hint =
                delimiter == .link
                ? "write '\\[' for a literal bracket" : "close it or write '\\\(delimiter.written.first!)'"
            throw error("unclosed '\(delimiter.written)'; \(hint)", at: open.offset)
        }
        flush()
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"),
            UInt8(ascii: "*"), UInt8(ascii: "_"):
            true
        default: false
        }
    }

    private static func isEscapable(_ byte: UInt8) -> Bool {
        isSpecial(byte) || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
    }

    private static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// The offset in Unicode scalars of the byte at `index`: what `locate` and errors count in.
    private mutating func scalarOffset(_ index: Int) -> Int {
        let index = min(index, text.count)
        if index < counted.index { counted = (0, 0) }
        var count = counted.offset
        for byte in text[counted.index..<index] where !Self.isContinuation(byte) { count += 1 }
        counted = (index, count)
        return count
    }

    private mutating func error(_ message: String, code: DiagnosticCode = .markup, at index: Int) -> MarkupError {
        MarkupError(code: code, message: message, offset: scalarOffset(index))
    }

    /// The scalar whose encoding starts at byte `index` (the text is valid UTF-8).
    private func scalar(at index: Int) -> Unicode.Scalar? {
        guard index >= 0, index < text.count else { return nil }
        let lead = text[index]
        if lead < 0x80 { return Unicode.Scalar(lead) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for k in 1..<length where index + k < text.count { value = value << 6 | UInt32(text[index + k] & 0x3F) }
        return Unicode.Scalar(value)
    }

    /// The scalar that ends right before byte `index`.
    private func scalar(before index: Int) -> Unicode.Scalar? {
        var start = index - 1
        while start > 0, Self.isContinuation(text[start]) { start -= 1 }
        return scalar(at: start)
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        stack[stack.count - 1].children.append(.text(String(decoding: buffer, as: UTF8.self)))
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func push(_ delimiter: Delimiter, length: Int) throws {
        guard stack.count <= Self.maxDepth else {
            throw error(
                "markup nested more than \(Self.maxDepth) levels deep; close some of the '**', '*', '_' or '[' first",
                at: position)
        }
        flush()
        stack.append(Frame(delimiter: delimiter, offset: position))
        record(.open(delimiter.span), position..<(position + length))
        position += length
    }

    private static func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
        scalar.map(\.isUnicodeWhitespace) ?? true
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar?) -> Bool {
        scalar.map { $0.properties.isAlphabetic || $0.properties.numericType != nil } ?? false
    }

    /// Emphasis and strong follow flanking rules like CommonMark's, so `5 * 3` and
    /// `snake_case` stay literal while `*this*`, `**this**` and `_this_` are markup.
    /// A run of stars closes what it can (`***` ends `**a *b***`), then opens with the rest.
    private mutating func starRun(length: Int) throws {
        let canOpen = !Self.isSpace(scalar(at: position + length))
        let canClose = !Self.isSpace(scalar(before: position))
        var remaining = length
        if canClose {
            while remaining > 0, let top = stack.last?.delimiter {
                if top == .strong, remaining >= 2 {
                    try close(.strong)
                    remaining -= 2
                } else if top == .star {
                    try close(.star)
                    remaining -= 1
                } else {
                    break
                }
            }
        }
        guard remaining > 0 else { return }
        if canOpen {
            while remaining > 0 {
                let kind: Delimiter = remaining >= 2 ? .strong : .star
                try push(kind, length: kind.written.count)
                remaining -= kind.written.count
            }
        } else {
            buffer.append(contentsOf: repeatElement(UInt8(ascii: "*"), count: remaining))
            position += remaining
        }
    }

    /// `_` opens only at the start of a word and closes only at its end.
    private mutating func underscore() throws {
        let before = scalar(before: position)
        let after = scalar(at: position + 1)
        let canOpen = !Self.isSpace(after) && !Self.isWordCharacter(before)
        let canClose = !Self.isSpace(before) && !Self.isWordCharacter(after)
        if canClose, let index = stack.lastIndex(where: { $0.delimiter == .underscore }) {
            guard index == stack.count - 1 else {
                let inner = stack[stack.count - 1]
                let column = locate(scalarOffset(inner.offset)).column
                throw error(
                    "'_' closes before '\(inner.delimiter!.written)' opened at column \(column) is closed", at: position
                )
            }
            try close(.underscore)
        } else if canOpen {
            try push(.underscore, length: 1)
        } else {
            buffer.append(UInt8(ascii: "_"))
            position += 1
        }
    }

    /// Ends the innermost frame, which must be `kind`, as strong or emphasis.
    private mutating func close(_ kind: Delimiter) throws {
        flush()
        let frame = stack.removeLast()
        if frame.children.isEmpty {
            throw error("empty '\(kind.written)\(kind.written)'", at: frame.offset)
        }
        stack[stack.count - 1].children.append(kind == .strong ? .strong(frame.children) : .emphasis(frame.children))
        record(.close(kind.span), position..<(position + kind.written.count))
        position += kind.written.count
    }

    /// `{name}` where name is a slug.
    private mutating func variable() throws {
        let start = position
        var end = position + 1
        var scalars = 1
        while end < text.count, text[end] != UInt8(ascii: "}"), text[end] != UInt8(ascii: "{"),
            scalars <= Slug.maxLength + 1
        {
            if !Self.isContinuation(text[end]) { scalars += 1 }
            end += 1
        }
        guard end < text.count, text[end] == UInt8(ascii: "}") else {
            throw error("unclosed '{'; write '\\{' for a literal brace", at: start)
        }
        let name = String(decoding: text[(start + 1)..<end], as: UTF8.self)
        guard Slug.isValid(name) else {
            throw error(
                "'{\(name)}' is not a variable name (a-z, 0-9 and hyphens); write '\\{' for a literal brace", at: start)
        }
        flush()
        stack[stack.count - 1].children.append(.variable(name, at: locate(scalarOffset(start))))
        record(.variable(name), start..<(end + 1))
        position = end + 1
    }

    /// `](target)` closes the innermost `[`.
    private mutating func closeLink() throws {
        guard let index = stack.lastIndex(where: { $0.delimiter == .link }) else {
            throw error("unmatched ']'; write '\\]' for a literal bracket", at: position)
        }
        guard index == stack.count - 1 else {
            let inner = stack[stack.count - 1]
            throw error("']' closes the link before '\(inner.delimiter!.written)' is closed", at: position)
        }
        guard position + 1 < text.count, text[position + 1] == UInt8(ascii: "(") else {
            throw error(
                "expected '(' right after ']' with the link's address, as in [text](https://example.org)", at: position)
        }
        let targetStart = position + 2
        var end = targetStart
        while end < text.count, text[end] != UInt8(ascii: ")"),
            Self.isContinuation(text[end]) || !Self.isSpace(scalar(at: end))
        { end += 1 }
        guard end < text.count, text[end] == UInt8(ascii: ")") else {
            throw error("unclosed '(' of a link address (addresses cannot contain spaces)", at: position + 1)
        }
        let target = String(decoding: text[targetStart..<end], as: UTF8.self)
        let linkTarget: LinkTarget
        if target.hasPrefix("{"), target.hasSuffix("}"), target.count > 2 {
            let name = String(target.dropFirst().dropLast())
            guard Slug.isValid(name) else {
                throw error("'\(target)' is not a variable name", at: targetStart)
            }
            linkTarget = .variable(name)
        } else {
            if target.isEmpty {
                throw error("link has no address", at: targetStart)
            }
            if let problem = URLRules.linkProblem(target) {
                throw error(problem.message, code: problem.code, at: targetStart)
            }
            linkTarget = .url(target)
        }
        flush()
        let frame = stack.removeLast()
        if frame.children.isEmpty {
            throw error("link has no text between '[' and ']'", at: frame.offset)
        }
        stack[stack.count - 1].children.append(
            .link(linkTarget, frame.children, at: locate(scalarOffset(frame.offset))))
        record(.close(.link), position..<(end + 1))
        position = end + 1
    }
}
