import Foundation
import KYRTestSupport
import Testing

/// The site's public address: outputs read on another device (QR codes, messages, plain texts)
/// never carry one that leads nowhere, and a preview build can give one for a single build.
@Suite struct BaseURLTests {
    static let today = "2026-11-22"

    /// Every output under `folder` whose bytes contain `text` (PDFs are compressed: read their
    /// text), leaving out what kyr keeps for itself between builds (`.kyr-cache`, `.kyr-build`).
    func files(under folder: URL, containing text: String) throws -> [String] {
        try FolderContents.files(under: folder).filter { !$0.key.contains("/.") }.compactMap { path, data in
            if path.hasSuffix(".pdf") {
                return try PDFTool.text(folder.path + path).contains(text) ? path : nil
            }
            return String(decoding: data, as: UTF8.self).contains(text) ? path : nil
        }.sorted()
    }

    @Test func aPlaceholderAddressIsAWarningAndNoOutputForAnotherDeviceCarriesIt() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let site = try project.read("Content/site.yaml")
        try project.write(
            "Content/site.yaml",
            site.replacingOccurrences(of: "https://kyr-test.org/", with: "https://kyr.example.org/"))
        let check = try KyrBinary.run(["check", "--today", Self.today], in: project.url)
        #expect(check.status == 0)
        #expect(check.stdout.contains("warning: base-url https://kyr.example.org/ is on a host reserved for examples"))
        #expect(check.stdout.contains("[placeholder-value]"))
        let build = try KyrBinary.run(["build", "--format", "html,text,print", "--today", Self.today], in: project.url)
        #expect(build.status == 0, "\(build.stderr)")
        let output = project.url.appendingPathComponent("Output")
        let carrying = try files(under: output, containing: "kyr.example.org")
        #expect(carrying == [], "\(carrying)")
        let strict = try KyrBinary.run(["check", "--strict", "--today", Self.today], in: project.url)
        #expect(strict.status == 1, "a CI gate fails until the address is real")
    }

    @Test func withoutAnAddressNothingCarriesOneAndABuildSaysSoOnce() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let site = try project.read("Content/site.yaml")
        try project.write(
            "Content/site.yaml", site.replacingOccurrences(of: "base-url: https://kyr-test.org/\n", with: ""))
        let check = try KyrBinary.run(["check", "--today", Self.today], in: project.url)
        #expect(check.status == 0)
        #expect(!check.stdout.contains("base-url"), "no address is not a warning: \(check.stdout)")
        let build = try KyrBinary.run(["build", "--format", "html,text,print", "--today", Self.today], in: project.url)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.components(separatedBy: "no base-url in site.yaml").count == 2, "said once")
        let output = project.url.appendingPathComponent("Output")
        #expect(try files(under: output, containing: "https://kyr").isEmpty)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("site/sitemap.xml").path))
        let sms = try String(
            contentsOf: output.appendingPathComponent("text/es/guides/at-home.sms.txt"), encoding: .utf8)
        #expect(!sms.contains("http"), "\(sms)")
        #expect(sms.hasPrefix("ES hotline: 1-855-435-7693\n"))
    }

    /// `--base-url` for one build: every handout's QR code leads to that host's page of the
    /// guide in the handout's language.
    @Test func aPreviewAddressIsInEveryQRCode() throws {
        guard ExternalTool.find("zbarimg") != nil else {
            Issue.record("zbarimg is not installed: run scripts/print-deps")
            return
        }
        let project = try TemporaryProject.bundled()
        let build = try KyrBinary.run(
            ["build", "--format", "print", "--base-url", "https://kyr-test.org", "--today", Self.today], in: project.url
        )
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stdout.contains("no base-url"))
        let print = project.url.appendingPathComponent("Output/print")
        let handouts = try FolderContents.files(under: print).keys.filter { $0.contains("/guides/") }.sorted()
        #expect(handouts.count == 9 * 9 + 9 * 8, "each guide, and beside its English, in every language")
        for handout in handouts {
            let parts = handout.split(separator: "/")
            let language = parts[0]
            let guide = parts[2].prefix { $0 != "." }
            #expect(
                try PDFTool.scanQRCode(print.path + handout) == "https://kyr-test.org/\(language)/guides/\(guide).html",
                "\(handout)")
        }
    }

    @Test func aPreviewAddressMustBeHTTPS() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let run = try KyrBinary.run(["build", "--base-url", "http://kyr-test.org"], in: project.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--base-url must be an https:// address"))
    }
}
