import Foundation
import KYRDriver
import KYRModel
import KYRTestSupport
import Testing

/// The promise of fingerprints: change one English sentence and exactly that unit becomes
/// outdated in every language that had it; `kyr translate stamp` clears it.
@Suite struct OutdatedDetectionTests {
    /// The minimal project with an Arabic translation of the ICE note and the guide, stamped.
    static func project() throws -> TemporaryProject {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let site = try project.read("Content/site.yaml")
        try project.write("Content/site.yaml", site.replacingOccurrences(of: "  - es\n", with: "  - es\n  - ar\n"))
        try project.write(
            "Content/guides/at-home/ar.yaml",
            """
            state: draft
            units:
              title: إذا جاء العملاء إلى منزلك
              summary: لا يجب عليك فتح الباب. اتصل على {hotline}.
              door.title: أبقِ الباب مغلقًا
              door.dont-open: "**لا** تفتح الباب."
              door.ask-warrant: من فضلك مرّر المذكرة من تحت الباب.
              card.silent: سألتزم الصمت.
              card.call: "[اتصل بالخط الساخن]({hotline})."

            """)
        _ = try Stamping.stamp(
            ProjectLayout(root: project.path), languages: [try LanguageTag.parse("ar").get()], selections: [],
            today: Checking.today
        ) { _ in }
        return project
    }

    /// Everything but the expected "ar has no translation of agencies/ice, strings" and the Arabic
    /// SMS over its budget (UCS-2; SMSBudgetRuleTests test that).
    func problems(_ project: TemporaryProject) throws -> [String] {
        try Checking.lines(project.path).filter {
            !$0.hasSuffix("[missing-translation]") && !$0.hasSuffix("[sms-over-budget]")
                && !$0.hasSuffix("[changed-since-review]")
        }
    }

    func outdated(_ project: TemporaryProject) throws -> [String] {
        try Checking.diagnostics(project.path).filter { $0.code == .outdatedUnit }.map {
            Checking.line($0, relativeTo: project.path)
        }
    }

    @Test func oneChangedSentenceOutdatesExactlyThatUnitEverywhere() throws {
        let project = try Self.project()
        #expect(try problems(project) == [])
        let guide = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            guide.replacingOccurrences(
                of: "text: Please slide the warrant under the door.",
                with: "text: Please slide the warrant under the door or show it at the window."))
        let lines = try outdated(project)
        #expect(
            lines == [
                "Content/guides/at-home/ar.yaml:7:3: warning: 'door.ask-warrant' is outdated: the source changed after it was translated; after updating it, run: kyr translate stamp --lang ar guides/at-home:door.ask-warrant [outdated-unit]",
                "Content/guides/at-home/es.yaml:7:3: warning: 'door.ask-warrant' is outdated: the source changed after it was translated; after updating it, run: kyr translate stamp --lang es guides/at-home:door.ask-warrant [outdated-unit]",
            ])
        let diagnostic = try #require(try Checking.diagnostics(project.path).first { $0.code == .outdatedUnit })
        #expect(
            diagnostic.notes == [
                "was:  Please slide the warrant under the door.",
                "now:  Please slide the warrant under the door or show it at the window.",
                "diff: Please slide the warrant under the [-door.-] {+door or show it at the window.+}",
            ])

        let stamp = try KyrBinary.run([
            "translate", "stamp", "--project", project.path, "--lang", "es", "--lang", "ar",
            "guides/at-home:door.ask-warrant",
        ])
        #expect(stamp.status == 0, "\(stamp.stdout)\(stamp.stderr)")
        #expect(stamp.stdout.contains("es: stamped 1 unit"))
        #expect(stamp.stdout.contains("ar: stamped 1 unit"))
        #expect(try problems(project) == [])
    }

    @Test func rewrappingASourceParagraphIsNotAChange() throws {
        let project = try Self.project()
        let guide = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            guide.replacingOccurrences(
                of: "text: Please slide the warrant under the door.",
                with: "text: >-\n          Please slide the warrant\n          under the door."))
        #expect(try outdated(project) == [])
    }

    @Test func outdatedUnitsFallBackToTheSource() throws {
        let project = try Self.project()
        let guide = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            guide.replacingOccurrences(of: "I will remain silent.", with: "I will stay silent."))
        let checked = try Checking.project(project.path)
        let document = try #require(checked.content.guides.first)
        let spanish = checked.localizer.localize(document, into: try LanguageTag.parse("es").get())
        let card = try #require(spanish.text("card.silent"))
        #expect(card.isFallback && card.text.raw == "I will stay silent." && card.language.identifier == "en")
        let title = try #require(spanish.text("title"))
        #expect(!title.isFallback && title.language.identifier == "es" && title.state == .draft)
        #expect(spanish.hasFallback && spanish.isUnreviewed)
    }

    @Test func stampingTwiceChangesNothingAndKeepsTheTranslatorsText() throws {
        let project = try Self.project()
        let before = try project.read("Content/guides/at-home/es.yaml")
        let again = try KyrBinary.run(["translate", "stamp", "--project", project.path, "--lang", "es"])
        #expect(again.stdout == "es: stamped 0 units\n")
        #expect(try project.read("Content/guides/at-home/es.yaml") == before)
        // Stamping rewrites only kyr's block: a translator's comment and layout above it survive.
        let commented = before.replacingOccurrences(of: "units:\n", with: "units:\n  # Reviewed with Ana, 2026-11-20\n")
            .replacingOccurrences(
                of: "card.silent: Voy a permanecer en silencio.", with: "card.silent: Me quedaré en silencio.")
        try project.write("Content/guides/at-home/es.yaml", commented)
        let run = try KyrBinary.run(["translate", "stamp", "--project", project.path, "--lang", "es", "guides/at-home"])
        #expect(run.status == 0)
        let after = try project.read("Content/guides/at-home/es.yaml")
        let head = { (text: String) in text.components(separatedBy: "# kyr:")[0] }
        #expect(head(after) == head(commented))
    }

    @Test func stampRefusesWhileTheContentHasErrors() throws {
        let project = try Self.project()
        let site = try project.read("Content/site.yaml")
        try project.write("Content/site.yaml", site.replacingOccurrences(of: "paper: letter", with: "paper: a5"))
        let before = try project.snapshot()
        let run = try KyrBinary.run(["translate", "stamp", "--project", project.path, "--lang", "es"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("nothing stamped"))
        #expect(try project.snapshot() == before)
        #expect(
            try KyrBinary.run(["translate", "stamp", "--project", project.path, "--lang", "es", "guides/At-Home"])
                .status == 2)
        #expect(try KyrBinary.run(["translate", "stamp", "--project", project.path]).status == 2)
    }

    @Test func strictFailsOnOutdatedUnitsOnlyInPublishedLanguages() throws {
        let project = try Self.project()
        let guide = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            guide.replacingOccurrences(of: "I will remain silent.", with: "I will stay silent."))
        // The author checked the new English (else --strict fails on changed-since-review).
        #expect(try KyrBinary.run(["review", "stamp", "--project", project.path, "--date", "2026-11-22"]).status == 0)
        // Arabic and Spanish are published: outdated units fail --strict.
        let strict = ["check", "--project", project.path, "--strict", "--today", "2026-11-22"]
        #expect(try KyrBinary.run(strict).status == 1)
        #expect(try KyrBinary.run(Array(strict.dropLast(3)) + ["--today", "2026-11-22"]).status == 0)
        // Not publishing them makes the same findings notes, which never fail.
        let site = try project.read("Content/site.yaml")
        try project.write(
            "Content/site.yaml",
            site.replacingOccurrences(
                of: "  - es\n  - ar\n", with: "  - tag: es\n    publish: never\n  - tag: ar\n    publish: never\n"))
        let run = try KyrBinary.run(strict)
        #expect(run.status == 0, "\(run.stdout)")
        #expect(run.stdout.contains("note: 'card.silent' is outdated"))
    }
}
