import Foundation
import Testing
@testable import KYRRender

/// The templates compiled into kyr must be exactly the files in `Templates/html/`, which are
/// what people read and edit. `KYR_RECORD=1` regenerates the Swift source from the files.
@Suite struct BundledTemplatesTests {
    static let folder = Fixtures.packageRoot.appendingPathComponent("Templates/html")
    static let source = Fixtures.packageRoot.appendingPathComponent("Sources/KYRRender/BundledTemplates.swift")

    static func filesOnDisk() throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
        where name.hasSuffix(".mustache") || name == SiteTemplates.stylesheetName {
            files[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    /// The Swift source that embeds `files`.
    static func swiftSource(_ files: [String: String]) -> String {
        var out = """
            // Generated from Templates/html/ by `KYR_RECORD=1 swift test --filter BundledTemplatesTests`.
            // Do not edit: edit the templates, then regenerate. Embedded so `kyr build` works from any folder.

            /// The default templates and stylesheet, by file name.
            enum BundledTemplates {
                static let files: [String: String] = [

            """
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            var hashes = "#"
            while text.contains("\"\"\"" + hashes) { hashes += "#" }
            out += "        \"\(name)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
        }
        out += "    ]\n}\n"
        return out
    }

    @Test func embeddedTemplatesMatchTheFiles() throws {
        let files = try Self.filesOnDisk()
        if Golden.isRecording {
            try Data(Self.swiftSource(files).utf8).write(to: Self.source)
            return
        }
        #expect(Set(BundledTemplates.files.keys) == Set(files.keys), "Templates/html and BundledTemplates.swift list different files")
        for (name, text) in files {
            #expect(BundledTemplates.files[name] == text, "\(name) changed: regenerate with KYR_RECORD=1 swift test --filter BundledTemplatesTests")
        }
    }

    @Test func everyPageTemplateIsBundled() {
        for name in ["root", "not-found", "index", "agencies", "guide", "agency", "translation-status", "sitemap",
                     "head", "header", "language-switcher", "notices", "footer", "unit", "section", "review", "sources"] {
            #expect(BundledTemplates.files[name + ".mustache"] != nil, "\(name).mustache is not bundled")
        }
        #expect(BundledTemplates.files[SiteTemplates.stylesheetName] != nil)
    }
}
