import KYRModel
import Mustache
import Testing

@testable import KYRRender

/// Site templates escape `{{name}}` with kyr's own escaper, which gives what swift-mustache's
/// HTML escaping gives, and the templates render and report errors as their files are written.
@Suite struct HTMLEscapingTests {
    static let texts = [
        "", "plain", "Don't open the door", "<b>\"bold\" & 'quoted'</b>", "a > b < c", "&amp; already",
        "¿Tienen una orden firmada por un juez?", "لا تفتح الباب", "不要开门 <请>", "👩🏽‍⚖️ & ⚖️", "tab\tand\nnew line",
    ]

    @Test func escapesAsSwiftMustacheDoes() throws {
        let standard = try MustacheTemplate(string: "{{x}}")
        let ours = try MustacheTemplate(string: SiteTemplates.escaping + "{{x}}")
        for text in Self.texts {
            #expect(ours.render(["x": text]) == standard.render(["x": text]), "\(text)")
            #expect(HTMLEscaping().escapeText(text) == standard.render(["x": text]))
        }
    }

    /// Where a combining mark follows `<`, swift-mustache's walk by Character leaves the `<`
    /// raw, and a browser would read a tag; kyr escapes it.
    @Test func escapesAMarkupCharacterACombiningMarkFollows() {
        #expect(HTMLEscaping().escapeText("<\u{301}script>") == "&lt;\u{301}script&gt;")
    }

    @Test func aTemplateRendersAsWritten() throws {
        let templates = try SiteTemplates(
            files: ["page.mustache": "{{#items}}\n<li>{{.}}</li>\n{{/items}}\n{{{raw}}}\n"], folder: "Templates/html")
        let rendered = templates.render(["items": ["a&b", "c"], "raw": "<i>x</i>"], with: "page")
        #expect(rendered == "<li>a&amp;b</li>\n<li>c</li>\n<i>x</i>\n")
    }

    @Test func aParseErrorIsReportedOnItsOwnLine() {
        #expect {
            _ = try SiteTemplates(files: ["unit.mustache": "<p>\n{{#text}}never closed\n"], folder: "Templates/html")
        } throws: { error in
            guard let error = error as? RenderError else { return false }
            return error.file == "Templates/html/unit.mustache" && error.line == 3
        }
    }
}
