import KYRTestSupport
import Testing

@testable import KYRServe

/// The reload script goes into served HTML only, with a policy that allows it and nothing more.
@Suite struct LiveReloadTests {
    @Test func theScriptGoesBeforeTheEndOfTheBody() {
        let page = "<html><head></head><body><p>Hi</p></BODY></html>"
        #expect(
            LiveReload.inject(into: page, generation: "a-1")
                == "<html><head></head><body><p>Hi</p><script src=\"/_kyr/reload.js\" data-generation=\"a-1\">"
                + "</script>\n</BODY></html>")
        #expect(
            LiveReload.inject(into: "<p>no body</p>", generation: "b-2").hasSuffix(
                "data-generation=\"b-2\"></script>\n"))
    }

    @Test func thePolicyAllowsTheSameOriginScriptAndStreamOnly() {
        #expect(
            LiveReload.allowingReload(policy: "default-src 'none'; style-src 'self'")
                == "default-src 'none'; style-src 'self'; script-src 'self'; connect-src 'self'")
        // A template's own script-src or connect-src is replaced, not added to.
        #expect(
            LiveReload.allowingReload(policy: " default-src 'none';script-src 'none'; connect-src https://x.org; ")
                == "default-src 'none'; script-src 'self'; connect-src 'self'")
    }

    @Test func onlyThePolicyMetaIsRewrittenQuotedEitherWay() {
        let page = """
            <meta charset="utf-8">
            <META HTTP-EQUIV='Content-Security-Policy' CONTENT='default-src &#39;none&#39;'>
            <meta name="description" content="default-src 'none'">
            """
        #expect(
            LiveReload.allowingReload(in: page) == """
                <meta charset="utf-8">
                <META HTTP-EQUIV='Content-Security-Policy' CONTENT='default-src &#39;none&#39;; script-src &#39;self&#39;; connect-src &#39;self&#39;'>
                <meta name="description" content="default-src 'none'">
                """)
        #expect(LiveReload.allowingReload(in: "<p>no policy</p>") == "<p>no policy</p>")
    }

    @Test func theErrorPageEscapesTheReport() {
        let page = ErrorPage.html(title: "1 < 2", report: "title: <b>\"x\" & y</b>")
        #expect(page.contains("<h1>1 &lt; 2</h1>"))
        #expect(page.contains("<pre>title: &lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;</pre>"))
    }
}
