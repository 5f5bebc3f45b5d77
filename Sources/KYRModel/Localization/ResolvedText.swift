/// The text an output shows for one unit in one language, and what the reader must be told about it.
package struct ResolvedText: Sendable, Hashable {
    /// The text to render.
    package var text: InlineText
    /// The language `text` is in: the page's language, or the source language when falling back.
    package var language: LanguageTag
    /// Whether the translation was missing or not publishable, so the source text is shown instead.
    package var isFallback: Bool
    /// The translation state of the shown text; nil for source-language text.
    package var state: TranslationState?

    package init(text: InlineText, language: LanguageTag, isFallback: Bool, state: TranslationState?) {
        self.text = text
        self.language = language
        self.isFallback = isFallback
        self.state = state
    }
}
