import Foundation
import KYRTestSupport
import Testing

/// `kyr build --format text` and `kyr sms` as a user runs them, on fixture projects in
/// temporary folders.
@Suite struct TextBuildCommandTests {
    static let today = "2026-11-22"

    func text(_ project: TemporaryProject, _ path: String) throws -> String {
        try project.read("Output/text/" + path)
    }

    @Test func buildsTextsAndMessages() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let run = try KyrBinary.run(["build", "--format", "text", "--today", Self.today], in: project.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("built 20 texts and messages in 4 languages into "))
        #expect(run.stdout.contains("/Output/text\n"))
        #expect(run.stdout.contains("partly translated: es (98.1%), ar (34.5%), zh-Hans (9.0%)"), "\(run.stdout)")
        for path in [
            "en/index.txt", "en/guides/at-home.txt", "en/guides/at-home.message.txt", "en/guides/at-home.sms.txt",
            "es/guides/at-home.txt", "ar/agencies/ice.txt", "zh-Hans/index.txt",
        ] {
            #expect(
                FileManager.default.fileExists(atPath: project.url.appendingPathComponent("Output/text/" + path).path),
                "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("Output/site").path))
        let spanish = try text(project, "es/guides/at-home.txt")
        // The page's notices, in the reader's language (the fixture's own strings), with the English page.
        #expect(spanish.contains("ES draft notice ES english version:\nhttps://kyr-test.org/en/guides/at-home.html"))
        #expect(spanish.contains("ES fallback notice"))
        #expect(spanish.contains("ES not reviewed ES checked on"))
        // The translated phrase to say, with its English beside it, labelled in Spanish.
        #expect(
            spanish.contains(
                "ES kind say:\n    Por favor, pase la orden por debajo de la puerta.\n"
                    + "Diga o muestre esto en inglés:\n    Please slide the warrant under the door.\n"))
        let english = try text(project, "en/guides/at-home.txt")
        #expect(!english.contains("inglés") && !english.contains("Say or show this in English"))
        let sms = try text(project, "es/guides/at-home.sms.txt")
        #expect(sms.hasPrefix("ES hotline: 1-855-435-7693\n"))
        #expect(sms.contains("Diga o muestre esto en inglés: I will remain silent.\n"))
        #expect(sms.hasSuffix("https://kyr-test.org/es/guides/at-home.html\n"))
        #expect(try text(project, "es/guides/at-home.message.txt").hasPrefix("*Si agentes llegan a su casa*\n"))
    }

    @Test func widthZeroLeavesLinesUnwrapped() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let tip =
            "Kind tip: Text like <script>alert(1)</script> & <b>tags</b> stays text. See the help page (https://example.org/help) or write to Chicago."
        #expect(try KyrBinary.run(["build", "--format", "text", "--today", Self.today], in: project.url).status == 0)
        #expect(!(try text(project, "en/guides/at-home.txt")).contains(tip))
        let run = try KyrBinary.run(
            ["build", "--format", "text", "--width", "0", "--today", Self.today], in: project.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try text(project, "en/guides/at-home.txt").contains(tip + "\n"))
    }

    @Test func htmlAndTextTogether() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let run = try KyrBinary.run(
            ["build", "--format", "html,text", "--width", "60", "--today", Self.today], in: project.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("built 23 pages in 4 languages into "))
        #expect(run.stdout.contains("built 20 texts and messages in 4 languages into "))
        #expect(
            FileManager.default.fileExists(
                atPath: project.url.appendingPathComponent("Output/site/es/guides/at-home.html").path))
        for line in try text(project, "es/guides/at-home.txt").split(separator: "\n") where !line.contains("://") {
            #expect(line.count <= 60, "\(line)")
        }
    }

    @Test func twoTextBuildsAreByteIdentical() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        for output in ["one", "two"] {
            #expect(
                try KyrBinary.run(
                    ["build", "--format", "text", "--today", Self.today, "--output", output], in: project.url
                )
                .status == 0)
        }
        let one = try FolderContents.files(under: project.url.appendingPathComponent("one"))
        #expect(one.keys.count { $0.hasSuffix(".txt") } == 20)
        #expect(one == (try FolderContents.files(under: project.url.appendingPathComponent("two"))))
    }

    /// A project's `Templates/text/<name>.txt.mustache` replaces the bundled one; one that does not
    /// parse stops the build with its file, line and column.
    @Test func projectTemplatesOverrideTheBundledOnes() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try project.write(
            "Templates/text/guide.txt.mustache", "{{%CONTENT_TYPE: TEXT}}\nGUIDE {{title.text}} & {{summary}}\n")
        #expect(
            try KyrBinary.run(["build", "--format", "text", "--width", "0", "--today", Self.today], in: project.url)
                .status == 0)
        #expect(
            try text(project, "en/guides/at-home.txt")
                == "GUIDE If agents come to your home & You do not have to open the door. Call 1-855-435-7693.\n")
        try project.write("Templates/text/unit.txt.mustache", "{{#text}}never closed\n")
        let run = try KyrBinary.run(["build", "--format", "text", "--today", Self.today], in: project.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Templates/text/unit.txt.mustache:"), "\(run.stderr)")
    }

    @Test func badInputIsRefusedClearly() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        for (arguments, message) in [
            (["--width", "-1"], "--width must be 0 (no wrapping) or between 20 and 1000, found -1"),
            (["--width", "5"], "--width must be 0 (no wrapping) or between 20 and 1000, found 5"),
            (["--width", "wide"], "--width"),
        ] {
            let run = try KyrBinary.run(
                ["build", "--format", "text", "--today", Self.today] + arguments, in: project.url)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }
        let htmlOnly = try KyrBinary.run(["build", "--width", "60", "--today", Self.today], in: project.url)
        #expect(htmlOnly.status == 2)
        #expect(htmlOnly.stderr.contains("add --format text"))
        try project.write("Content/site.yaml", try project.read("Content/site.yaml") + "sms-segments: many\n")
        let run = try KyrBinary.run(["build", "--format", "text", "--today", Self.today], in: project.url)
        #expect(run.status == 1)
        #expect(
            run.stdout.contains(
                "Content/site.yaml:16:15: error: expected sms-segments as a whole number, found 'many' [wrong-type]"),
            "\(run.stdout)")
        #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("Output").path))
    }

    /// `kyr sms` lists every guide's SMS; `kyr check` warns, at the guide, over the budget.
    @Test func smsReportAndBudgetWarning() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let json = try KyrBinary.run(["sms", "--format", "json", "--today", Self.today], in: project.url)
        #expect(json.status == 0, "\(json.stderr)")
        #expect(
            json.stdout == """
                {
                  "budget": 3,
                  "messages": [
                    {"guide": "at-home", "language": "en", "encoding": "GSM-7", "length": 167, "segments": 2, "over-budget": false, "short-message": false},
                    {"guide": "at-home", "language": "es", "encoding": "GSM-7", "length": 252, "segments": 2, "over-budget": false, "short-message": false}
                  ]
                }

                """)
        try project.write("Content/site.yaml", try project.read("Content/site.yaml") + "sms-segments: 1\n")
        let table = try KyrBinary.run(["sms", "--today", Self.today], in: project.url)
        #expect(
            table.stdout.contains("at-home               es        GSM-7        252         2  over\n"),
            "\(table.stdout)")
        #expect(table.stdout.contains("2 of 2 messages over it"))
        let check = try KyrBinary.run(["check", "--today", Self.today], in: project.url)
        #expect(check.status == 0)
        #expect(
            check.stdout.contains(
                "Content/guides/at-home/en.yaml:2:10: warning: the SMS of guide 'at-home' is over the budget of 1 segment"
            ))
        #expect(try KyrBinary.run(["check", "--strict", "--today", Self.today], in: project.url).status == 1)
        #expect(try KyrBinary.run(["sms", "--lang", "fr", "--today", Self.today], in: project.url).status == 2)
    }
}
