import KYRModel
import Testing

@testable import KYRPrint

/// Inline markup as Pango markup: escaped, numbers kept whole and left to right.
@Suite struct PangoMarkupFormatTests {
    static let hotline = Variable(
        name: "hotline", kind: .phone, value: "1-855-435-7693", label: nil, location: .file("site.yaml"))
    static let site = Variable(
        name: "site", kind: .url, value: "https://example.org/help", label: nil, location: .file("site.yaml"))

    func render(_ nodes: [InlineNode], rightToLeft: Bool = false) -> String {
        let variables = ["hotline": Self.hotline, "site": Self.site]
        return InlineRenderer(
            variables: variables, format: PangoMarkupFormat(rightToLeft: rightToLeft, variables: variables)
        ).render(nodes)
    }

    @Test func textIsEscapedByPangoRules() {
        #expect(render([.text("<b>x</b> & \"y\" 'z'")]) == "&lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot; &apos;z&apos;")
    }

    @Test func strongAndEmphasisBecomeSpans() {
        #expect(render([.strong([.text("no")]), .text(" "), .emphasis([.text("yes")])]) == "<b>no</b> <i>yes</i>")
    }

    @Test func phoneNumbersNeverBreakAndAreIsolatedInRightToLeftText() {
        let nodes: [InlineNode] = [.text("اتصل "), .variable("hotline", at: .file("x"))]
        #expect(render(nodes) == "اتصل <span allow_breaks=\"false\">1-855-435-7693</span>")
        #expect(
            render(nodes, rightToLeft: true)
                == "اتصل \u{2066}<span allow_breaks=\"false\">1-855-435-7693</span>\u{2069}")
    }

    /// Paper has no links: the address follows the text, as site.yaml writes it.
    @Test func linksPrintTheirAddress() {
        let location = SourceLocation.file("x")
        #expect(
            render([.link(.variable("hotline"), [.text("Call us")], at: location)])
                == "Call us (<span allow_breaks=\"false\">1-855-435-7693</span>)")
        #expect(
            render([.link(.url("https://example.org/a?b=1&c=2"), [.text("here")], at: location)])
                == "here (example.org/a?b=1&amp;c=2)")
    }
}
