import Foundation
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRDriver

/// Builds on disk: deterministic, atomic, with project templates.
@Suite struct SiteBuildTests {
    @Test func twoRendersAreIdentical() throws {
        let project = Fixtures.project("site-multilingual")
        #expect(try SiteRendering.files(project) == SiteRendering.files(project))
    }

    static func writer(_ folder: TemporaryProject) -> OutputWriter {
        OutputWriter(destination: folder.path + "/Output/site")
    }

    /// The folders and files kyr leaves in `Output/` and `Output/site`, hidden ones included.
    static func listing(_ folder: TemporaryProject, _ path: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent(path).path).sorted()
    }

    @Test func writerReplacesTheSiteWhole() throws {
        let folder = try TemporaryProject()
        let writer = Self.writer(folder)
        try writer.write([OutputFile(path: "index.html", text: "one"), OutputFile(path: "old/page.html", text: "old")])
        try writer.write([OutputFile(path: "index.html", text: "two"), OutputFile(path: "new/page.html", text: "new")])
        #expect(try folder.read("Output/site/index.html") == "two")
        #expect(try folder.read("Output/site/new/page.html") == "new")
        #expect(
            !FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Output/site/old").path),
            "files of the previous build are gone")
        #expect(try Self.listing(folder, "Output") == ["site"], "no staging folder is left behind")
    }

    @Test func aWriteThatFailsLeavesThePreviousSiteUntouched() throws {
        let folder = try TemporaryProject()
        let writer = Self.writer(folder)
        try writer.write([
            OutputFile(path: "index.html", text: "previous"), OutputFile(path: "es/index.html", text: "anterior"),
        ])
        let before = try folder.snapshot()
        // `a.html` is a file, so `a.html/b.html` cannot be written: the write fails half-way.
        #expect(throws: OutputError.self) {
            try writer.write([
                OutputFile(path: "a.html", text: "new"), OutputFile(path: "a.html/b.html", text: "new"),
                OutputFile(path: "index.html", text: "new"),
            ])
        }
        #expect(try folder.snapshot() == before)
        #expect(try Self.listing(folder, "Output") == ["site"], "the failed build's staging folder is removed")
    }

    @Test func aStagingFolderLeftByAnInterruptedBuildIsRemoved() throws {
        let folder = try TemporaryProject()
        try folder.write("Output/.site.kyr-staging/half-written.html", "partial")
        try folder.write("Output/.site.kyr-staging-4242-beef/half-written.html", "partial")
        try Self.writer(folder).write([OutputFile(path: "index.html", text: "complete")])
        #expect(try Self.listing(folder, "Output") == ["site"])
        #expect(try Self.listing(folder, "Output/site") == [OutputWriter.marker, "index.html"])
    }

    @Test func writerRefusesPathsOutsideTheSite() throws {
        let folder = try TemporaryProject()
        #expect(throws: OutputError.self) {
            try Self.writer(folder).write([OutputFile(path: "../escape.html", text: "x")])
        }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Output/escape.html").path))
    }

    @Test func projectTemplatesOverrideBundledOnes() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try project.write(
            "Templates/html/footer.mustache",
            "<footer class=\"site\"><p>Our own footer: {{organization.name}}</p>{{> credits}}</footer>\n")
        try project.write("Templates/html/credits.mustache", "<p>Credits in {{lang}}</p>")
        try project.write("Templates/html/style.css", "body { color: black; }\n")
        let site = try SiteRendering.site(project.url)
        let page = try #require(site["es/guides/at-home.html"])
        #expect(
            page.contains("<footer class=\"site\"><p>Our own footer: Test Network</p><p>Credits in es</p></footer>"))
        #expect(page.contains("<main id=\"main\">"), "the rest is still the bundled guide template")
        #expect(site["style.css"] == "body { color: black; }\n")
    }

    @Test func aTemplateThatDoesNotParseIsReportedWithItsPlace() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try project.write("Templates/html/guide.mustache", "<h1>\n{{#guide}}\n{{title}}\n")
        #expect {
            _ = try SiteRendering.files(project.url)
        } throws: { error in
            guard case BuildError.template(let template) = error else { return false }
            // Named as the project's other files are, from where kyr runs, and quoted.
            // An unclosed section is found at the end of the file, on its empty last line.
            return template.file == project.url.path + "/Templates/html/guide.mustache" && template.line == 4
                && template.sourceLine == ""
        }
    }
}
