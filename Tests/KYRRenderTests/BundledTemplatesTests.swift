import Foundation
import KYRTestSupport
import Testing

@testable import KYRRender

/// The templates compiled into kyr are exactly the files of `Sources/KYRRender/Templates/html/`,
/// which SwiftPM embeds: a file added there but not named in `BundledTemplates` would be lost.
@Suite struct BundledTemplatesTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Sources/KYRRender/Templates/html")

    @Test func embeddedTemplatesAreTheFiles() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter(
            SiteTemplates.isTemplateFile)
        #expect(
            Set(BundledTemplates.files.keys) == Set(names),
            "BundledTemplates.swift must name every file of Templates/html")
        for name in names {
            let text = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
            #expect(BundledTemplates.files[name] == text, "\(name)")
        }
    }

    @Test func everyPageTemplateIsBundledAndParses() {
        for name in [
            "root", "not-found", "index", "agencies", "guide", "agency", "translation-status", "sitemap", "head",
            "header",
            "language-switcher", "notices", "footer", "unit", "section", "review", "sources", "coverage",
            "coverage-page",
        ] {
            #expect(BundledTemplates.files[name + ".mustache"] != nil, "\(name).mustache is not bundled")
        }
        #expect(BundledTemplates.files[SiteTemplates.stylesheetName] != nil)
        #expect(!SiteTemplates.bundledTemplates.stylesheet.isEmpty)
    }
}
