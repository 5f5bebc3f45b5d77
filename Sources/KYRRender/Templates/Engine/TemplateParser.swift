// The tag and whitespace rules of this parser are ported from swift-mustache 2.1.1
// (Sources/Mustache/Template+Parser.swift and Parser.swift; Copyright (c) the Hummingbird
// authors; Apache License 2.0), so that a template splits into exactly the same text and tags
// as swift-mustache splits it, standalone lines and partial indentation included. Only the
// tags kyr's fast renderer implements are kept; any other tag (transforms, inheritance blocks,
// dynamic partials, set delimiters, pragmas) is refused with `Unsupported`, and the templates
// are then rendered by swift-mustache itself.

/// A Mustache template parsed into the tokens `CompiledTemplate` renders.
struct TemplateParser {
    /// A tag the fast renderer does not implement: render with swift-mustache instead.
    struct Unsupported: Error {}

    enum Token {
        case text(String)
        /// `{{name}}` (escaped) or `{{{name}}}`, `{{&name}}` (not escaped).
        case variable(name: String, escaped: Bool)
        case section(name: String, [Token])
        case invertedSection(name: String, [Token])
        /// `{{> name}}`, with the whitespace before it when it stands alone on its line.
        case partial(String, indentation: String?)
    }

    private struct State {
        var sectionName: String?
        var newLine = true
        let startDelimiter = "{{"
        let endDelimiter = "}}"

        func withSectionName(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            if !newLine { state.newLine = false }
            return state
        }
    }

    private let buffer: String
    private var position: String.Index

    private init(_ string: String) {
        buffer = string
        position = string.startIndex
    }

    /// The tokens of `text`; throws `Unsupported` for a tag kyr does not render itself, or any
    /// error for text swift-mustache would not parse either.
    static func parse(_ text: String) throws -> [Token] {
        var parser = TemplateParser(text)
        return try parser.parse(state: State())
    }

    private mutating func parse(state initial: State) throws -> [Token] {
        var tokens: [Token] = []
        var state = initial
        var whiteSpaceBefore: Substring = ""
        while !reachedEnd {
            if state.newLine {
                whiteSpaceBefore = read(while: { $0 == " " || $0 == "\t" })
            }
            let text = readUntilDelimiterOrNewline(state)
            if current.isNewline {
                tokens.append(.text(String(whiteSpaceBefore) + text + String(current)))
                state.newLine = true
                advance()
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(String(whiteSpaceBefore) + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if reachedEnd { break }
            var setNewLine = false
            switch current {
            case "#", "^":
                let inverted = current == "^"
                advance()
                let name = try parseName(state)
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                let inner = try parse(state: state.withSectionName(name, newLine: setNewLine))
                tokens.append(inverted ? .invertedSection(name: name, inner) : .section(name: name, inner))
            case "/":
                advance()
                let name = try parseName(state)
                guard name == state.sectionName else { throw Unsupported() }
                if isStandalone(state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                return tokens
            case "!":
                advance()
                try readComment(state)
                setNewLine = isStandalone(state)
            case "{", "&":
                let braced = current == "{"
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                advance()
                let name = try parseName(state)
                if braced {
                    guard !reachedEnd, current == "}" else { throw Unsupported() }
                    advance()
                }
                tokens.append(.variable(name: name, escaped: false))
            case ">":
                advance()
                read(while: \.isWhitespace)
                if current == "*" { throw Unsupported() }
                let name = try parsePartialName(state)
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                }
                if isStandalone(state) {
                    setNewLine = true
                    tokens.append(.partial(name, indentation: String(whiteSpaceBefore)))
                } else {
                    tokens.append(.partial(name, indentation: nil))
                }
                whiteSpaceBefore = ""
            case "<", "$", "=", "%":
                throw Unsupported()
            default:
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
                let name = try parseName(state)
                tokens.append(.variable(name: name, escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Unsupported() }
        return tokens
    }

    // MARK: Reading

    private var reachedEnd: Bool { position == buffer.endIndex }

    private var current: Character { reachedEnd ? "\0" : buffer[position] }

    private mutating func advance() {
        position = buffer.index(after: position)
    }

    @discardableResult
    private mutating func read(while predicate: (Character) -> Bool) -> Substring {
        let start = position
        while !reachedEnd, predicate(buffer[position]) { advance() }
        return buffer[start..<position]
    }

    /// Reads `string` when the text continues with it.
    private mutating func read(string: String) -> Bool {
        let start = position
        for character in string {
            guard !reachedEnd, buffer[position] == character else {
                position = start
                return false
            }
            advance()
        }
        return true
    }

    /// Text up to the next tag (whose start delimiter is read) or newline (not read).
    private mutating func readUntilDelimiterOrNewline(_ state: State) -> String {
        let first = state.startDelimiter.first!
        var total = ""
        while !reachedEnd {
            total += read(while: { $0 != "\n" && $0 != "\r\n" && $0 != first })
            if reachedEnd || current.isNewline { break }
            if current == first {
                if read(string: state.startDelimiter) { break }
                total.append(first)
                advance()
            }
        }
        return total
    }

    private static let nameCharacters = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let nameCharactersWithBrackets = nameCharacters.union("()")
    private static let partialNameCharacters = nameCharactersWithBrackets.union("/")

    private mutating func parseName(_ state: State) throws -> String {
        read(while: \.isWhitespace)
        let text = String(read(while: { Self.nameCharactersWithBrackets.contains($0) }))
        read(while: \.isWhitespace)
        guard read(string: state.endDelimiter) else { throw Unsupported() }
        // A name with brackets is a transform: swift-mustache's own.
        guard text.allSatisfy({ Self.nameCharacters.contains($0) }) else { throw Unsupported() }
        return text
    }

    private mutating func parsePartialName(_ state: State) throws -> String {
        read(while: \.isWhitespace)
        let text = String(read(while: { Self.partialNameCharacters.contains($0) }))
        read(while: \.isWhitespace)
        guard read(string: state.endDelimiter) else { throw Unsupported() }
        return text
    }

    private mutating func readComment(_ state: State) throws {
        while !reachedEnd {
            if read(string: state.endDelimiter) { return }
            advance()
        }
        throw Unsupported()
    }

    /// Whether the tag just read ends its line (only spaces and tabs after it); if so, the
    /// line's end is read too.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if reachedEnd { return true }
        var probe = self
        probe.read(while: { $0 == " " || $0 == "\t" })
        if probe.current.isNewline {
            probe.advance()
            position = probe.position
            return true
        }
        return false
    }
}
