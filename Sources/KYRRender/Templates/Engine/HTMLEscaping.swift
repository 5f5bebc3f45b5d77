import Mustache

/// How `{{name}}` escapes text in the site's templates: what swift-mustache's HTML content type
/// does (`<`, `>`, `&`, `"` and `'` become entities), byte by byte, as `HTML.escape` escapes
/// the texts kyr renders itself. swift-mustache walks each
/// text Character by Character with a dictionary look-up per Character, which made escaping
/// about a tenth of a site build; a text with nothing to escape (most) is returned as it is.
/// The one difference: a `<` or `&` that a combining mark follows is escaped here, where a
/// walk by Character sees one Character that is not `<` and leaves it raw in the page.
struct HTMLEscaping: MustacheContentType {
    /// The name templates select it by (`{{%CONTENT_TYPE: KYR_HTML}}`), which `SiteTemplates`
    /// puts before every site template.
    static let name = "KYR_HTML"

    /// Registered once, before the first template that names it is parsed.
    static let registered: Void = MustacheContentTypes.register(HTMLEscaping(), named: name)

    func escapeText(_ text: String) -> String {
        guard text.utf8.contains(where: HTML.isSpecial) else { return text }
        return HTML.escape(text)
    }
}
