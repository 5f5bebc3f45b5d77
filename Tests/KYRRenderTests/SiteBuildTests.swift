import Foundation
import Testing
@testable import KYRRender

/// Builds on disk: deterministic, atomic, with project templates.
@Suite struct SiteBuildTests {
    @Test func twoRendersAreIdentical() throws {
        let project = Fixtures.project("site-multilingual")
        #expect(try SiteRendering.files(project) == SiteRendering.files(project))
    }

    @Test func writerReplacesTheSiteWhole() throws {
        let folder = try TemporaryProject()
        let writer = SiteWriter(destination: folder.url.appendingPathComponent("Output/site"))
        try writer.write([SiteFile(path: "index.html", text: "one"), SiteFile(path: "old/page.html", text: "old")])
        try writer.write([SiteFile(path: "index.html", text: "two"), SiteFile(path: "new/page.html", text: "new")])
        #expect(try folder.read("Output/site/index.html") == "two")
        #expect(try folder.read("Output/site/new/page.html") == "new")
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Output/site/old").path), "files of the previous build are gone")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("Output").path) == ["site"],
                "no staging folder is left behind")
    }

    @Test func aWriteThatFailsLeavesThePreviousSiteUntouched() throws {
        let folder = try TemporaryProject()
        let writer = SiteWriter(destination: folder.url.appendingPathComponent("Output/site"))
        try writer.write([SiteFile(path: "index.html", text: "previous"), SiteFile(path: "es/index.html", text: "anterior")])
        let before = try folder.snapshot()
        // `a.html` is a file, so `a.html/b.html` cannot be written: the write fails half-way.
        #expect(throws: SiteBuildError.self) {
            try writer.write([SiteFile(path: "a.html", text: "new"), SiteFile(path: "a.html/b.html", text: "new"), SiteFile(path: "index.html", text: "new")])
        }
        #expect(try folder.snapshot() == before)
    }

    @Test func aStagingFolderLeftByAnInterruptedBuildIsRemoved() throws {
        let folder = try TemporaryProject()
        try folder.write("Output/.site.kyr-staging/half-written.html", "partial")
        let writer = SiteWriter(destination: folder.url.appendingPathComponent("Output/site"))
        try writer.write([SiteFile(path: "index.html", text: "complete")])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("Output").path) == ["site"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.appendingPathComponent("Output/site").path) == ["index.html"])
    }

    @Test func writerRefusesPathsOutsideTheSite() throws {
        let folder = try TemporaryProject()
        let writer = SiteWriter(destination: folder.url.appendingPathComponent("Output/site"))
        #expect(throws: SiteBuildError.self) { try writer.write([SiteFile(path: "../escape.html", text: "x")]) }
        #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("Output/escape.html").path))
    }

    @Test func projectTemplatesOverrideBundledOnes() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try project.write("Templates/html/footer.mustache", "<footer class=\"site\"><p>Our own footer: {{organization.name}}</p>{{> credits}}</footer>\n")
        try project.write("Templates/html/credits.mustache", "<p>Credits in {{lang}}</p>")
        try project.write("Templates/html/style.css", "body { color: black; }\n")
        let site = try SiteRendering.site(project.url)
        let page = try #require(site["es/guides/at-home.html"])
        #expect(page.contains("<footer class=\"site\"><p>Our own footer: Test Network</p><p>Credits in es</p></footer>"))
        #expect(page.contains("<main id=\"main\">"), "the rest is still the bundled guide template")
        #expect(site["style.css"] == "body { color: black; }\n")
    }

    @Test func aTemplateThatDoesNotParseIsReportedWithItsPlace() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try project.write("Templates/html/guide.mustache", "<h1>\n{{#guide}}\n{{title}}\n")
        #expect {
            _ = try SiteTemplates.load(projectDirectory: project.path)
        } throws: { error in
            guard case SiteBuildError.template(let file, let line, _, _) = error else { return false }
            return file == "Templates/html/guide.mustache" && line >= 1
        }
    }
}
