import KYRModel
import Mustache
import Testing

@testable import KYRRender

/// swift-mustache renders typed `TemplateValue`s exactly as it renders the dictionaries and
/// arrays they stand for: lookups up the stack and through dotted names, sections and inverted
/// sections over every kind of value, `{{.}}`, partials, escaping.
@Suite struct TemplateValueTests {
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
        "{{count}} {{yes}} {{no}} {{missing}} x",
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

    /// Renders every template with `values` and with the dictionaries they stand for.
    static func expectSameOutput(_ values: TemplateValue) throws {
        for (index, template) in templates.enumerated() {
            var texts = partials
            texts["page"] = template
            var library = MustacheLibrary()
            for (name, text) in texts { library.register(try MustacheTemplate(string: text), named: name) }
            let expected = try #require(library.render(Self.values, withTemplate: "page"))
            #expect(library.render(values, withTemplate: "page") == expected, "template \(index): \(template)")
        }
    }

    @Test func rendersAsTheDictionariesTheyStandFor() throws {
        try Self.expectSameOutput(TemplateValue(Self.values))
    }

    /// `value` with every list made element by element as it is rendered (as the sitemap's are).
    static func generated(_ value: TemplateValue) -> TemplateValue {
        switch value {
        case .list(let list):
            let elements = list.map(generated)
            return .generated(GeneratedList(count: elements.count) { elements[$0] })
        case .object(let object): return .object(object.mapValues(generated))
        default: return value
        }
    }

    @Test func generatedListsRenderAsTheListsTheyStandFor() throws {
        try Self.expectSameOutput(Self.generated(TemplateValue(Self.values)))
        let values = TemplateValue(Self.values)
        #expect(Self.generated(values).contentHash == values.contentHash, "how a list is held does not change its key")
    }

    /// A value handed to swift-mustache as `Any` is stored in place, not boxed on the heap, only
    /// while it fits `Any`'s inline buffer of three words; a site hands it millions.
    @Test func aValueFitsAnysInlineBuffer() {
        #expect(MemoryLayout<TemplateValue>.size <= MemoryLayout<(Int, Int, Int)>.size)
    }

    /// A generated list whose maker gives a key is hashed by that key, without making its
    /// elements; the key is mixed apart from any list's elements.
    @Test func aGeneratedListWithAKeyIsHashedByIt() {
        func list(_ key: UInt64?, _ texts: [String]) -> TemplateValue {
            let key = key.map { number -> ContentHash in
                var hash = ContentHash()
                hash.combine(number)
                return hash
            }
            return .generated(GeneratedList(count: texts.count, key: key) { .string(texts[$0]) })
        }
        #expect(list(1, ["a"]).contentHash == list(1, ["b"]).contentHash, "the key stands for the elements")
        #expect(list(1, ["a"]).contentHash != list(2, ["a"]).contentHash)
        #expect(list(1, ["a"]).contentHash != list(1, ["a", "a"]).contentHash, "the count is mixed in too")
        #expect(list(1, ["a"]).contentHash != list(nil, ["a"]).contentHash)
        #expect(list(nil, ["a"]).contentHash == TemplateValue.list([.string("a")]).contentHash)
    }

    /// A template the typed values were not written for (a transform, here) still works.
    @Test func swiftMustacheFeaturesStillWork() throws {
        let templates = try SiteTemplates(files: ["footer.mustache": "{{uppercased(lang)}}"], folder: nil)
        #expect(templates.render(["lang": "en"], with: "footer") == "EN")
        #expect(templates.render(["lang": .string("es")] as TemplateObject, with: "footer") == "ES")
    }
}
