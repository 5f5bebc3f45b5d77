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
    /// What `translated-from` records for one unit (written by kyr): the fingerprint of the
    /// source text it was translated from and, since translations are stamped together with
    /// their text, of the translation then (absent in older stamps), which tells a translation
    /// updated after the source changed from one left as it was. Kept as numbers with the
    /// entry's place in the file: a project holds one per unit in every language, and as
    /// strings with locations they were over a quarter of a loaded project's memory.
    package struct Stamp: Sendable, Hashable {
        package var source: UInt64
        package var translation: UInt64?
        package var line: Int32
        package var column: Int32

        package init(source: UInt64, translation: UInt64?, line: Int, column: Int) {
            self.source = source
            self.translation = translation
            self.line = Int32(clamping: line)
            self.column = Int32(clamping: column)
        }

        /// The entry's value as kyr writes it in `translated-from`: the source's fingerprint,
        /// then the translation's when it was recorded.
        package var written: String {
            Fingerprint.hex(source) + (translation.map { " " + Fingerprint.hex($0) } ?? "")
        }
    }

    /// Each unit's stamp, by key.
    package var stamps: [String: Stamp] = [:]

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

    /// The fingerprint of the source text the unit `key` was translated from, as written, where
    /// it was written.
    package func fingerprint(of key: String) -> Located<String>? {
        stamps[key].map { stamp in
            Located(
                Fingerprint.hex(stamp.source),
                at: SourceLocation(file: file, line: Int(stamp.line), column: Int(stamp.column)))
        }
    }

    /// The fingerprint of the unit `key`'s translation when it was stamped, as written.
    package func stampedTranslation(of key: String) -> String? {
        stamps[key]?.translation.map(Fingerprint.hex)
    }

    /// The state of a unit: its own if set, otherwise the file's.
    package func state(of unit: Unit) -> TranslationState {
        unit.state ?? state
    }
}
