import KYRModel

/// Translation coverage of one document (or a language's total) in one language.
public struct CoverageRow: Sendable, Equatable {
    /// The language.
    public var language: LanguageTag
    /// `guides/at-home`, `agencies/ice`, `strings`, or `total`.
    public var document: String
    /// Source units and their words.
    public var units = 0
    public var words = 0
    /// Current units by state.
    public var draft = 0
    public var translated = 0
    public var reviewed = 0
    /// Units translated from an older (or unknown) source text.
    public var outdated = 0
    public var missing = 0
    /// Translated units whose source unit no longer exists.
    public var orphan = 0
    public var errors = 0
    public var warnings = 0
    /// Units readers see in this language under its publish policy (current and at least the minimum state).
    public var publishable = 0

    public init(language: LanguageTag, document: String) {
        self.language = language
        self.document = document
    }

    /// Current units, whatever their state.
    public var current: Int { draft + translated + reviewed }

    /// Publishable units as a percentage of all units, rounded down to one decimal (100.0 only when complete).
    public var percentComplete: Double {
        units == 0 ? 100 : (Double(publishable * 1000 / units)) / 10
    }

    mutating func add(_ other: CoverageRow) {
        units += other.units; words += other.words
        draft += other.draft; translated += other.translated; reviewed += other.reviewed
        outdated += other.outdated; missing += other.missing; orphan += other.orphan
        errors += other.errors; warnings += other.warnings; publishable += other.publishable
    }
}
