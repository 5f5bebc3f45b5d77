/// The text of the files a run read, kept so diagnostics can quote the offending line.
/// Lines are found only when asked for: most files of a run are never quoted.
package struct SourceText: Sendable {
    private var textByFile: [String: String] = [:]

    package init() {}

    /// Remembers the contents of `file` (its display path).
    package mutating func add(file: String, contents: String) {
        textByFile[file] = contents
    }

    /// Merges the files another store remembered.
    package mutating func merge(_ other: SourceText) {
        textByFile.merge(other.textByFile) { current, _ in current }
    }

    /// Every file read, by display path, with its text.
    package var files: [String: String] { textByFile }

    /// The whole text of `file`, if it was read.
    package func text(of file: String) -> String? {
        textByFile[file]
    }

    /// The 1-based `line` of `file`, if it was read.
    package func line(_ line: Int, of file: String) -> Substring? {
        guard let text = textByFile[file], line >= 1 else { return nil }
        return SourceLines.line(line, of: text)
    }
}
