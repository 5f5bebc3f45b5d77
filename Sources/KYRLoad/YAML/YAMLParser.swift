import CYAML
import KYRModel

/// Reads one YAML file through libyaml's event API into a `YAMLNode` tree, refusing what
/// content never needs and attackers love: aliases, anchors, tags, deep nesting, huge files.
package struct YAMLParser: Sendable {
    /// Files larger than this are refused before parsing.
    package static let maxFileSize = 1 << 20
    /// Deeper nesting is refused: content needs about six levels.
    package static let maxDepth = 32

    /// The parsed root (nil when the file is empty or could not be parsed) and every problem found.
    package struct Result: Sendable {
        package var root: YAMLNode?
        package var diagnostics: [Diagnostic]
        /// The file's text, when it was valid UTF-8.
        package var text: String?
    }

    let file: String

    /// A parser for the file shown in diagnostics as `file`.
    package init(file: String) {
        self.file = file
    }

    /// The UTF-8 byte-order mark some editors write first.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Parses `bytes`; never throws: every problem becomes a diagnostic. A UTF-8 byte-order mark
    /// is skipped (editors on Windows write one); lines, columns and the text returned are those
    /// of what follows it, as editors count them.
    package func parse(_ bytes: [UInt8]) -> Result {
        if bytes.starts(with: Self.byteOrderMark) { return parse(Array(bytes.dropFirst(3))) }
        if bytes.count > Self.maxFileSize {
            return Result(
                root: nil,
                diagnostics: [
                    Diagnostic(
                        .fileTooLarge,
                        "file is \(bytes.count) bytes; content files may be at most \(Self.maxFileSize) bytes (1 MiB)",
                        at: .file(file))
                ], text: nil)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return Result(
                root: nil,
                diagnostics: [
                    Diagnostic(
                        .invalidUTF8, "file is UTF-16; save it as UTF-8", at: location(line: 1, column: 1))
                ], text: nil)
        }
        // The standard library validates in one fast pass; the scalar-by-scalar walk that
        // finds the line and column runs only for a file that fails it.
        let text: String
        if let valid = String(validating: bytes, as: UTF8.self) {
            text = valid
        } else if let bad = UTF8Validator.firstInvalidPosition(in: bytes) {
            return Result(
                root: nil,
                diagnostics: [
                    Diagnostic(
                        .invalidUTF8, "file is not valid UTF-8: invalid byte sequence; save it as UTF-8",
                        at: location(line: bad.line, column: bad.column))
                ], text: nil)
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        var builder = TreeBuilder(file: file)
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            return Result(
                root: nil, diagnostics: [Diagnostic(.yamlSyntax, "could not start the YAML parser", at: .file(file))],
                text: text)
        }
        defer { yaml_parser_delete(parser) }
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while !builder.finished {
                guard yaml_parser_parse(parser, &event) != 0 else {
                    builder.fail(syntaxError(parser.pointee, bytes: buffer))
                    break
                }
                builder.handle(event)
                yaml_event_delete(&event)
            }
        }
        return Result(root: builder.root, diagnostics: builder.diagnostics.map { clamped($0, to: text) }, text: text)
    }

    /// libyaml reports errors at the end of a file without a final newline one line past it;
    /// point at the end of the last real line instead, which is where the reader should look.
    private func clamped(_ diagnostic: Diagnostic, to text: String) -> Diagnostic {
        let lines = SourceLines.split(text)
        guard diagnostic.location.line > lines.count, let last = lines.last else { return diagnostic }
        var moved = diagnostic
        moved.location.line = lines.count
        moved.location.column = last.unicodeScalars.count + 1
        return moved
    }

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    private func syntaxError(_ parser: yaml_parser_t, bytes: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
        if parser.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset, not a mark.
            let offset = min(Int(parser.problem_offset), bytes.count)
            let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<offset]), as: UTF8.self)
            let lines = SourceLines.split(prefix)
            let character =
                parser.problem_value >= 0 && parser.problem_value < 0x110000
                ? " (U+" + String(String(parser.problem_value, radix: 16, uppercase: true).paddedTo4) + ")" : ""
            return Diagnostic(
                .yamlSyntax, problem + character + "; remove it or write it as an escape in a double-quoted string",
                at: location(line: lines.count, column: (lines.last?.unicodeScalars.count ?? 0) + 1))
        }
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            message +=
                " (\(context) started at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
        }
        if problem.contains("cannot start any token"), parser.problem_mark.index < Int.max {
            message += "; tabs cannot indent YAML and '@' or '`' cannot start a value (quote it)"
        }
        return Diagnostic(
            .yamlSyntax, message,
            at: location(line: Int(parser.problem_mark.line) + 1, column: Int(parser.problem_mark.column) + 1))
    }
}

extension String {
    fileprivate var paddedTo4: String { String(repeating: "0", count: max(0, 4 - count)) + self }
}
