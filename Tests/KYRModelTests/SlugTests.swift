import KYRModel
import KYRTestSupport
import Testing

@Suite struct SlugTests {
    @Test(arguments: ["a", "at-home", "i-200", "ice2", String(repeating: "a", count: 64)])
    func acceptsSlugs(_ text: String) {
        #expect(Slug.isValid(text))
    }

    @Test(arguments: [
        "", "At-home", "at_home", "-home", "home-", "at--home", "at home", "café", String(repeating: "a", count: 65),
    ])
    func refusesOthers(_ text: String) {
        #expect(!Slug.isValid(text))
    }

    @Test func suggestsASlug() {
        #expect(Slug.suggestion(for: "Chicago PD") == "chicago-pd")
        #expect(Slug.suggestion(for: "Dont_Open") == "dont-open")
        #expect(Slug.suggestion(for: "ok") == nil)
    }
}
