import KYRModel
import KYRTestSupport
import Testing

@testable import KYRRender

/// Inline markup to HTML: escaping, links, variables and bidi isolation.
@Suite struct InlineHTMLTests {
    static let here = SourceLocation(file: "test.yaml", line: 1, column: 1)
    static let renderer = InlineHTML(variables: [
        "hotline": Variable(name: "hotline", kind: .phone, value: "1-855-435-7693", label: nil, location: here),
        "site": Variable(
            name: "site", kind: .url, value: "https://example.org/help?a=1&b=2", label: nil, location: here),
        "mail": Variable(name: "mail", kind: .email, value: "help@example.org", label: nil, location: here),
        "city": Variable(name: "city", kind: .text, value: "Chicago <IL>", label: nil, location: here),
    ])

    func render(_ nodes: [InlineNode]) -> String { Self.renderer.render(nodes) }

    @Test func scriptInContentIsEscaped() {
        #expect(
            render([.text("<script>alert('x')</script> & \"q\"")])
                == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
    }

    /// Escaping by UTF-8 runs gives what escaping scalar by scalar gives, in every script and
    /// with combining marks after the replaced characters.
    @Test func escapingMatchesScalarByScalar() {
        func reference(_ text: String) -> String {
            var out = ""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "&": out += "&amp;"
                case "<": out += "&lt;"
                case ">": out += "&gt;"
                case "\"": out += "&quot;"
                case "'": out += "&#39;"
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out
        }
        let pieces = ["&", "<", ">", "\"", "'", "a", " ", "é", "\u{301}", "中文", "العربية", "👩‍👧", "\r\n", "&amp;"]
        // Seeded: the same 500 texts on every run.
        var random = SeededRandom(state: 18)
        var texts = ["", "plain", "&", "<<>>", "\"\u{301}x & y"]
        for _ in 0..<500 {
            texts.append((0..<random.below(13)).map { _ in pieces[random.below(pieces.count)] }.joined())
        }
        for text in texts {
            #expect(HTML.escape(text) == reference(text), "\(text)")
            var out = "prefix "
            HTML.escape(text, into: &out)
            #expect(out == "prefix " + reference(text))
        }
    }

    @Test func strongEmphasisAndLinks() {
        let nodes: [InlineNode] = [
            .strong([.text("Do not "), .emphasis([.text("open")])]),
            .text(" "),
            .link(.url("https://example.org/a?b=1&c=\"2\""), [.text("read <this>")], at: Self.here),
        ]
        #expect(
            render(nodes)
                == "<strong>Do not <em>open</em></strong> <a href=\"https://example.org/a?b=1&amp;c=&quot;2&quot;\">read &lt;this&gt;</a>"
        )
    }

    @Test func phoneVariableIsAnIsolatedTelLink() {
        #expect(
            render([.text("Call "), .variable("hotline", at: Self.here), .text(".")])
                == "Call <a href=\"tel:18554357693\" class=\"phone\"><bdi dir=\"ltr\">1-855-435-7693</bdi></a>.")
    }

    @Test func urlAndEmailVariablesAreIsolatedLinks() {
        #expect(
            render([.variable("site", at: Self.here)])
                == "<a href=\"https://example.org/help?a=1&amp;b=2\" class=\"url\"><bdi dir=\"ltr\">https://example.org/help?a=1&amp;b=2</bdi></a>"
        )
        #expect(
            render([.variable("mail", at: Self.here)])
                == "<a href=\"mailto:help@example.org\" class=\"email\"><bdi dir=\"ltr\">help@example.org</bdi></a>")
    }

    @Test func textVariableIsEscapedText() {
        #expect(render([.variable("city", at: Self.here)]) == "Chicago &lt;IL&gt;")
    }

    @Test func linkToAVariableUsesItsAddress() {
        #expect(
            render([.link(.variable("hotline"), [.text("Call us")], at: Self.here)])
                == "<a href=\"tel:18554357693\">Call us</a>")
    }

    @Test func variableInsideALinkLabelDoesNotNestLinks() {
        let html = render([
            .link(.url("https://example.org"), [.text("Call "), .variable("hotline", at: Self.here)], at: Self.here)
        ])
        #expect(html == "<a href=\"https://example.org\">Call <bdi dir=\"ltr\">1-855-435-7693</bdi></a>")
    }

    @Test func plainTextDropsMarkupAndKeepsValues() {
        let nodes: [InlineNode] = [
            .strong([.text("Call")]), .text(" "), .variable("hotline", at: Self.here), .text(" <now>"),
        ]
        #expect(Self.renderer.plain(nodes) == "Call 1-855-435-7693 <now>")
    }

    @Test func unknownVariableIsShownAsWritten() {
        #expect(render([.variable("nope", at: Self.here)]) == "{nope}")
    }
}
