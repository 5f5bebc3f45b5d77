import KYRLoad

/// A content file's text as kyr's editors change it: parsed for its nodes' positions, edited as
/// Unicode scalars (the parser's positions count them, after any byte-order mark), and written
/// back with the mark it had.
struct EditableYAML {
    /// The byte-order mark the file starts with, or nothing.
    let mark: String
    var scalars: [Unicode.Scalar]
    let root: YAMLNode?
    /// The file's line break, for lines the editors add.
    let newline: String

    init(_ original: String, file: String) {
        var text = original
        if text.unicodeScalars.first == "\u{FEFF}" {
            mark = "\u{FEFF}"
            text = String(text.unicodeScalars.dropFirst())
        } else {
            mark = ""
        }
        scalars = Array(text.unicodeScalars)
        root = YAMLParser(file: file).parse(Array(text.utf8)).root
        newline = text.contains("\r\n") ? "\r\n" : "\n"
    }

    /// The text with `replacements` (ranges of scalars) made, without the mark.
    func body(replacing replacements: [(range: Range<Int>, text: String)]) -> String {
        var scalars = scalars
        for (range, replacement) in replacements.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            scalars.replaceSubrange(range, with: replacement.unicodeScalars)
        }
        return String(String.UnicodeScalarView(scalars))
    }
}
