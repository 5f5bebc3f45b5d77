import KYRModel

/// The state of decoding one file: its text (for exact positions inside scalars) and the
/// problems found so far. One per file, so files can be decoded independently.
final class DecodeContext {
    let file: String
    private let text: String
    private(set) var diagnostics: [Diagnostic] = []

    /// The file as scalars, built only when a position inside a multi-line or escaped value is needed.
    private lazy var scalars: [Unicode.Scalar] = Array(text.unicodeScalars)

    /// How many scalars the file has.
    var scalarCount: Int { scalars.count }

    /// The file's scalar at `index`.
    func scalar(at index: Int) -> Unicode.Scalar { scalars[index] }

    /// Where each line starts, counting line breaks as libyaml does so positions agree with its marks.
    private lazy var lineStarts: [Int] = {
        var starts = [0]
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
            if s == "\n" || s == "\r" || s == "\u{85}" || s == "\u{2028}" || s == "\u{2029}" { starts.append(i + 1) }
            i += 1
        }
        return starts
    }()

    init(file: String, text: String) {
        self.file = file
        self.text = text
    }

    func report(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(code, message, at: location))
    }

    func report(_ code: DiagnosticCode, _ message: String, at node: YAMLNode) {
        report(code, message, at: location(node.start))
    }

    func location(_ mark: YAMLMark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// The location of the 0-based scalar `index` in the file.
    func location(ofIndex index: Int) -> SourceLocation {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= index { low = mid } else { high = mid - 1 }
        }
        return SourceLocation(file: file, line: low + 1, column: index - lineStarts[low] + 1)
    }

    /// How many Unicode scalars `text` has: its UTF-8 bytes that do not continue a sequence,
    /// counted over the contiguous bytes (the scalar view decodes each scalar to count it).
    private static func scalarCount(of text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        } ?? text.unicodeScalars.count
    }

    /// Maps a scalar's decoded value back to the file, across quotes, folding and indentation,
    /// by walking the value and the source text side by side once. Returns anchors: a new one
    /// wherever the next value character is not the next source character.
    func anchors(for node: YAMLNode) -> [TextAnchor] {
        // The common case: a one-line scalar whose value is its source text (no escapes, no folding).
        if case .scalar(let text, let style) = node.value, node.start.line == node.end.line {
            let quotes = (style == .singleQuoted || style == .doubleQuoted) ? 2 : 0
            if style != .literal, style != .folded,
                node.end.index - node.start.index - quotes == Self.scalarCount(of: text)
            {
                return [TextAnchor(offset: 0, line: node.start.line, column: node.start.column + quotes / 2)]
            }
        }
        let value = Array((node.scalar ?? "").unicodeScalars)
        var begin = node.start.index
        if case .scalar(_, let style) = node.value {
            switch style {
            case .singleQuoted, .doubleQuoted: begin += 1
            case .literal, .folded:
                // Skip the indicator line (`|-`, `>`), which never holds value text.
                while begin < scalars.count, scalars[begin] != "\n" { begin += 1 }
            case .plain: break
            }
        }
        let end = min(node.end.index, scalars.count)
        var anchors: [TextAnchor] = []
        var position = begin
        var previous: (offset: Int, index: Int, newline: Bool) = (-2, -2, false)
        for k in 0..<value.count {
            // Look a little ahead for the value's character; escapes and folds may not match.
            var probe = position
            while probe < end, probe - position < 16, scalars[probe] != value[k] { probe += 1 }
            let matched = probe < end && scalars[probe] == value[k]
            let index = matched ? probe : min(position, max(begin, end - 1))
            if k != previous.offset + 1 || index != previous.index + 1 || previous.newline {
                let place = location(ofIndex: index)
                anchors.append(TextAnchor(offset: k, line: place.line, column: place.column))
            }
            previous = (k, index, value[k] == "\n")
            if matched { position = probe + 1 }
        }
        return anchors
    }
}
