import KYRModel

/// Sets a publication's texts for one document: content and interface strings as laid-out
/// blocks, each in its own language (a unit that falls back to English is set, shaped and
/// directed as English, whatever the page's language).
final class Typesetter {
    let engine: TextEngine
    let publication: Publication
    private let renderers: [Bool: InlineRenderer<PangoMarkupFormat>]

    init(engine: TextEngine, publication: Publication) {
        self.engine = engine
        self.publication = publication
        let variables = publication.site.variables
        renderers = [
            false: InlineRenderer(
                variables: variables, format: PangoMarkupFormat(rightToLeft: false, variables: variables)),
            true: InlineRenderer(
                variables: variables, format: PangoMarkupFormat(rightToLeft: true, variables: variables)),
        ]
    }

    /// A content text in its own language.
    func block(_ resolved: ResolvedText, _ style: TextStyle, width: Double) -> TextBlock {
        block(resolved.text, style.inLanguage(resolved.language), width: width)
    }

    /// Inline text in `style`'s language.
    func block(_ text: InlineText, _ style: TextStyle, width: Double) -> TextBlock {
        engine.block(markup(text, rightToLeft: style.isRightToLeft), style, width: width)
    }

    /// An interface string as `language`'s readers see it (in the source language where it
    /// has no translation), with `suffix` (plain text: a date, a page number) after it.
    func block(
        _ string: InterfaceString, in language: LanguageTag, _ style: TextStyle, width: Double, suffix: String = ""
    ) -> TextBlock {
        let resolved = self.string(string, in: language)
        let style = style.inLanguage(resolved.language)
        return engine.block(
            markup(resolved.text, rightToLeft: style.isRightToLeft) + PangoMarkupFormat.escape(suffix), style,
            width: width)
    }

    /// Plain text (names, dates), escaped.
    func block(plain: String, _ style: TextStyle, width: Double) -> TextBlock {
        engine.block(PangoMarkupFormat.escape(plain), style, width: width)
    }

    /// Ready Pango markup.
    func block(markup: String, _ style: TextStyle, width: Double) -> TextBlock {
        engine.block(markup, style, width: width)
    }

    /// An interface string's text and language for `language`'s readers.
    func string(_ string: InterfaceString, in language: LanguageTag) -> ResolvedText {
        publication.language(language).string(string)
            ?? ResolvedText(
                text: InlineText(raw: string.rawValue, location: .file("kyr"), nodes: [.text(string.rawValue)]),
                language: publication.sourceLanguage, isFallback: true, state: nil)
    }

    /// Inline text as Pango markup, its whitespace runs (folded YAML) made single spaces.
    func markup(_ text: InlineText, rightToLeft: Bool) -> String {
        Self.collapse(renderers[rightToLeft]!.render(text))
    }

    /// Runs of spaces, tabs and line breaks as one space, ends trimmed: YAML line breaks are
    /// not paragraph breaks. No-break spaces are kept: they were written on purpose.
    static func collapse(_ markup: String) -> String {
        // Most texts have nothing to collapse: find that out on bytes.
        var previousWasSpace = true
        var needsWork = false
        for byte in markup.utf8 {
            let isSpace = byte == UInt8(ascii: " ")
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
                || (isSpace && previousWasSpace)
            {
                needsWork = true
                break
            }
            previousWasSpace = isSpace
        }
        if !needsWork && !previousWasSpace { return markup }
        let isBreakable: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r\n" || $0 == "\r" }
        return markup.split(whereSeparator: isBreakable).joined(separator: " ")
    }
}
