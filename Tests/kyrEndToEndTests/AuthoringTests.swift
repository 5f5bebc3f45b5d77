import Foundation
import KYRTestSupport
import Testing

/// Starting a project as a new organizer does: kyr init, kyr check, kyr build, kyr new.
@Suite struct AuthoringTests {
    static let today = "2026-11-22"

    /// Words and values only the bundled Chicago content has: its distinctive names, and every
    /// value of its site.yaml variables (phone numbers, addresses).
    static let chicagoWords: [String] = {
        let site =
            (try? String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Content/site.yaml"), encoding: .utf8))
            ?? ""
        let values = site.split(separator: "\n").compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            for key in ["phone: ", "url: ", "email: "] where trimmed.hasPrefix(key) {
                return String(trimmed.dropFirst(key.count))
            }
            return nil
        }
        return [
            "Chicago", "Illinois", "ICIRR", "Cook County", "Broadview", "Midway Blitz", "TRUST Act", "Welcoming City",
            "40th Ward", "Pritzker", "Sheriff",
        ] + values
    }()

    @Test func initThenCheckAndBuildInThreeLanguagesWithNoStringsFiles() throws {
        #expect(Self.chicagoWords.contains("1-855-435-7693"), "the bundled hotline is among the words looked for")
        let folder = try TemporaryProject()
        let created = try KyrBinary.run(
            [
                "init", "houston", "--languages", "es,vi", "--languages", "zh-Hans", "--city", "Houston", "--today",
                Self.today,
            ],
            in: folder.url)
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("houston/Content/site.yaml"))
        #expect(created.stdout.contains("kyr serve --project houston"))
        let project = folder.url.appendingPathComponent("houston")
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Content/strings").path))
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("Templates").path))

        let check = try KyrBinary.run(["check", "--today", Self.today], in: project)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(check.stdout.contains("[placeholder-value]"), "the placeholder hotline is a warning")
        #expect(!check.stdout.contains(": error: "))

        let build = try KyrBinary.run(["build", "--format", "html,text", "--today", Self.today], in: project)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("built 23 pages in 4 languages"), "\(build.stdout)")
        #expect(build.stdout.contains("not translated yet: es (Español), vi (Tiếng Việt), zh-Hans"), "\(build.stdout)")
        #expect(build.stdout.contains("kyr translate init --lang es"))
        #expect(build.stdout.contains("interface strings in English: vi (Tiếng Việt)"), "\(build.stdout)")

        let output = try FolderContents.texts(under: project.appendingPathComponent("Output"))
        #expect(output.count > 30)
        for (path, text) in output {
            for word in Self.chicagoWords { #expect(!text.contains(word), "\(path) says \(word)") }
        }
        // Built-in strings in the reader's language; in Vietnamese, kyr's English, marked as English.
        let spanish = try #require(output["/site/es/guides/at-home.html"])
        #expect(spanish.contains("Fuentes"), "Spanish interface strings are built in")
        let chinese = try #require(output["/site/zh-Hans/guides/at-home.html"])
        #expect(chinese.contains("来源"), "Chinese interface strings are built in")
        let vietnamese = try #require(output["/site/vi/guides/at-home.html"])
        #expect(vietnamese.contains("<span lang=\"en\" dir=\"ltr\">Sources</span>"))
        #expect(vietnamese.contains("<html lang=\"vi\""))
    }

    /// Vietnamese has no built-in strings: kyr coverage says so, and the rows count only the
    /// project's own strings (none here).
    @Test func coverageShowsInterfaceStringsInEnglish() throws {
        let folder = try TemporaryProject()
        #expect(
            try KyrBinary.run(["init", ".", "--languages", "es,vi", "--today", Self.today], in: folder.url).status == 0)
        let coverage = try KyrBinary.run(["coverage", "--today", Self.today], in: folder.url)
        #expect(coverage.status == 0, "\(coverage.stderr)")
        #expect(coverage.stdout.contains("interface strings: 46 of 46 shown in en (kyr has none built in for vi)"))
        #expect(coverage.stdout.components(separatedBy: "interface strings:").count == 2, "none for Spanish")
        #expect(!coverage.stdout.contains("strings "), "no strings row: the project defines none")
        let json = try KyrBinary.run(["coverage", "--format", "json", "--today", Self.today], in: folder.url)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let languages = try #require(parsed?["languages"] as? [[String: Any]])
        #expect(languages.map { $0["interface-strings-in-source"] as? Int } == [0, 46])
    }

    @Test func newGuideAndNewAgencyThenCheckPasses() throws {
        let folder = try TemporaryProject()
        #expect(
            try KyrBinary.run(["init", ".", "--languages", "es", "--today", Self.today], in: folder.url).status == 0)
        let guide = try KyrBinary.run(["new", "guide", "at-work", "--today", Self.today], in: folder.url)
        #expect(guide.status == 0, "\(guide.stderr)")
        #expect(guide.stdout.hasPrefix("created Content/guides/at-work/en.yaml"))
        let agency = try KyrBinary.run(["new", "agency", "cbp", "--today", Self.today], in: folder.url)
        #expect(agency.status == 0, "\(agency.stderr)")
        let check = try KyrBinary.run(["check", "--today", Self.today], in: folder.url)
        #expect(check.status == 0, "\(check.stdout)")
        #expect(
            check.stdout.contains("Content/guides/at-work/en.yaml:11:8: warning: 11 texts still start with 'TODO:'"))
        #expect(check.stdout.contains("Content/agencies/cbp/en.yaml:"))
        #expect(try KyrBinary.run(["check", "--strict", "--today", Self.today], in: folder.url).status == 1)
        #expect(try KyrBinary.run(["build", "--today", Self.today], in: folder.url).status == 0)
    }

    @Test func badArgumentsAreUsageErrorsAndWriteNothing() throws {
        let folder = try TemporaryProject(copying: Fixtures.project("minimal"))
        let before = try folder.snapshot()
        let cases: [([String], String)] = [
            (["init", "."], "Content already exists"),
            (["init", "elsewhere", "--languages", "en"], "'en' is the source language"),
            (["init", "elsewhere", "--languages", "xx-not-a-tag-at-all"], "--languages"),
            (["new", "guide", "At Work"], "for example 'at-work'"),
            (["new", "guide", "at-home"], "Content/guides/at-home already exists"),
            (["new", "agency", "ice", "--project", "nowhere"], "kyr init"),
        ]
        for (arguments, message) in cases {
            let run = try KyrBinary.run(arguments, in: folder.url)
            #expect(run.status == 2, "\(arguments): \(run.stdout)")
            #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        }
        #expect(try folder.snapshot() == before)
    }

    /// kyr build ends by saying which languages readers will find partly in English; nothing
    /// when every language is complete.
    @Test func buildSaysWhichLanguagesArePartlyTranslated() throws {
        let partial = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let run = try KyrBinary.run(["build", "--today", Self.today], in: partial.url)
        #expect(run.status == 0)
        #expect(
            run.stdout.hasSuffix(
                "partly translated: es (98.1%), ar (34.5%), zh-Hans (9.0%); kyr coverage lists what is left\n"))
        let only = try KyrBinary.run(["build", "--lang", "ar", "--today", Self.today], in: partial.url)
        #expect(
            only.stdout.hasSuffix("partly translated: ar (34.5%); kyr coverage lists what is left\n"), "\(only.stdout)")
        let complete = try TemporaryProject(copying: Fixtures.project("minimal"))
        let clean = try KyrBinary.run(["build", "--today", Self.today], in: complete.url)
        #expect(clean.stdout.split(separator: "\n").count == 1, "\(clean.stdout)")
    }
}
