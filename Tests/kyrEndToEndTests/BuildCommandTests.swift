import Foundation
import KYRTestSupport
import Testing

/// `kyr build` as a user runs it: exit statuses, output folder, determinism and atomicity.
@Suite struct BuildCommandTests {
    static let today = "2026-11-22"

    @Test func buildsTheSiteIntoOutput() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let run = try KyrBinary.run(["build", "--today", Self.today], in: project.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("built 23 pages in 4 languages into "))
        let site = project.url.appendingPathComponent("Output/site")
        for path in [
            "index.html", "404.html", "sitemap.xml", "style.css", "ar/guides/at-home.html",
            "zh-Hans/agencies/index.html",
        ] {
            #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent(path).path), "\(path)")
        }
        #expect(run.stderr.contains("warning:"), "warnings are shown but do not stop the build")
    }

    /// The translators' page is part of the site, linked from each language's start page.
    @Test func siteHasTheTranslationStatusPage() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        #expect(try KyrBinary.run(["build", "--today", Self.today], in: project.url).status == 0)
        let site = project.url.appendingPathComponent("Output/site")
        let page = try String(contentsOf: site.appendingPathComponent("translation-status.html"), encoding: .utf8)
        let coverage = try KyrBinary.run(["coverage", "--format", "html", "--today", Self.today], in: project.url)
            .stdout
        // The same report as kyr coverage --format html, inside the site's frame.
        let body = try #require(
            coverage.components(separatedBy: "<h1>Translation status</h1>\n").last?.components(separatedBy: "</main>")
                .first)
        #expect(page.contains(body))
        let start = try String(contentsOf: site.appendingPathComponent("es/index.html"), encoding: .utf8)
        #expect(start.contains("<a href=\"../translation-status.html\">"))
        let guide = try String(contentsOf: site.appendingPathComponent("es/guides/at-home.html"), encoding: .utf8)
        #expect(!guide.contains("<a href=\"../../translation-status.html\">"), "readers' pages do not link it")
    }

    @Test func buildsFromAnyFolderWithProjectAndOutput() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let elsewhere = try TemporaryProject()
        let run = try KyrBinary.run(
            [
                "build", "--project", project.path, "--output", elsewhere.url.appendingPathComponent("out").path,
                "--today", Self.today,
            ], in: elsewhere.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            FileManager.default.fileExists(
                atPath: elsewhere.url.appendingPathComponent("out/site/en/guides/at-home.html").path))
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        #expect(try KyrBinary.run(["build", "--today", Self.today, "--output", "one"], in: project.url).status == 0)
        #expect(try KyrBinary.run(["build", "--today", Self.today, "--output", "two"], in: project.url).status == 0)
        let one = try FolderContents.files(under: project.url.appendingPathComponent("one"))
        let two = try FolderContents.files(under: project.url.appendingPathComponent("two"))
        #expect(one.count > 10)
        #expect(one == two)
    }

    @Test func contentErrorsBuildNothingAndKeepThePreviousOutput() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        #expect(try KyrBinary.run(["build", "--today", Self.today], in: project.url).status == 0)
        let before = try FolderContents.files(under: project.url.appendingPathComponent("Output"))
        try project.write(
            "Content/guides/at-home/en.yaml",
            try project.read("Content/guides/at-home/en.yaml").replacingOccurrences(of: "title: If", with: "titel: If"))
        let run = try KyrBinary.run(["build", "--today", Self.today], in: project.url)
        #expect(run.status == 1)
        #expect(run.stdout.contains("unknown key 'titel'"))
        #expect(run.stderr.contains("nothing built"))
        #expect(try FolderContents.files(under: project.url.appendingPathComponent("Output")) == before)
    }

    @Test func aBrokenTemplateBuildsNothingAndKeepsThePreviousOutput() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        #expect(try KyrBinary.run(["build", "--today", Self.today], in: project.url).status == 0)
        let before = try FolderContents.files(under: project.url.appendingPathComponent("Output"))
        try project.write("Templates/html/unit.mustache", "{{#text}}never closed\n")
        let run = try KyrBinary.run(["build", "--today", Self.today], in: project.url)
        #expect(run.status == 1)
        #expect(run.stderr.contains("Templates/html/unit.mustache:"))
        #expect(try FolderContents.files(under: project.url.appendingPathComponent("Output")) == before)
        // Said once, compiler style, and with the line and a caret where there is one.
        try project.write("Templates/html/unit.mustache", "<p>\n{{#text}}{{/txet}}\n</p>\n")
        let quoted = try KyrBinary.run(["build", "--today", Self.today], in: project.url)
        #expect(quoted.status == 1)
        #expect(
            quoted.stderr.hasSuffix(
                "Templates/html/unit.mustache:2:\(quoted.stderr.split(separator: ":")[2]): error: template does not parse: sectionCloseNameIncorrect\n  {{#text}}{{/txet}}\n"
                    + String(repeating: " ", count: 2 + Int(quoted.stderr.split(separator: ":")[2])! - 1) + "^\n"),
            "\(quoted.stderr)")
        #expect(quoted.stderr.components(separatedBy: "error").count == 2, "\(quoted.stderr)")
        #expect(try FolderContents.files(under: project.url.appendingPathComponent("Output")) == before)
    }

    @Test func usageErrors() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        #expect(try KyrBinary.run(["build", "--format", "pdf"], in: project.url).status == 2)
        #expect(try KyrBinary.run(["build", "--format", "html,epub"], in: project.url).status == 2)
        #expect(try KyrBinary.run(["build", "--paper", "legal"], in: project.url).status == 2)
        #expect(try KyrBinary.run(["build", "--lang", "fr", "--today", Self.today], in: project.url).status == 2)
        #expect(try KyrBinary.run(["build", "--today", "tomorrow"], in: project.url).status == 2)
        #expect(try KyrBinary.run(["build", "--project", "/nonexistent/kyr"], in: project.url).status == 2)
        #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("Output").path))
    }

    @Test func formatHtmlAndLanguagesCanBeNamed() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let run = try KyrBinary.run(
            ["build", "--format", "html", "--lang", "ar", "--today", Self.today], in: project.url)
        #expect(run.status == 0, "\(run.stderr)")
        let site = project.url.appendingPathComponent("Output/site")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("ar/index.html").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("en/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("es").path))
    }
}
