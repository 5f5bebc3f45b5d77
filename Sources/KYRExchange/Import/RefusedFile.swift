import KYRModel

/// Why a translator's file (XLIFF or PO) was refused before anything in it was used: too large,
/// too deep, a DOCTYPE, not well-formed, not valid XLIFF 2.0, not a valid PO file. Nothing was written.
package struct RefusedFile: KYRError, Equatable {
    /// The file as the user named it.
    package var file: String
    /// Where, when known (1-based; 0 for the whole file).
    package var line: Int
    package var column: Int
    /// What is wrong, in a sentence.
    package var message: String

    package init(file: String, line: Int = 0, column: Int = 0, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// A refused file is bad input, like content with errors: exit 1.
    package var exitStatus: Int32 { 1 }

    package var description: String {
        let place = line > 0 ? ":\(line)" + (column > 0 ? ":\(column)" : "") : ""
        return "\(file)\(place): \(message)"
    }
}
