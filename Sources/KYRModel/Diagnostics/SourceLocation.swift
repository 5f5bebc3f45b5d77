/// A position in a content file, as shown to people: 1-based line and column,
/// columns counted in Unicode scalars (what libyaml reports and editors show).
package struct SourceLocation: Sendable, Hashable, Comparable {
    /// The file's path as printed in diagnostics (relative to the working directory when possible).
    package var file: String
    /// 1-based line; 0 when the problem concerns the whole file.
    package var line: Int
    /// 1-based column in Unicode scalars; 0 when the problem concerns the whole file.
    package var column: Int

    package init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A location naming only the file, for problems such as a missing or oversized file.
    package static func file(_ path: String) -> SourceLocation {
        SourceLocation(file: path, line: 0, column: 0)
    }

    package static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    /// `path:line:col`, or just `path` for whole-file locations.
    package var description: String {
        line > 0 ? "\(file):\(line):\(column)" : file
    }
}
