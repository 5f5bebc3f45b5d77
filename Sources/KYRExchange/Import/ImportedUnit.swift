import KYRModel

/// One unit as a translator's file brings it back, whatever the format: which unit, the English
/// the translator saw, their translation, whether their tool marks it finished, and what kyr
/// recorded at export about the translation then.
package struct ImportedUnit: Sendable, Equatable {
    package var document: DocumentRef
    package var key: String
    /// The English in the file, as kyr markup.
    package var source: String
    /// The translation as kyr markup; nil when the file has none (or an empty one).
    package var target: String?
    /// Whether the tool marks the translation finished: not `fuzzy` (PO), not `initial` (XLIFF).
    package var isFinished: Bool
    /// The state the file gives (XLIFF `translated`, `reviewed`, `final`, and subState `kyr:draft`);
    /// nil when the format has none (PO).
    package var state: TranslationState?
    /// The fingerprint of the translation as exported (`none` when there was none); nil when the
    /// file lacks kyr's record (a tool dropped it, or kyr did not write the file).
    package var exportedTarget: String?
    /// Where the unit is in the file (1-based line; 0 when unknown).
    package var line: Int

    package init(
        document: DocumentRef, key: String, source: String, target: String?, isFinished: Bool,
        state: TranslationState?, exportedTarget: String?, line: Int
    ) {
        self.document = document
        self.key = key
        self.source = source
        self.target = target
        self.isFinished = isFinished
        self.state = state
        self.exportedTarget = exportedTarget
        self.line = line
    }
}

/// Something in a translator's file that names no unit kyr can map (an unknown file id, a
/// plural entry, a code without original data): refused, with where and why.
package struct ImportRefusal: Error, Sendable, Equatable {
    /// `guides/at-home:door.dont-open`, or what the file calls it.
    package var name: String
    package var line: Int
    package var reason: String

    package init(name: String, line: Int, reason: String) {
        self.name = name
        self.line = line
        self.reason = reason
    }
}

/// A translator's file, read: its language and units.
package struct ImportedFile: Sendable, Equatable {
    package var format: ExchangeFormat
    /// The target language the file declares (XLIFF `trgLang`, PO `Language`).
    package var language: String
    /// The source language it declares, when it does.
    package var sourceLanguage: String?
    package var units: [ImportedUnit]
    package var refused: [ImportRefusal]

    package init(
        format: ExchangeFormat, language: String, sourceLanguage: String?, units: [ImportedUnit],
        refused: [ImportRefusal] = []
    ) {
        self.format = format
        self.language = language
        self.sourceLanguage = sourceLanguage
        self.units = units
        self.refused = refused
    }
}
