import Mustache
import Testing

@testable import KYRRender

/// The compiled renderer writes exactly what swift-mustache writes for the same templates and
/// values: whitespace rules (standalone tags, partial indentation, CRLF), lookups up the stack,
/// sections over every kind of value, escaping. Templates with tags it does not implement are
/// left to swift-mustache.
@Suite struct CompiledTemplatesTests {
    nonisolated(unsafe) static let values: [String: Any] = [
        "name": "Tom & <Jerry> \"quoted\" 'single'",
        "html": "<b>bold</b>",
        "yes": true,
        "no": false,
        "count": 3,
        "empty": "",
        "list": [["name": "one", "x": "1"], ["name": "two", "flag": true], ["x": "3"]] as [[String: Any]],
        "strings": ["a", "b<", "c"],
        "none": [[String: Any]](),
        "object": ["name": "inner", "deep": ["value": "v", "flag": false] as [String: Any]] as [String: Any],
        "emptyObject": [String: Any](),
        "combining": "\"\u{301}x & y",
        "crlf": "a\r\n",
    ]

    static let partials: [String: String] = [
        "line": "<{{name}}>\n",
        "block": "first {{name}}\n{{#list}}\n  item {{x}}\n{{/list}}\nlast\n",
        "nested": "  {{> line}}\n{{> block}}",
        "crlf": "a\r\n{{#yes}}\r\n b\r\n{{/yes}}\r\n",
    ]

    static let templates: [String] = [
        "{{name}} {{{name}}} {{&name}} {{ name }} {{{ html }}} {{html}}",
        "{{count}} {{yes}} {{no}} {{missing}} {{object}} {{.}}x",
        "{{#list}}[{{name}}|{{x}}|{{count}}]{{/list}}",
        "{{#list}}\n  {{name}}\n{{/list}}\n",
        "  {{#yes}}\n  yes\n  {{/yes}}\n  {{^no}}  \n  not\n  {{/no}}\n",
        "{{#strings}}<{{.}}>{{/strings}}{{^strings}}none{{/strings}}",
        "{{#none}}x{{/none}}{{^none}}empty{{/none}}{{^missing}}missing{{/missing}}",
        "{{#object}}{{name}} {{deep.value}} {{#deep}}{{value}}{{name}}{{/deep}}{{/object}}",
        "{{object.deep.value}} {{object.nothing.value}} {{.name}} {{#object}}{{.name}}{{/object}}",
        "{{#emptyObject}}shown{{/emptyObject}}{{^emptyObject}}hidden{{/emptyObject}}",
        "{{#name}}<{{.}}>{{/name}}{{#empty}}[{{.}}]{{/empty}}",
        "{{#list}}{{#flag}}F{{/flag}}{{^flag}}f{{/flag}}{{/list}}",
        "a\n  {{! a comment }}\nb {{! inline }} c\n",
        "  {{> line}}\n{{> line}}{{> line}}\n    {{> block}}\n",
        "{{#object}}\n    {{> nested}}\n{{/object}}\n",
        "x {{> missing}} y\n  {{> missing}}\n",
        "{{> crlf}}\r\n  {{> crlf}}\r\n{{crlf}}{{> line}}",
        "{{combining}} {{#yes}}\t{{name}}\t{{/yes}}\n\t{{#no}}\n{{/no}}\t\nend",
        "{ {single} } {{#list}}{{/list}}{{#list}}\n{{/list}}\n{{",
        "no newline at end {{name}}",
    ]

    @Test func rendersAsSwiftMustache() throws {
        for (index, template) in Self.templates.enumerated() {
            var texts = Self.partials
            texts["page"] = template
            var library = MustacheLibrary()
            for (name, text) in texts { library.register(try MustacheTemplate(string: text), named: name) }
            let compiled = try #require(CompiledTemplates(texts), "template \(index)")
            let expected = library.render(Self.values, withTemplate: "page")
            #expect(
                compiled.render(TemplateValue(Self.values), withTemplate: "page") == expected,
                "template \(index): \(template)")
        }
    }

    @Test func bundledSiteTemplatesCompile() {
        #expect(SiteTemplates.bundledTemplates.compiled != nil)
    }

    @Test func tagsOnlySwiftMustacheRendersAreLeftToIt() throws {
        for template in [
            "{{uppercased(name)}}", "{{<page}}{{$block}}x{{/block}}{{/page}}", "{{$block}}x{{/block}}",
            "{{=<% %>=}}<% name %>", "{{%CONTENT_TYPE: TEXT}}{{name}}", "{{>*dynamic}}",
        ] {
            #expect(CompiledTemplates(["page": template]) == nil, "\(template)")
        }
        // A project template with one of them: the site still renders, through swift-mustache.
        let templates = try SiteTemplates(files: ["footer.mustache": "{{uppercased(lang)}}"], folder: nil)
        #expect(templates.compiled == nil)
        #expect(templates.render(["lang": "en"], with: "footer") == "EN")
    }
}
