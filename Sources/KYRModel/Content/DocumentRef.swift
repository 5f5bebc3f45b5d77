/// Names one document of a project whatever its language: a guide, an agency note, or the
/// interface strings. Every index by document uses it, so no module spells a path as a key.
package struct DocumentRef: Sendable, Hashable, Comparable, CustomStringConvertible {
    package var kind: DocumentKind
    /// The guide or agency ID; empty for the strings.
    package var id: String

    package init(_ kind: DocumentKind, _ id: String) {
        self.kind = kind
        self.id = kind == .strings ? "" : id
    }

    /// The interface strings.
    package static let strings = DocumentRef(.strings, "")

    /// `guides/<id>`, `agencies/<id>` or `strings`: how history files and messages name it.
    package var path: String { kind.documentPath(id) }

    package var description: String { path }

    /// The document in one language.
    package func translation(_ language: LanguageTag) -> TranslationRef {
        TranslationRef(document: self, language: language)
    }

    package static func < (lhs: DocumentRef, rhs: DocumentRef) -> Bool {
        lhs.path < rhs.path
    }
}

/// One document in one language: a translation file, present or not.
package struct TranslationRef: Sendable, Hashable {
    package var document: DocumentRef
    package var language: LanguageTag

    package init(document: DocumentRef, language: LanguageTag) {
        self.document = document
        self.language = language
    }
}

/// One unit of one translation, by its key: what a diagnostic is about when an error there
/// must keep that unit from publication.
package struct TranslatedUnitRef: Sendable, Hashable {
    package var translation: TranslationRef
    package var key: String

    package init(_ translation: TranslationRef, key: String) {
        self.translation = translation
        self.key = key
    }
}
