import KYRModel

/// Everything plain texts in one language share: interface strings as plain text, the label
/// separator, how content text is rendered, and the wrapper.
struct TextLanguage: Sendable {
    let language: LanguageTag
    let published: PublishedLanguage
    /// Every interface string as plain text, by its template name (`sayInEnglish`).
    let strings: [String: String]
    let inline: InlineRenderer<TextInlineFormat>
    let wrapper: TextWrapper
    /// The strings of its messages.
    let messageStrings: MessageStrings

    init(_ published: PublishedLanguage, variables: [String: Variable], width: Int) {
        language = published.language
        self.published = published
        let inline = InlineRenderer(variables: variables, format: TextInlineFormat.plain(variables: variables))
        self.inline = inline
        var strings: [String: String] = [:]
        for string in InterfaceString.allCases {
            strings[PageLanguage.templateKey(string)] =
                published.string(string).map { inline.render($0.text).collapsingWhitespace } ?? string.rawValue
        }
        self.strings = strings
        wrapper = TextWrapper(width: width, language: published.language)
        messageStrings = MessageStrings(published, variables: variables)
    }

    /// An interface string as plain text.
    func string(_ string: InterfaceString) -> String {
        strings[PageLanguage.templateKeys[string]!] ?? string.rawValue
    }

    /// Content text as one plain paragraph.
    func text(_ resolved: ResolvedText) -> String {
        text(resolved.text)
    }

    func text(_ text: InlineText) -> String {
        inline.render(text).collapsingWhitespace
    }

    /// A heading and the rule under it (`=` or `-`), as wide as the heading up to the line width.
    func heading(_ text: String, rule: Character) -> [String: Any] {
        let width = DisplayWidth.of(text)
        let limit = wrapper.width > 0 ? min(width, wrapper.width) : width
        return ["text": text, "rule": String(repeating: rule, count: max(1, limit))]
    }

    /// What follows a label before its text: `: `, or `：` in Chinese.
    var colon: String { language.labelSeparator }
}
