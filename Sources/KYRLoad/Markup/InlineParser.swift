import KYRModel

/// Parses kyr's inline markup (`**strong**`, `*em*`, `_em_`, `[text](url)`, `{variable}`,
/// backslash escapes) into nodes. Anything else, including HTML, is literal text.
struct InlineParser {
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
    }

    private struct Frame {
        var delimiter: Delimiter?
        var offset: Int
        var children: [InlineNode] = []
    }

    private let text: [Unicode.Scalar]
    private let locate: (Int) -> SourceLocation
    private var stack: [Frame]
    private var buffer = String.UnicodeScalarView()
    private var position = 0

    /// Parses `raw`; `locate` maps a scalar offset in `raw` to its place in the file.
    static func parse(_ raw: String, locate: @escaping (Int) -> SourceLocation) -> Result<[InlineNode], MarkupError> {
        // Most texts have no markup at all: no need to walk them scalar by scalar.
        let hasMarkup = raw.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"),
                 UInt8(ascii: "*"), UInt8(ascii: "_"): true
            default: false
            }
        }
        if !hasMarkup { return .success(raw.isEmpty ? [] : [.text(raw)]) }
        var parser = InlineParser(text: Array(raw.unicodeScalars), locate: locate, stack: [Frame(delimiter: nil, offset: 0)])
        do {
            try parser.run()
            return .success(parser.stack[0].children)
        } catch let error as MarkupError {
            return .failure(error)
        } catch {
            return .failure(MarkupError(code: .markup, message: "\(error)", offset: 0))
        }
    }

    private mutating func run() throws {
        while position < text.count {
            let c = text[position]
            switch c {
            case "\\":
                let escapable: Set<Unicode.Scalar> = ["*", "_", "[", "]", "{", "}", "\\", "(", ")"]
                if position + 1 < text.count, escapable.contains(text[position + 1]) {
                    buffer.append(text[position + 1])
                    position += 2
                } else {
                    buffer.append(c)
                    position += 1
                }
            case "{":
                try variable()
            case "}":
                throw MarkupError(code: .markup, message: "unmatched '}'; write '\\}' for a literal brace", offset: position)
            case "[":
                if stack.contains(where: { $0.delimiter == .link }) {
                    throw MarkupError(code: .markup, message: "links cannot be nested; write '\\[' for a literal bracket", offset: position)
                }
                push(.link, length: 1)
            case "]":
                try closeLink()
            case "*":
                var run = 1
                while position + run < text.count, text[position + run] == "*" { run += 1 }
                try starRun(length: run)
            case "_":
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
            let hint = delimiter == .link ? "write '\\[' for a literal bracket" : "close it or write '\\\(delimiter.written.first!)'"
            throw MarkupError(code: .markup, message: "unclosed '\(delimiter.written)'; \(hint)", offset: open.offset)
        }
        flush()
    }

    private static func isSpecial(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\\", "{", "}", "[", "]", "*", "_": true
        default: false
        }
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        stack[stack.count - 1].children.append(.text(String(buffer)))
        buffer = String.UnicodeScalarView()
    }

    private mutating func push(_ delimiter: Delimiter, length: Int) {
        flush()
        stack.append(Frame(delimiter: delimiter, offset: position))
        position += length
    }

    private func isSpace(at index: Int) -> Bool {
        index < 0 || index >= text.count || text[index].properties.isWhitespace
    }

    private func isWordCharacter(at index: Int) -> Bool {
        index >= 0 && index < text.count && (text[index].properties.isAlphabetic || text[index].properties.numericType != nil)
    }

    /// Emphasis and strong follow flanking rules like CommonMark's, so `5 * 3` and
    /// `snake_case` stay literal while `*this*`, `**this**` and `_this_` are markup.
    /// A run of stars closes what it can (`***` ends `**a *b***`), then opens with the rest.
    private mutating func starRun(length: Int) throws {
        let canOpen = !isSpace(at: position + length)
        let canClose = !isSpace(at: position - 1)
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
                push(kind, length: kind.written.count)
                remaining -= kind.written.count
            }
        } else {
            buffer.append(contentsOf: String(repeating: "*", count: remaining).unicodeScalars)
            position += remaining
        }
    }

    /// `_` opens only at the start of a word and closes only at its end.
    private mutating func underscore() throws {
        let canOpen = !isSpace(at: position + 1) && !isWordCharacter(at: position - 1)
        let canClose = !isSpace(at: position - 1) && !isWordCharacter(at: position + 1)
        if canClose, let index = stack.lastIndex(where: { $0.delimiter == .underscore }) {
            guard index == stack.count - 1 else {
                let inner = stack[stack.count - 1]
                throw MarkupError(code: .markup,
                                  message: "'_' closes before '\(inner.delimiter!.written)' opened at column \(locate(inner.offset).column) is closed",
                                  offset: position)
            }
            try close(.underscore)
        } else if canOpen {
            push(.underscore, length: 1)
        } else {
            buffer.append("_")
            position += 1
        }
    }

    /// Ends the innermost frame, which must be `kind`, as strong or emphasis.
    private mutating func close(_ kind: Delimiter) throws {
        flush()
        let frame = stack.removeLast()
        if frame.children.isEmpty {
            throw MarkupError(code: .markup, message: "empty '\(kind.written)\(kind.written)'", offset: frame.offset)
        }
        stack[stack.count - 1].children.append(kind == .strong ? .strong(frame.children) : .emphasis(frame.children))
        position += kind.written.count
    }

    /// `{name}` where name is a slug.
    private mutating func variable() throws {
        let start = position
        var end = position + 1
        while end < text.count, text[end] != "}", text[end] != "{", end - start <= Slug.maxLength + 1 { end += 1 }
        guard end < text.count, text[end] == "}" else {
            throw MarkupError(code: .markup, message: "unclosed '{'; write '\\{' for a literal brace", offset: start)
        }
        let name = String(String.UnicodeScalarView(text[(start + 1)..<end]))
        guard Slug.isValid(name) else {
            throw MarkupError(code: .markup, message: "'{\(name)}' is not a variable name (a-z, 0-9 and hyphens); write '\\{' for a literal brace", offset: start)
        }
        flush()
        stack[stack.count - 1].children.append(.variable(name, at: locate(start)))
        position = end + 1
    }

    /// `](target)` closes the innermost `[`.
    private mutating func closeLink() throws {
        guard let index = stack.lastIndex(where: { $0.delimiter == .link }) else {
            throw MarkupError(code: .markup, message: "unmatched ']'; write '\\]' for a literal bracket", offset: position)
        }
        guard index == stack.count - 1 else {
            let inner = stack[stack.count - 1]
            throw MarkupError(code: .markup, message: "']' closes the link before '\(inner.delimiter!.written)' is closed", offset: position)
        }
        guard position + 1 < text.count, text[position + 1] == "(" else {
            throw MarkupError(code: .markup, message: "expected '(' right after ']' with the link's address, as in [text](https://example.org)", offset: position)
        }
        let targetStart = position + 2
        var end = targetStart
        while end < text.count, text[end] != ")", !text[end].properties.isWhitespace { end += 1 }
        guard end < text.count, text[end] == ")" else {
            throw MarkupError(code: .markup, message: "unclosed '(' of a link address (addresses cannot contain spaces)", offset: position + 1)
        }
        let target = String(String.UnicodeScalarView(text[targetStart..<end]))
        let linkTarget: LinkTarget
        if target.hasPrefix("{"), target.hasSuffix("}"), target.count > 2 {
            let name = String(target.dropFirst().dropLast())
            guard Slug.isValid(name) else {
                throw MarkupError(code: .markup, message: "'\(target)' is not a variable name", offset: targetStart)
            }
            linkTarget = .variable(name)
        } else {
            if target.isEmpty {
                throw MarkupError(code: .markup, message: "link has no address", offset: targetStart)
            }
            if let problem = URLRules.linkProblem(target) {
                throw MarkupError(code: problem.code, message: problem.message, offset: targetStart)
            }
            linkTarget = .url(target)
        }
        flush()
        let frame = stack.removeLast()
        if frame.children.isEmpty {
            throw MarkupError(code: .markup, message: "link has no text between '[' and ']'", offset: frame.offset)
        }
        stack[stack.count - 1].children.append(.link(linkTarget, frame.children, at: locate(frame.offset)))
        position = end + 1
    }
}
