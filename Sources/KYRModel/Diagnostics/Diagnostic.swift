/// One problem found in the content, with where it is and what to do about it.
package struct Diagnostic: Sendable, Hashable {
    package var location: SourceLocation
    package var severity: Severity
    package var code: DiagnosticCode
    package var message: String
    /// Further lines shown under the source line in text output (e.g. what an outdated source said).
    package var notes: [String]
    /// The translated unit a finding is about, so an erroneous unit can be kept from publication.
    package var subject: TranslatedUnitRef?
    /// The translation language a finding is about, so `kyr check --lang` can show one
    /// language's work; nil for the source language and the project as a whole.
    package var language: LanguageTag?

    package init(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation, severity: Severity? = nil,
        notes: [String] = []
    ) {
        self.location = location
        self.code = code
        self.message = message
        self.severity = severity ?? code.severity
        self.notes = notes
        subject = nil
        language = nil
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics sort by file, line and column so output is stable whatever order rules ran in.
    package static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        return lhs.message < rhs.message
    }
}

extension Array where Element == Diagnostic {
    /// Number of diagnostics of one severity.
    package func count(of severity: Severity) -> Int {
        reduce(0) { $0 + ($1.severity == severity ? 1 : 0) }
    }

    /// Whether any diagnostic is an error.
    package var hasErrors: Bool { contains { $0.severity == .error } }
}

/// Diagnostics can travel as errors where a single problem ends a step (reading one file).
extension Diagnostic: Error {}
