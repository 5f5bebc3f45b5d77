/// One built language as every output needs it: its interface strings (each falling back to
/// the source language on its own), how it writes dates, and its direction.
package struct PublishedLanguage: Sendable {
    package let language: LanguageTag
    package let sourceLanguage: LanguageTag
    private let strings: LocalizedDocument?
    private let dates: DateText

    package init(language: LanguageTag, localizer: Localizer) {
        self.language = language
        sourceLanguage = localizer.sourceLanguage
        strings = localizer.content.strings.map { localizer.localize($0, into: language) }
        dates = DateText(language: language)
    }

    /// An interface string as readers of this language see it; nil only when the project
    /// has no strings file (checks report that first).
    package func string(_ string: InterfaceString) -> ResolvedText? {
        strings?.text(string.rawValue)
    }

    /// A date in words, as the language writes it.
    package func date(_ date: ContentDate) -> String {
        dates.format(date)
    }

    /// Whether the language is written right to left.
    package var isRightToLeft: Bool { language.isRightToLeft }
}
