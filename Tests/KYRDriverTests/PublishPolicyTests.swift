import Foundation
import KYRDriver
import KYRModel
import KYRTestSupport
import Testing

/// What readers see under each publish policy.
@Suite struct PublishPolicyTests {
    func localizer(policy: String, spanish: (String) -> String = { $0 }) throws -> (Localizer, Guide) {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let site = try project.read("Content/site.yaml")
        try project.write(
            "Content/site.yaml", site.replacingOccurrences(of: "  - es\n", with: "  - tag: es\n" + policy))
        try project.write("Content/guides/at-home/es.yaml", spanish(try project.read("Content/guides/at-home/es.yaml")))
        let checked = try Checking.project(project.path)
        return (checked.localizer, try #require(checked.content.guides.first))
    }

    let es = try! LanguageTag.parse("es").get()

    @Test func fallbackShowsEveryCurrentUnitAndMarksDrafts() throws {
        let (localizer, guide) = try localizer(policy: "    publish: fallback\n")
        let page = localizer.localize(guide, into: es)
        #expect(localizer.isPublished(guide, in: es))
        #expect(!page.hasFallback && page.isUnreviewed && page.lowestState == .draft)
        #expect(page.text("door.ask-warrant")?.state == .reviewed)
    }

    @Test func minimumStateSendsDraftsBackToEnglish() throws {
        let (localizer, guide) = try localizer(policy: "    publish: fallback\n    min-state: reviewed\n")
        let page = localizer.localize(guide, into: es)
        #expect(page.text("door.ask-warrant")?.isFallback == false)
        #expect(page.text("title")?.isFallback == true)
        #expect(page.text("title")?.language.identifier == "en")
    }

    @Test func completeRefusesAPageWithAnyFallback() throws {
        let (complete, guide) = try localizer(policy: "    publish: complete\n")
        #expect(complete.isPublished(guide, in: es))
        let (partial, guide2) = try localizer(policy: "    publish: complete\n") {
            $0.replacingOccurrences(of: "  card.silent: Voy a permanecer en silencio.\n", with: "")
        }
        #expect(!partial.isPublished(guide2, in: es))
    }

    @Test func neverIsNeverPublished() throws {
        let (localizer, guide) = try localizer(policy: "    publish: never\n")
        #expect(!localizer.isPublished(guide, in: es))
        #expect(localizer.publishedLanguages.map(\.identifier) == ["en"])
    }

    @Test func aUnitWithAnErrorIsNotPublished() throws {
        let (localizer, guide) = try localizer(policy: "    publish: fallback\n") {
            $0.replacingOccurrences(of: "Llame al {hotline}.", with: "Llame al 1-855-435-7694.")
        }
        let summary = try #require(localizer.localize(guide, into: es).text("summary"))
        #expect(summary.isFallback && summary.text.raw.contains("{hotline}"))
    }
}
