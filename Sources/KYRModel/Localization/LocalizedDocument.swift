/// A source document as one language's readers will see it: each unit's text, resolved to the
/// translation where it may be published, otherwise to the source text, marked as such.
package struct LocalizedDocument: Sendable {
    package var document: any SourceDocument
    package var language: LanguageTag
    package var sourceLanguage: LanguageTag
    private var texts: [String: ResolvedText]

    package init(
        document: any SourceDocument, language: LanguageTag, sourceLanguage: LanguageTag, texts: [String: ResolvedText]
    ) {
        self.document = document
        self.language = language
        self.sourceLanguage = sourceLanguage
        self.texts = texts
    }

    /// The text for `key`; the source text when the key has no publishable translation.
    package func text(_ key: String) -> ResolvedText? {
        texts[key]
    }

    /// The text for a source unit.
    package func text(for unit: TranslatableUnit) -> ResolvedText {
        texts[unit.key]
            ?? ResolvedText(
                text: unit.text, language: sourceLanguage, isFallback: language != sourceLanguage, state: nil)
    }

    /// Whether this is the source language itself.
    package var isSource: Bool { language == sourceLanguage }

    /// Whether some units are shown in the source language.
    package var hasFallback: Bool {
        !isSource && document.translatableUnits.contains { text(for: $0).isFallback }
    }

    /// Whether any shown translation is below `reviewed`: readers must be told.
    package var isUnreviewed: Bool {
        !isSource && document.translatableUnits.contains { text(for: $0).state.map { $0 < .reviewed } ?? false }
    }

    /// The lowest state among shown translated units (nil when all text is in the source language).
    package var lowestState: TranslationState? {
        document.translatableUnits.compactMap { text(for: $0).state }.min()
    }
}

/// Typed access to a document's texts: outputs never spell a unit key.
extension LocalizedDocument {
    /// A guide's title.
    package var title: ResolvedText { resolved(UnitKey.title, (document as? Guide)?.title) }

    /// A guide's or agency note's summary.
    package var summary: ResolvedText {
        resolved(UnitKey.summary, (document as? Guide)?.summary ?? (document as? AgencyNote)?.summary)
    }

    /// A guide's short message, if it has one.
    package var message: ResolvedText? {
        (document as? Guide)?.message.map { resolved(UnitKey.message, $0) }
    }

    /// An agency note's name.
    package var name: ResolvedText { resolved(UnitKey.name, (document as? AgencyNote)?.name) }

    /// An agency note's short name, if it has one.
    package var shortName: ResolvedText? {
        (document as? AgencyNote)?.shortName.map { resolved(UnitKey.shortName, $0) }
    }

    /// A section's title.
    package func title(of section: ContentSection) -> ResolvedText {
        resolved(UnitKey.title(of: section), section.title)
    }

    /// A unit of a section.
    package func text(of unit: ContentUnit, in section: ContentSection) -> ResolvedText {
        resolved(UnitKey.unit(unit, in: section), unit.text)
    }

    /// A wallet-card line of a guide.
    package func cardLine(_ unit: ContentUnit) -> ResolvedText {
        resolved(UnitKey.card(unit), unit.text)
    }

    /// A statement to an agent (`Guide.statementsToAgent`): a card line, or a unit of its section.
    package func statement(_ unit: ContentUnit, in section: ContentSection?) -> ResolvedText {
        section.map { text(of: unit, in: $0) } ?? cardLine(unit)
    }

    /// The text under `key`, or `source` marked as a fallback if the localizer has none.
    private func resolved(_ key: String, _ source: InlineText?) -> ResolvedText {
        if let text = text(key) { return text }
        return ResolvedText(
            text: source ?? InlineText(raw: "", location: .file(document.file), nodes: []), language: sourceLanguage,
            isFallback: language != sourceLanguage, state: nil)
    }
}
