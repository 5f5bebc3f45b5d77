import KYRLoad
import KYRModel

/// The `translated-from:` block kyr keeps in a translation file, and how to replace it while
/// keeping every byte outside it: the translator's text, comments, order and line endings.
enum FingerprintBlock {
    static let key = "translated-from"
    static let header =
        "# kyr: fingerprints of the source text each unit was translated from; written by kyr translate stamp"

    /// `text` with its block replaced by one holding `fingerprints` (removed when there are none).
    /// The block keeps its place in the file; a file without one gets it at the end.
    static func replace(in text: String, fingerprints: [(key: String, value: String)], file: String) -> String {
        // The parser skips a byte-order mark and counts positions after it: so does this, and
        // the mark is kept.
        if text.unicodeScalars.first == "\u{FEFF}" {
            return "\u{FEFF}"
                + replace(in: String(text.unicodeScalars.dropFirst()), fingerprints: fingerprints, file: file)
        }
        var scalars = Array(text.unicodeScalars)
        let newline = text.contains("\r\n") ? "\r\n" : "\n"
        var block = ""
        if !fingerprints.isEmpty {
            block =
                header + newline + key + ":" + newline
                + fingerprints.map { "  \($0.key): \($0.value)" + newline }.joined()
        }
        guard let range = extent(in: scalars, text: text, file: file) else {
            var out = text
            if !out.isEmpty, !out.hasSuffix("\n") { out += newline }
            return out + block
        }
        scalars.replaceSubrange(range, with: block.unicodeScalars)
        return String(String.UnicodeScalarView(scalars))
    }

    /// The scalars of the block: from the start of its key's line (with kyr's header comment
    /// right above it) through the end of the line where its last value ends. Taken from the
    /// parsed nodes, so a key or comment after the block is never part of it.
    static func extent(in scalars: [Unicode.Scalar], text: String, file: String) -> Range<Int>? {
        let parsed = YAMLParser(file: file).parse(Array(text.utf8))
        guard case .mapping(let pairs)? = parsed.root?.value,
            let block = pairs.first(where: { $0.key.scalar == key })
        else { return nil }
        var start = block.key.start.index
        while start > 0, !isLineBreak(scalars[start - 1]) { start -= 1 }
        // kyr's own header comment right above the block goes with it.
        while start > 0 {
            var lineStart = start - 1
            if lineStart > 0, scalars[lineStart] == "\n", scalars[lineStart - 1] == "\r" { lineStart -= 1 }
            while lineStart > 0, !isLineBreak(scalars[lineStart - 1]) { lineStart -= 1 }
            let line = String(String.UnicodeScalarView(scalars[lineStart..<start]))
            guard line.hasPrefix("# kyr:") else { break }
            start = lineStart
        }
        var end = lastEnd(of: block.value, after: block.key.end.index, in: scalars)
        while end < scalars.count, !isLineBreak(scalars[end]) { end += 1 }
        if end < scalars.count, scalars[end] == "\r" { end += 1 }
        if end < scalars.count, scalars[end] == "\n" { end += 1 }
        return start..<max(start, end)
    }

    /// Where the last thing written in `node` ends. A block collection's own end mark is the
    /// start of whatever follows it (the next key, or past trailing comments), so its last
    /// value is asked instead; a flow collection (`{...}`, `[...]`) ends at its bracket.
    private static func lastEnd(of node: YAMLNode, after keyEnd: Int, in scalars: [Unicode.Scalar]) -> Int {
        let isFlow =
            node.start.index < scalars.count && (scalars[node.start.index] == "{" || scalars[node.start.index] == "[")
        switch node.value {
        case .mapping(let pairs) where !pairs.isEmpty && !isFlow:
            let last = pairs[pairs.count - 1]
            return lastEnd(of: last.value, after: last.key.end.index, in: scalars)
        case .sequence(let items) where !items.isEmpty && !isFlow:
            return lastEnd(of: items[items.count - 1], after: keyEnd, in: scalars)
        default:
            return max(node.end.index, keyEnd)
        }
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\n" || scalar == "\r"
    }
}
