import Foundation
import KYRTestSupport
import Testing

/// `kyr review stamp` records the reviewed text; after the text changes, every output tells its
/// readers so until the next stamp.
@Suite struct ReviewStampTests {
    static let today = "2026-11-22"
    static let notice = "This text changed after its last review date and has not been checked again."
    let guide = "Content/guides/at-home/en.yaml"

    @Test func stampThenChangeThenEveryOutputSaysSo() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let stamp = try KyrBinary.run(["review", "stamp", "guides/at-home", "--date", "2026-11-20"], in: project.url)
        #expect(stamp.status == 0, "\(stamp.stderr)")
        #expect(stamp.stdout.hasPrefix("Content/guides/at-home/en.yaml: reviewed on 2026-11-20, text "))
        let stamped = try project.read(guide)
        #expect(stamped.contains("  date: 2026-11-20\n  interval-days: 180\n  fingerprint: "))
        let clean = try KyrBinary.run(["check", "--today", Self.today], in: project.url)
        #expect(!clean.stdout.contains("guides/at-home/en.yaml") || !clean.stdout.contains("review"), "\(clean.stdout)")

        try project.write(guide, stamped.replacingOccurrences(of: "open the door.", with: "open the front door."))
        let check = try KyrBinary.run(["check", "--today", Self.today], in: project.url)
        #expect(check.stdout.contains("guide 'at-home' changed after its review of 2026-11-20"), "\(check.stdout)")
        #expect(check.status == 0, "a warning: outputs say it, the build goes on")

        let build = try KyrBinary.run(
            ["build", "--format", "html,text,print", "--today", Self.today], in: project.url)
        #expect(build.status == 0, "\(build.stderr)")
        let output = project.url.appendingPathComponent("Output")
        for file in [
            "site/en/guides/at-home.html", "site/en/guides/at-home.show.html", "text/en/guides/at-home.txt",
            "text/en/guides/at-home.sms.txt", "text/en/guides/at-home.message.txt",
        ] {
            let text = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
                .replacingOccurrences(of: "\n", with: " ")
            #expect(text.contains(Self.notice), "\(file) does not say the text changed")
        }
        for pdf in ["print/en/guides/at-home.pdf", "print/en/card-at-home.pdf"] {
            let text = try PDFTool.text(output.appendingPathComponent(pdf).path)
            #expect(
                text.replacingOccurrences(of: "\n", with: " ").contains("This text changed after its last review"),
                "\(pdf)")
        }

        let again = try KyrBinary.run(["review", "stamp", "guides/at-home", "--date", "2026-11-21"], in: project.url)
        #expect(again.status == 0)
        let after = try KyrBinary.run(["check", "--today", Self.today], in: project.url)
        #expect(!after.stdout.contains("changed after its review"), "\(after.stdout)")
    }

    @Test func anUnknownDocumentOrBrokenContentStampsNothing() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let before = try project.snapshot()
        let unknown = try KyrBinary.run(["review", "stamp", "guides/at-hom"], in: project.url)
        #expect(unknown.status == 1)
        #expect(
            unknown.stderr
                == "kyr: error: 'guides/at-hom' is not a guide or agency note of this project; did you mean 'guides/at-home'?; nothing stamped\n"
        )
        try project.write("Content/agencies/ice/en.yaml", "name: [\n")
        let broken = try KyrBinary.run(["review", "stamp"], in: project.url)
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("nothing stamped"))
        var expected = before
        expected["/Content/agencies/ice/en.yaml"] = Data("name: [\n".utf8)
        // The check may leave its cache under Output/; the content is what must not change.
        let content = try project.snapshot().filter { $0.key.hasPrefix("/Content/") }
        #expect(content.count > 5)
        #expect(content == expected.filter { $0.key.hasPrefix("/Content/") }, "nothing but the broken file differs")
    }
}
