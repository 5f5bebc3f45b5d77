import KYRModel

/// Everything that depends on the language a page is written in: its direction, its interface
/// strings (with their own fallback), its dates, and how resolved content text is presented.
struct PageLanguage: Sendable {
    let language: LanguageTag
    let sourceLanguage: LanguageTag
    let inline: InlineHTML
    private let published: PublishedLanguage
    /// Every interface string under its template name, as HTML and as plain text: the same on
    /// every page of the language, so worked out once.
    let stringsHTML: [String: String]
    let stringsPlain: [String: String]
    /// The same, as template values, converted once per language rather than once per page.
    let stringsHTMLValue: TemplateValue
    let stringsPlainValue: TemplateValue

    init(_ published: PublishedLanguage, inline: InlineHTML) {
        language = published.language
        sourceLanguage = published.sourceLanguage
        self.published = published
        self.inline = inline
        var html: [String: String] = [:]
        var plain: [String: String] = [:]
        for string in InterfaceString.allCases {
            let resolved = published.string(string)
            let key = Self.templateKey(string)
            html[key] =
                resolved.map { Self.html($0, inline: inline, pageLanguage: published.language) }
                ?? HTML.escape(string.rawValue)
            plain[key] = resolved.map { Self.collapse(inline.plain($0.text)) } ?? string.rawValue
        }
        stringsHTML = html
        stringsPlain = plain
        stringsHTMLValue = TemplateValue(html)
        stringsPlainValue = TemplateValue(plain)
    }

    /// `rtl` or `ltr`, for `dir` attributes.
    var direction: String { Self.direction(of: language) }

    static func direction(of language: LanguageTag) -> String {
        language.isRightToLeft ? "rtl" : "ltr"
    }

    /// ` lang="en" dir="ltr"` when text in `other` sits on this page, otherwise empty: text that
    /// falls back to the source language must be announced (and shaped) in its own language.
    func languageAttributes(for other: LanguageTag) -> String {
        other == language ? "" : " lang=\"\(other.identifier)\" dir=\"\(Self.direction(of: other))\""
    }

    /// An interface string as HTML, wrapped in its own language when it falls back.
    func html(_ string: InterfaceString) -> String {
        stringsHTML[Self.templateKeys[string]!] ?? HTML.escape(string.rawValue)
    }

    /// An interface string as plain text, for attributes and titles (not escaped).
    func plain(_ string: InterfaceString) -> String {
        stringsPlain[Self.templateKeys[string]!] ?? string.rawValue
    }

    private static func html(_ resolved: ResolvedText, inline: InlineHTML, pageLanguage: LanguageTag) -> String {
        let body = inline.render(resolved.text)
        guard resolved.language != pageLanguage else { return body }
        return "<span lang=\"\(resolved.language.identifier)\" dir=\"\(direction(of: resolved.language))\">" + body
            + "</span>"
    }

    /// Every string's template key, worked out once.
    static let templateKeys = Dictionary(uniqueKeysWithValues: InterfaceString.allCases.map { ($0, templateKey($0)) })

    /// `skip-to-content` → `skipToContent`: Mustache names read better without hyphens.
    static func templateKey(_ string: InterfaceString) -> String {
        let parts = string.rawValue.split(separator: "-")
        return parts.enumerated().map {
            $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst()
        }.joined()
    }

    /// A text of a document as this page shows it: the HTML, its plain text, and the language
    /// attributes it needs when it is not in the page's language.
    func text(_ resolved: ResolvedText) -> TemplateObject {
        [
            "html": .string(inline.render(resolved.text)),
            "plain": .string(Self.collapse(inline.plain(resolved.text))),
            "lang": .string(resolved.language.identifier),
            "dir": .string(Self.direction(of: resolved.language)),
            "isFallback": .bool(resolved.isFallback),
            "langAttributes": .string(languageAttributes(for: resolved.language)),
        ]
    }

    /// A date for readers: the `YYYY-MM-DD` for `<time datetime>`, and the words.
    func date(_ date: ContentDate) -> TemplateObject {
        ["iso": .string(date.description), "text": .string(published.date(date))]
    }

    /// Whitespace runs (from folded YAML) as single spaces, ends trimmed.
    static func collapse(_ text: String) -> String {
        // Most texts have nothing to collapse; finding that out on scalars is much cheaper than
        // splitting characters.
        var previousWasSpace = true
        var needsWork = false
        for scalar in text.unicodeScalars {
            let isSpace = scalar == " "
            if (isSpace && previousWasSpace)
                || (!isSpace && (scalar.value < 0x80 ? scalar.value < 0x20 : scalar.properties.isWhitespace))
            {
                needsWork = true
                break
            }
            previousWasSpace = isSpace
        }
        if !needsWork && !(previousWasSpace && !text.isEmpty) { return text }
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
