/// The text of the files a run read, kept so diagnostics can quote the offending line.
public struct SourceText: Sendable {
    private var linesByFile: [String: [Substring]] = [:]

    public init() {}

    /// Remembers the contents of `file` (its display path).
    public mutating func add(file: String, contents: String) {
        linesByFile[file] = SourceLines.split(contents)
    }

    /// Merges the files another store remembered.
    public mutating func merge(_ other: SourceText) {
        linesByFile.merge(other.linesByFile) { current, _ in current }
    }

    /// The 1-based `line` of `file`, if it was read.
    public func line(_ line: Int, of file: String) -> Substring? {
        guard let lines = linesByFile[file], line >= 1, line <= lines.count else { return nil }
        return lines[line - 1]
    }
}
