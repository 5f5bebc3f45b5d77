import KYRModel
import KYRTestSupport
import Testing

@testable import KYRLoad

/// Which addresses content may link to: https with a host, tel, mailto and sms; nothing else.
@Suite struct URLRulesTests {
    @Test func httpsNeedsAHostWithADotAndNoSpaces() {
        for good in [
            "https://example.org", "https://www.justice.gov/eoir", "HTTPS://Example.org/a_b?c=d#e",
            "https://ex.org/ruta/ñ",
        ] {
            #expect(URLRules.httpsProblem(good) == nil, "\(good)")
        }
        for bad in [
            "https://example", "https:///example.org", "https:/example.org", "https://exa mple.org",
            "https://example.org/a\u{3000}b", "https://",
        ] {
            #expect(URLRules.httpsProblem(bad)?.code == .invalidValue, "\(bad)")
        }
        #expect(URLRules.httpsProblem("http://example.org")?.code == .linkScheme)
        #expect(URLRules.httpsProblem("example.org")?.code == .invalidValue)
    }

    @Test func linkSchemes() {
        for good in [
            "tel:+18554357693", "mailto:a@example.org", "sms:+18554357693", "TEL:+1855", "https://example.org",
        ] {
            #expect(URLRules.linkProblem(good) == nil, "\(good)")
        }
        #expect(URLRules.linkProblem("tel:")?.code == .invalidValue)
        #expect(URLRules.linkProblem("javascript:alert(1)")?.code == .linkScheme)
        #expect(URLRules.linkProblem("ftp://example.org")?.code == .linkScheme)
        #expect(URLRules.linkProblem(":nothing")?.code == .linkScheme)
        #expect(URLRules.linkProblem("1tel:123")?.code == .linkScheme)
        #expect(URLRules.scheme(of: "Mailto:x@y.z") == "mailto")
        #expect(URLRules.scheme(of: "té:l") == nil)
    }
}
