/// A translation of one source document into one language: text by key, plus translation state.
public struct TranslationFile: Sendable {
    /// One translated unit.
    public struct Unit: Sendable, Hashable {
        public var key: Located<String>
        public var text: InlineText
        /// The unit's own state, overriding the file's.
        public var state: TranslationState?
        /// Checks this unit silences, each with the reason written for it (empty when none was).
        public var allowances: [Allowance]

        public init(key: Located<String>, text: InlineText, state: TranslationState?, allowances: [Allowance] = []) {
            self.key = key
            self.text = text
            self.state = state
            self.allowances = allowances
        }

        /// The allowance for a check code, if the unit silences it.
        public func allowance(for code: String) -> Allowance? {
            allowances.first { $0.code.value == code }
        }
    }

    /// A check a unit silences, with the written reason.
    public struct Allowance: Sendable, Hashable {
        public var code: Located<String>
        public var reason: String

        public init(code: Located<String>, reason: String) {
            self.code = code
            self.reason = reason
        }
    }

    public var kind: DocumentKind
    /// The guide or agency ID; empty for strings.
    public var documentID: String
    public var language: LanguageTag
    public var file: String
    public var state: TranslationState
    public var units: [Unit]
    /// Where the `units:` mapping starts, for diagnostics about units that are not there.
    public var unitsLocation: SourceLocation?
    /// The fingerprint of the source text each unit was translated from, by key (written by kyr).
    public var fingerprints: [String: Located<String>] = [:]

    public init(
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

    /// The state of a unit: its own if set, otherwise the file's.
    public func state(of unit: Unit) -> TranslationState {
        unit.state ?? state
    }
}
