import Foundation
import KYRDriver
import KYRModel
import KYRTestSupport
import Synchronization
import Testing

@testable import KYRPrint

/// The fit checks remember, in `Output/.kyr-cache/print-fit`, what fitted: a second check lays
/// out only what changed, and says exactly what a check from nothing says.
@Suite struct FitCacheTests {
    /// Pango, counting the layouts it is asked for.
    final class CountingMeasurer: TextMeasuring {
        let inner = PangoMeasurer()
        let calls = Mutex<[String]>([])

        func card(_ guide: Guide, in language: LanguageTag, publication: Publication) -> [CardFit] {
            calls.withLock { $0.append("card \(guide.id) \(language)") }
            return inner.card(guide, in: language, publication: publication)
        }

        func handout(_ guide: Guide, in language: LanguageTag, publication: Publication) -> HandoutFit {
            calls.withLock { $0.append("handout \(guide.id) \(language)") }
            return inner.handout(guide, in: language, publication: publication)
        }

        var identity: String { inner.identity }
    }

    /// The print fit findings of a check with `measurer`, and the layouts it asked for.
    func check(_ project: TemporaryProject) throws -> (findings: [String], layouts: [String]) {
        let measurer = CountingMeasurer()
        let checked = try CheckedProject.load(
            ProjectLayout(root: project.path), today: Checking.today, measurer: measurer)
        checked.saveCaches()
        let findings = checked.diagnostics.filter { $0.code == .cardOverflow || $0.code == .pageOverflow }
            .map { "\($0.location.file):\($0.location.line): \($0.message)" }
        return (findings, measurer.calls.withLock { $0 }.sorted())
    }

    @Test func aSecondCheckLaysOutOnlyWhatChanged() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        try FileManager.default.createDirectory(
            at: project.url.appendingPathComponent("Output"), withIntermediateDirectories: true)
        let first = try check(project)
        #expect(!first.layouts.isEmpty)
        #expect(FileManager.default.fileExists(atPath: project.path + "/Output/.kyr-cache/print-fit"))
        let second = try check(project)
        #expect(second.layouts == [], "everything fitted and nothing changed")
        #expect(second.findings == first.findings)

        // One Spanish card line too long: that pair alone is laid out, and reported every time.
        let file = "Content/guides/at-home/es.yaml"
        let text = try project.read(file)
        let key = try #require(text.split(separator: "\n").first { $0.hasPrefix("  card.") })
        let long = key.prefix { $0 != ":" } + ": " + FitCheckTests.longLine
        try project.write(file, text.replacingOccurrences(of: String(key), with: String(long)))
        let third = try check(project)
        #expect(third.layouts == ["card at-home es"], "the other languages' cards are made from other files")
        #expect(third.findings.count == 1 && third.findings[0].contains("does not fit in es"), "\(third.findings)")
        // The check memory holds that guide's finding now; without it, the pair is laid out again.
        #expect(try check(project).layouts == [])
        try FileManager.default.removeItem(at: project.url.appendingPathComponent("Output/.kyr-cache/check"))
        let fourth = try check(project)
        #expect(fourth.layouts == ["card at-home es"], "a pair that does not fit is never remembered")
        #expect(fourth.findings == third.findings)

        // What a check without the cache says.
        try FileManager.default.removeItem(at: project.url.appendingPathComponent("Output/.kyr-cache"))
        let fresh = try check(project)
        #expect(fresh.findings == third.findings)
        #expect(fresh.layouts == first.layouts)
    }

    @Test func aSharedFileChangeLaysOutEverythingAgain() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        try FileManager.default.createDirectory(
            at: project.url.appendingPathComponent("Output"), withIntermediateDirectories: true)
        let first = try check(project)
        try project.write("Content/site.yaml", try project.read("Content/site.yaml") + "\n# a comment\n")
        #expect(try check(project).layouts == first.layouts)
    }

    @Test func withoutAnOutputFolderNothingIsWritten() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let before = try project.snapshot()
        let first = try check(project)
        #expect(try project.snapshot() == before)
        #expect(try check(project).layouts == first.layouts)
    }

    @Test func aDamagedCacheIsIgnored() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        try project.write("Output/.kyr-cache/print-fit", "kyr print fit cache: something else\nnot a hash\n")
        let first = try check(project)
        #expect(!first.layouts.isEmpty)
        #expect(try check(project).layouts == [])
    }
}
