/// Where every language stands: per document and in total, and the units a translator must
/// work on (missing and outdated, with the source text, its key and where it appears).
/// Computed by the checker; formatted by the reports.
package struct CoverageReport: Sendable {
    /// One unit that needs a translator.
    package struct WorkItem: Sendable, Equatable {
        package enum Reason: String, Sendable { case missing, outdated }
        package var document: String
        package var key: String
        package var reason: Reason
        /// The source text now.
        package var source: String
        /// The source text the translation was made from, when known.
        package var previousSource: String?
        /// The source unit's place, `Content/guides/at-home/en.yaml:12:9`.
        package var location: SourceLocation
        /// What the unit is: its kind (`say`, `step`) or role (`title`, `heading`).
        package var role: String
        /// The translation now, for an outdated unit, and where it is.
        package var translation: String?
        package var translationLocation: SourceLocation?

        package init(
            document: String, key: String, reason: Reason, source: String, previousSource: String?,
            location: SourceLocation, role: String = "text", translation: String? = nil,
            translationLocation: SourceLocation? = nil
        ) {
            self.document = document
            self.key = key
            self.reason = reason
            self.source = source
            self.previousSource = previousSource
            self.location = location
            self.role = role
            self.translation = translation
            self.translationLocation = translationLocation
        }

        /// Where a translator works on it: the translation for an outdated unit, the source for a missing one.
        package var place: SourceLocation { translationLocation ?? location }
    }

    package struct Language: Sendable {
        package var language: LanguageTag
        package var policy: PublishPolicy
        package var documents: [CoverageRow]
        package var total: CoverageRow
        package var work: [WorkItem]
        /// Interface strings readers of this language see in the source language: those the
        /// project defines and has not translated, and every other where kyr ships no built-in
        /// string in the language (Vietnamese, say). Not counted in the rows, which count only
        /// the strings the project defines.
        package var interfaceStringsInSource: Int
        /// Whether kyr ships its interface strings in this language.
        package var hasBuiltInStrings: Bool

        package init(
            language: LanguageTag, policy: PublishPolicy, documents: [CoverageRow], total: CoverageRow,
            work: [WorkItem],
            interfaceStringsInSource: Int = 0, hasBuiltInStrings: Bool = true
        ) {
            self.language = language
            self.policy = policy
            self.documents = documents
            self.total = total
            self.work = work
            self.interfaceStringsInSource = interfaceStringsInSource
            self.hasBuiltInStrings = hasBuiltInStrings
        }
    }

    package var sourceLanguage: LanguageTag
    package var languages: [Language]

    package init(sourceLanguage: LanguageTag, languages: [Language]) {
        self.sourceLanguage = sourceLanguage
        self.languages = languages
    }

    /// Published languages whose total is below `minimum` percent.
    package func languages(below minimum: Double) -> [Language] {
        languages.filter { $0.policy.mode != .never && $0.total.percentComplete < minimum }
    }

    /// How many interface strings there are.
    package static var interfaceStringCount: Int { InterfaceString.allCases.count }

    /// `95.2` with one decimal, never rounded up to 100.
    package static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded(.down))
        return "\(tenths / 10).\(tenths % 10)"
    }
}
