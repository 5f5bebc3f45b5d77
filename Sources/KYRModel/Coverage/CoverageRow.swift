/// Translation coverage of one document (or a language's total) in one language.
package struct CoverageRow: Sendable, Equatable {
    /// The language.
    package var language: LanguageTag
    /// `guides/at-home`, `agencies/ice`, `strings`, or `total`.
    package var document: String
    /// Source units and their words.
    package var units = 0
    package var words = 0
    /// Current units by state.
    package var draft = 0
    package var translated = 0
    package var reviewed = 0
    /// Units translated from an older (or unknown) source text.
    package var outdated = 0
    package var missing = 0
    /// Translated units whose source unit no longer exists.
    package var orphan = 0
    package var errors = 0
    package var warnings = 0
    /// Units readers see in this language under its publish policy (current and at least the minimum state).
    package var publishable = 0

    package init(language: LanguageTag, document: String) {
        self.language = language
        self.document = document
    }

    /// Current units, whatever their state.
    package var current: Int { draft + translated + reviewed }

    /// Publishable units as a percentage of all units, rounded down to one decimal (100.0 only when complete).
    package var percentComplete: Double {
        units == 0 ? 100 : (Double(publishable * 1000 / units)) / 10
    }

    package mutating func add(_ other: CoverageRow) {
        units += other.units
        words += other.words
        draft += other.draft
        translated += other.translated
        reviewed += other.reviewed
        outdated += other.outdated
        missing += other.missing
        orphan += other.orphan
        errors += other.errors
        warnings += other.warnings
        publishable += other.publishable
    }
}
