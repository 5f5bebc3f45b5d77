import Foundation
import KYRTestSupport
import Testing

/// `kyr build` run again: what it says when nothing changed, when one guide changed, and with
/// `--clean`; the output always what a build from nothing gives.
@Suite struct IncrementalBuildCommandTests {
    static let today = "2026-11-22"

    @Test func aSecondBuildSaysNothingChangedAndWritesNothing() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let build = ["build", "--today", Self.today, "--format", "html,text"]
        let first = try KyrBinary.run(build, in: project.url)
        #expect(first.status == 0, "\(first.stderr)")
        // The fit checks' memory is saved once the first build has made the output folder.
        #expect(FileManager.default.fileExists(atPath: project.path + "/Output/.kyr-cache/print-fit"))
        let before = try project.snapshot()
        let again = try KyrBinary.run(build, in: project.url)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.hasPrefix("up to date: 23 pages in 4 languages in "), "\(again.stdout)")
        #expect(
            again.stdout.contains("nothing changed since the last build (--clean checks and renders everything again)"))
        // The warnings the content has are not hidden because nothing was loaded.
        #expect(first.stderr.contains("warning:"))
        #expect(again.stderr.hasPrefix("kyr: the content has "), "\(again.stderr)")
        #expect(again.stderr.contains("warnings: kyr check lists them"))
        #expect(try project.snapshot() == before)

        // Another day is another input: review dates are compared with it.
        let nextDay = try KyrBinary.run(["build", "--today", "2026-11-23", "--format", "html,text"], in: project.url)
        #expect(nextDay.stdout.hasPrefix("built 23 pages"), "\(nextDay.stdout)")
    }

    @Test func aChangedFileIsAllThatIsRenderedAndTheOutputIsAsFromNothing() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let build = ["build", "--today", Self.today, "--format", "html,text"]
        #expect(try KyrBinary.run(build, in: project.url).status == 0)
        try project.write("Content/agencies/ice/es.yaml", try project.read("Content/agencies/ice/es.yaml") + "\n")
        let run = try KyrBinary.run(build, in: project.url)
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines[0].hasPrefix("built 23 pages in 4 languages into "), "\(run.stdout)")
        #expect(lines[0].hasSuffix(" files rendered; the others had not changed)"), "\(run.stdout)")

        let clean = try KyrBinary.run(build + ["--clean", "--output", "Clean"], in: project.url)
        #expect(clean.status == 0)
        #expect(!clean.stdout.contains("rendered;"), "\(clean.stdout)")
        let incremental = try FolderContents.files(under: project.url.appendingPathComponent("Output"))
        let fresh = try FolderContents.files(under: project.url.appendingPathComponent("Clean"))
        #expect(incremental == fresh)
    }

    /// A build that fails on content errors after a good one leaves the good one, and the next
    /// good build still knows what it may keep.
    @Test func aFailedBuildBetweenTwoGoodOnesChangesNothing() throws {
        let project = try TemporaryProject(copying: Fixtures.project("site-multilingual"))
        let build = ["build", "--today", Self.today]
        #expect(try KyrBinary.run(build, in: project.url).status == 0)
        let output = try FolderContents.files(under: project.url.appendingPathComponent("Output"))
        let good = try project.read("Content/site.yaml")
        try project.write("Content/site.yaml", good + "\nunknown-key: [\n")
        #expect(try KyrBinary.run(build, in: project.url).status == 1)
        #expect(try FolderContents.files(under: project.url.appendingPathComponent("Output")) == output)
        try project.write("Content/site.yaml", good)
        let again = try KyrBinary.run(build, in: project.url)
        #expect(again.stdout.hasPrefix("up to date: "), "\(again.stdout)")
    }
}
