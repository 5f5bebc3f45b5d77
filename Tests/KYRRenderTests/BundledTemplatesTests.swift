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
            "root", "not-found", "index", "agencies", "guide", "agency", "translation-status", "sitemap",
            "sitemap-index", "head",
            "header",
            "language-switcher", "notices", "footer", "unit", "section", "review", "sources", "coverage",
            "coverage-page",
        ] {
            #expect(BundledTemplates.files[name + ".mustache"] != nil, "\(name).mustache is not bundled")
        }
        #expect(BundledTemplates.files[SiteTemplates.stylesheetName] != nil)
        #expect(!SiteTemplates.bundledTemplates.stylesheet.isEmpty)
    }

    /// The same for the plain-text templates of `Templates/text/`.
    @Test func embeddedTextTemplatesAreTheFiles() throws {
        let folder = Fixtures.packageRoot.appendingPathComponent("Sources/KYRRender/Templates/text")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter(
            TextTemplates.isTemplateFile)
        #expect(
            Set(BundledTextTemplates.files.keys) == Set(names),
            "BundledTextTemplates.swift must name every file of Templates/text")
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(BundledTextTemplates.files[name] == text, "\(name)")
            #expect(text.hasPrefix("{{%CONTENT_TYPE: TEXT}}\n"), "\(name) must not HTML-escape")
        }
        #expect(TextTemplates.bundledTemplates.overridden.isEmpty)
        for name in ["guide", "agency", "index", "notices", "review", "section", "unit", "sources"] {
            #expect(BundledTextTemplates.files[name + TextTemplates.fileExtension] != nil, "\(name) is not bundled")
        }
    }
}
