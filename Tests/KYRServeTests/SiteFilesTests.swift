import Foundation
import KYRTestSupport
import Testing

@testable import KYRServe

/// Request paths to the built site's files, and nothing else.
@Suite struct SiteFilesTests {
    func site() throws -> TemporaryProject {
        let site = try TemporaryProject()
        try site.write("index.html", "root")
        try site.write("es/index.html", "es")
        try site.write("es/guides/at-home.html", "guide")
        try site.write("zh-Hans/guides/at-home.html", "zh")
        try site.write(".kyr-output", "marker")
        try site.write("empty/readme.txt", "no index")
        return site
    }

    @Test func pathsNameFilesAndFoldersTheirIndex() throws {
        let site = try site()
        let files = SiteFiles(root: site.path)
        #expect(files.lookup("/") == .file(site.path + "/index.html"))
        #expect(files.lookup("/es/") == .file(site.path + "/es/index.html"))
        #expect(files.lookup("/es") == .file(site.path + "/es/index.html"))
        #expect(files.lookup("/es/guides/at-home.html?v=1") == .file(site.path + "/es/guides/at-home.html"))
        #expect(files.lookup("/zh%2DHans/guides/at-home.html") == .file(site.path + "/zh-Hans/guides/at-home.html"))
        #expect(files.lookup("/empty/") == .notFound)
        #expect(files.lookup("/nothing.html") == .notFound)
    }

    @Test func nothingOutsideTheSiteOrHidden() throws {
        let site = try site()
        try site.write("../kyr-outside-\(UUID().uuidString).txt", "outside")
        let files = SiteFiles(root: site.path)
        for path in ["/../etc/passwd", "/%2E%2E/x", "/es/../../x", "/.kyr-output", "/./index.html", "/a%00b"] {
            #expect(files.lookup(path) == .notFound, "\(path)")
        }
        try FileManager.default.createSymbolicLink(atPath: site.path + "/link", withDestinationPath: "/etc")
        #expect(files.lookup("/link/hostname") == .notFound)
    }

    @Test func mediaTypes() {
        #expect(SiteFiles.mediaType(of: "a/b.html") == "text/html; charset=utf-8")
        #expect(SiteFiles.mediaType(of: "style.css") == "text/css; charset=utf-8")
        #expect(SiteFiles.mediaType(of: "sitemap.xml") == "application/xml; charset=utf-8")
        #expect(SiteFiles.mediaType(of: "x.unknown") == "application/octet-stream")
    }
}
