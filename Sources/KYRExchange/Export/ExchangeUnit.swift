import KYRModel

/// One unit as a translator gets it: its key, the English, the translation if there is one,
/// where it stands, and notes on what it is and where it appears.
package struct ExchangeUnit: Sendable, Equatable {
    /// Where the unit stands in the language (kyr's `UnitStatus`, without the state).
    package enum Status: String, Sendable, Hashable, CaseIterable {
        case missing, outdated, current
    }

    /// A note for the translator, with what it is about (`kind`, `where`, `previous-source`, `length`).
    package struct Note: Sendable, Equatable {
        package var category: String
        package var text: String

        package init(category: String, text: String) {
            self.category = category
            self.text = text
        }
    }

    package var key: String
    /// The English (the source language) as written, markup included.
    package var source: String
    /// Where the English is, for PO references and notes.
    package var sourceLocation: SourceLocation
    /// The translation as written, when there is one.
    package var target: String?
    /// The translation's state (the unit's own, or its file's).
    package var state: TranslationState?
    package var status: Status
    /// The English the translation was made from, for an outdated unit, when history has it.
    package var previousSource: String?
    package var notes: [Note]

    package init(
        key: String, source: String, sourceLocation: SourceLocation, target: String?, state: TranslationState?,
        status: Status, previousSource: String? = nil, notes: [Note] = []
    ) {
        self.key = key
        self.source = source
        self.sourceLocation = sourceLocation
        self.target = target
        self.state = state
        self.status = status
        self.previousSource = previousSource
        self.notes = notes
    }

    /// What import compares the content with to tell whether the translation changed after the
    /// export: the fingerprint of the translation as exported, or `none` when there was none.
    package var exportedTarget: String {
        target.map(Self.fingerprint) ?? ExchangeUnit.noTarget
    }

    /// The fingerprint of a translation as the exchange records it: of its canonical markup
    /// (`MarkedText`), so a text that came back through inline codes, escapes rewritten, has
    /// the fingerprint it left with; white space counts as `Fingerprint` counts it.
    package static func fingerprint(_ text: String) -> String {
        Fingerprint.of(MarkedText.canonical(text))
    }

    /// The exported-target record of a unit that had no translation.
    package static let noTarget = "none"
}
