/// A source document as one language's readers will see it: each unit's text, resolved to the
/// translation where it may be published, otherwise to the source text, marked as such.
public struct LocalizedDocument: Sendable {
    public var document: any SourceDocument
    public var language: LanguageTag
    public var sourceLanguage: LanguageTag
    private var texts: [String: ResolvedText]

    public init(document: any SourceDocument, language: LanguageTag, sourceLanguage: LanguageTag, texts: [String: ResolvedText]) {
        self.document = document
        self.language = language
        self.sourceLanguage = sourceLanguage
        self.texts = texts
    }

    /// The text for `key`; the source text when the key has no publishable translation.
    public func text(_ key: String) -> ResolvedText? {
        texts[key]
    }

    /// The text for a source unit.
    public func text(for unit: TranslatableUnit) -> ResolvedText {
        texts[unit.key] ?? ResolvedText(text: unit.text, language: sourceLanguage, isFallback: language != sourceLanguage, state: nil)
    }

    /// Whether this is the source language itself.
    public var isSource: Bool { language == sourceLanguage }

    /// Whether some units are shown in the source language.
    public var hasFallback: Bool {
        !isSource && document.translatableUnits.contains { text(for: $0).isFallback }
    }

    /// Whether any shown translation is below `reviewed`: readers must be told.
    public var isUnreviewed: Bool {
        !isSource && document.translatableUnits.contains { text(for: $0).state.map { $0 < .reviewed } ?? false }
    }

    /// The lowest state among shown translated units (nil when all text is in the source language).
    public var lowestState: TranslationState? {
        document.translatableUnits.compactMap { text(for: $0).state }.min()
    }
}
