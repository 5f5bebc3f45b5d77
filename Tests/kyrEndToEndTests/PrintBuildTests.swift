import Foundation
import KYRTestSupport
import Testing

/// `kyr build --format print` and the fit checks, as a user runs them.
@Suite struct PrintBuildTests {
    static let today = "2026-11-22"

    @Test func buildsHandoutsAndCardsIntoOutputPrint() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let run = try KyrBinary.run(["build", "--format", "print", "--today", Self.today], in: project.url)
        #expect(run.status == 0, "\(run.stderr)")
        // Per language: handout, cards.pdf and the single card; the bilingual handout in es, ar, zh-Hans.
        #expect(run.stdout.hasPrefix("built 15 PDFs in 4 languages into "), "\(run.stdout)")
        let print = project.url.appendingPathComponent("Output/print")
        let files = try FolderContents.files(under: print).keys.filter { $0.hasSuffix(".pdf") }.sorted()
        #expect(files.count == 15)
        for path in [
            "/en/guides/at-home.pdf", "/es/guides/at-home.es-en.pdf", "/ar/cards.pdf", "/zh-Hans/card-at-home.pdf",
        ] {
            #expect(files.contains(path), "\(path)")
        }
        #expect(!files.contains("/en/guides/at-home.en-en.pdf"), "no bilingual handout in the source language")
        for file in files {
            let path = print.path + file
            let check = try PDFTool.run("qpdf", ["--check", path])
            #expect(check.status == 0, "\(file): \(check.output)")
            #expect(try PDFTool.fonts(path).allSatisfy { $0.embedded }, "\(file)")
        }
        #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("Output/site").path))
    }

    @Test func paperComesFromSiteYAMLOrTheCommandLine() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        #expect(try KyrBinary.run(["build", "--format", "print", "--today", Self.today], in: project.url).status == 0)
        let handout = project.url.appendingPathComponent("Output/print/es/guides/at-home.pdf").path
        #expect(try PDFTool.pageSizes(handout).allSatisfy { $0.width == 612 && $0.height == 792 })
        let a4 = try KyrBinary.run(
            ["build", "--format", "print", "--paper", "a4", "--today", Self.today], in: project.url)
        #expect(a4.status == 0, "\(a4.stderr)")
        for path in ["es/guides/at-home.pdf", "es/cards.pdf"] {
            let sizes = try PDFTool.pageSizes(project.url.appendingPathComponent("Output/print/" + path).path)
            #expect(sizes.allSatisfy { abs($0.width - 595.28) < 0.01 && abs($0.height - 841.89) < 0.01 }, "\(path)")
        }
        #expect(try KyrBinary.run(["build", "--format", "print", "--paper", "a5"], in: project.url).status == 2)
    }

    @Test func printAndHTMLBuildTogether() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let run = try KyrBinary.run(["build", "--format", "html,print", "--today", Self.today], in: project.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("built 23 pages in 4 languages into "))
        #expect(run.stdout.contains("built 15 PDFs in 4 languages into "))
    }

    /// Two builds of the same content give byte-identical PDFs: no clock, no randomness.
    @Test func twoBuildsAreByteIdentical() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let arguments = ["build", "--format", "print", "--today", Self.today, "--output"]
        #expect(try KyrBinary.run(arguments + ["first"], in: project.url).status == 0)
        #expect(try KyrBinary.run(arguments + ["second"], in: project.url).status == 0)
        let first = try FolderContents.files(under: project.url.appendingPathComponent("first/print"))
        let second = try FolderContents.files(under: project.url.appendingPathComponent("second/print"))
        #expect(!first.isEmpty)
        #expect(first == second)
    }

    /// A Spanish card line too long for the card: check says where, --strict fails, and the
    /// build still prints the card (smaller, nothing cut) with the warning.
    @Test func aSpanishCardLineTooLongIsAWarningAtItsLine() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let file = "Content/guides/at-home/es.yaml"
        let long = String(repeating: "Voy a permanecer en silencio y no voy a firmar nada sin un abogado. ", count: 20)
        try project.write(
            file,
            try project.read(file).replacingOccurrences(
                of: "card.silent: Voy a permanecer en silencio.", with: "card.silent: " + long))
        let line = try project.read(file).split(separator: "\n").firstIndex { $0.contains("card.silent:") }! + 1
        let check = try KyrBinary.run(["check", "--today", Self.today], in: project.url)
        #expect(check.status == 0)
        #expect(
            check.stdout.contains(
                "Content/guides/at-home/es.yaml:\(line):16: warning: the wallet card of guide 'at-home' does not fit in es"
            ),
            "\(check.stdout)")
        #expect(check.stdout.contains("[card-overflow]"))
        #expect(try KyrBinary.run(["check", "--strict", "--today", Self.today], in: project.url).status == 1)
        let build = try KyrBinary.run(["build", "--format", "print", "--today", Self.today], in: project.url)
        #expect(build.status == 0)
        #expect(build.stderr.contains("[card-overflow]"))
    }
}
