/// A translation of one source document into one language: text by key, plus translation state.
package struct TranslationFile: Sendable {
    /// One translated unit.
    package struct Unit: Sendable, Hashable {
        package var key: Located<String>
        package var text: InlineText
        /// The unit's own state, overriding the file's.
        package var state: TranslationState?
        /// Checks this unit silences, each with the reason written for it (empty when none was).
        package var allowances: [Allowance]

        package init(key: Located<String>, text: InlineText, state: TranslationState?, allowances: [Allowance] = []) {
            self.key = key
            self.text = text
            self.state = state
            self.allowances = allowances
        }

        /// The allowance for a check code, if the unit silences it.
        package func allowance(for code: String) -> Allowance? {
            allowances.first { $0.code.value == code }
        }
    }

    /// A check a unit silences, with the written reason.
    package struct Allowance: Sendable, Hashable {
        package var code: Located<String>
        package var reason: String

        package init(code: Located<String>, reason: String) {
            self.code = code
            self.reason = reason
        }
    }

    package var kind: DocumentKind
    /// The guide or agency ID; empty for strings.
    package var documentID: String
    package var language: LanguageTag
    package var file: String
    package var state: TranslationState
    package var units: [Unit]
    /// Where the `units:` mapping starts, for diagnostics about units that are not there.
    package var unitsLocation: SourceLocation?
    /// The fingerprint of the source text each unit was translated from, by key (written by kyr).
    package var fingerprints: [String: Located<String>] = [:]
    /// The fingerprint of each unit's translation when it was stamped, by key (written by kyr
    /// since translations are stamped together with their text; absent in older stamps): tells a
    /// translation updated after the source changed from one left as it was.
    package var stampedTranslations: [String: String] = [:]

    package init(
        kind: DocumentKind, documentID: String, language: LanguageTag, file: String,
        state: TranslationState, units: [Unit]
    ) {
        self.kind = kind
        self.documentID = documentID
        self.language = language
        self.file = file
        self.state = state
        self.units = units
    }

    /// The document this translates.
    package var document: DocumentRef { DocumentRef(kind, documentID) }

    /// The document and language.
    package var ref: TranslationRef { TranslationRef(document: document, language: language) }

    /// A unit of this file, as diagnostics name it.
    package func unitRef(_ key: String) -> TranslatedUnitRef {
        TranslatedUnitRef(ref, key: key)
    }

    /// The state of a unit: its own if set, otherwise the file's.
    package func state(of unit: Unit) -> TranslationState {
        unit.state ?? state
    }
}
