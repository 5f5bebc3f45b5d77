/// One built language as every output needs it: its interface strings (each falling back to
/// the source language on its own), how it writes dates, and its direction.
package struct PublishedLanguage: Sendable {
    package let language: LanguageTag
    package let sourceLanguage: LanguageTag
    /// The project's strings as this language's readers see them, when it has a strings file.
    private let projectStrings: LocalizedDocument?
    /// The project's own source-language strings, by key.
    private let projectSource: [String: InlineText]
    private let builtIn: BuiltInStrings
    private let dates: DateText

    package init(language: LanguageTag, localizer: Localizer) {
        self.language = language
        sourceLanguage = localizer.sourceLanguage
        let strings = localizer.content.strings
        projectStrings = strings.map { localizer.localize($0, into: language) }
        projectSource = Dictionary(
            (strings?.units ?? []).map { ($0.key, $0.text) }, uniquingKeysWith: { first, _ in first })
        builtIn = localizer.content.builtInStrings
        dates = DateText(language: language)
    }

    /// An interface string as readers of this language see it. The project's own string
    /// comes first (its translation, or its source text marked as a fallback); where the
    /// project defines none, kyr's built-in string in this language, or else in the source
    /// language, marked as a fallback. A built-in translation also stands in for a project
    /// string whose source text is the built-in one word for word.
    package func string(_ string: InterfaceString) -> ResolvedText? {
        let key = string.rawValue
        if let source = projectSource[key], let resolved = projectStrings?.text(key) {
            guard resolved.isFallback, let translated = builtIn.text(string, in: language),
                let builtInSource = builtIn.text(string, in: sourceLanguage),
                Fingerprint.of(builtInSource.raw) == Fingerprint.of(source.raw)
            else { return resolved }
            return ResolvedText(text: translated, language: language, isFallback: false, state: nil)
        }
        if let text = builtIn.text(string, in: language) {
            return ResolvedText(text: text, language: language, isFallback: false, state: nil)
        }
        if let text = builtIn.text(string, in: sourceLanguage) {
            return ResolvedText(
                text: text, language: sourceLanguage, isFallback: language != sourceLanguage, state: nil)
        }
        return nil
    }

    /// A date in words, as the language writes it.
    package func date(_ date: ContentDate) -> String {
        dates.format(date)
    }

    /// Whether the language is written right to left.
    package var isRightToLeft: Bool { language.isRightToLeft }
}
