import Foundation
import KYRTestSupport
import Testing

/// `kyr coverage` is a gate in CI: it must not pass on content it cannot read.
@Suite struct CoverageGateTests {
    @Test func aBrokenSiteFileFailsTheGate() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try project.write("Content/site.yaml", "source-language: en\nlanguages: [es\n")
        let run = try KyrBinary.run(["coverage", "--min", "100", "--today", "2026-11-22"], in: project.url)
        #expect(run.status == 1, "\(run.stdout)")
        #expect(run.stderr.contains("kyr: the content has 1 error; run kyr check to see them"), "\(run.stderr)")
    }

    @Test func aBrokenSourceFileFailsTheGate() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try project.write("Content/guides/at-home/en.yaml", "title: [unclosed\n")
        let run = try KyrBinary.run(["coverage", "--min", "0", "--today", "2026-11-22"], in: project.url)
        #expect(run.status == 1)
    }

    @Test func aBrokenTranslationCountsAsErrorsNotAsMissingWork() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try project.write("Content/guides/at-home/es.yaml", "state: draft\nunits: [\n")
        let run = try KyrBinary.run(["coverage", "--format", "json", "--today", "2026-11-22"], in: project.url)
        #expect(run.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let spanish = try #require((report["languages"] as? [[String: Any]])?.first)
        let row = try #require(
            (spanish["documents"] as? [[String: Any]])?.first { $0["document"] as? String == "guides/at-home" })
        #expect(row["missing"] as? Int == 0)
        #expect(row["errors"] as? Int ?? 0 >= 1)
        #expect(row["units"] as? Int == 7)
        #expect(row["percent-complete"] as? Double == 0)
    }

    @Test func markdownForPullRequestsNeutralisesImagesAndMentions() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let guide = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            guide.replacingOccurrences(
                of: "title: If agents come to your home",
                with: "title: \"If agents come ![x](https://tracker.example/p.png) ask @octocat\""))
        let run = try KyrBinary.run(["coverage", "--format", "markdown", "--today", "2026-11-22"], in: project.url)
        #expect(!run.stdout.contains("![x]("), "\(run.stdout)")
        #expect(!run.stdout.contains("@octocat"))
        #expect(run.stdout.contains("!\\[x](https://tracker.example/p.png) ask @\u{2060}octocat"))
    }
}
