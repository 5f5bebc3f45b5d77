/// A processing requirement of XLIFF 2.0 that a document breaks: where, and which.
package struct XLIFFProblem: Sendable, Hashable, CustomStringConvertible {
    /// The line of the element concerned (0 when unknown).
    package var line: Int
    package var message: String

    package init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    package var description: String { line > 0 ? "line \(line): \(message)" : message }
}
