import Foundation
import KYRTestSupport
import Testing

/// `kyr build` replaces its output folder whole, so it must never replace anything it did not
/// write, and never an output that is, holds or lies inside what it builds from.
@Suite struct OutputSafetyTests {
    static let today = ["--today", "2026-11-22"]

    /// A temporary folder holding a copy of the minimal project at `name`.
    static func workspace(projectAt name: String) throws -> (TemporaryProject, URL) {
        let folder = try TemporaryProject()
        let project = folder.url.appendingPathComponent(name)
        try FileManager.default.createDirectory(
            at: project.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.project("minimal"), to: project)
        return (folder, project)
    }

    @Test func aProjectFolderNamedSiteBuiltIntoItsParentIsRefused() throws {
        let (folder, project) = try Self.workspace(projectAt: "site")
        let before = try folder.snapshot()
        for force in [[], ["--force"]] {
            let run = try KyrBinary.run(
                ["build", "--project", project.path, "--output", folder.path] + force + Self.today)
            #expect(run.status == 2, "\(force)")
            #expect(
                run.stderr.contains("refusing to write to \(folder.path)/site: it is the project folder"),
                "\(run.stderr)")
        }
        #expect(try folder.snapshot() == before, "the project is whole")
    }

    @Test func aProjectInsideTheOutputIsRefused() throws {
        let (folder, project) = try Self.workspace(projectAt: "site/network")
        let before = try folder.snapshot()
        let run = try KyrBinary.run(
            ["build", "--project", project.path, "--output", folder.path, "--force"] + Self.today)
        #expect(run.status == 2)
        #expect(run.stderr.contains("replacing it would delete the project folder"), "\(run.stderr)")
        #expect(try folder.snapshot() == before)
    }

    @Test func anOutputInsideContentOrTemplatesIsRefused() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        for output in ["Content", "Content/guides", "Templates"] {
            let run = try KyrBinary.run(["build", "--output", output] + Self.today, in: project.url)
            #expect(run.status == 2, "\(output)")
            #expect(run.stderr.contains("refusing to write to \(output)/site: it lies inside"), "\(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: project.url.appendingPathComponent("Content/site").path))
    }

    @Test func theRootAndTheHomeFolderAreRefused() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let home = try TemporaryProject()
        let root = try KyrBinary.run(["build", "--output", "/"] + Self.today, in: project.url)
        #expect(root.status == 2 && root.stderr.contains("it is the root folder"), "\(root.stderr)")
        let run = try KyrBinary.run(
            ["build", "--output", home.path, "--force"] + Self.today, in: project.url, environment: ["HOME": home.path])
        #expect(run.status == 2 && run.stderr.contains("it is your home folder"), "\(run.stderr)")
        #expect(try home.snapshot().isEmpty)
    }

    @Test func handMadeFilesAreReplacedOnlyWithForce() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try project.write("Output/site/notes.txt", "my own notes")
        let run = try KyrBinary.run(["build"] + Self.today, in: project.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("has files kyr did not write"), "\(run.stderr)")
        #expect(try project.read("Output/site/notes.txt") == "my own notes")
        let forced = try KyrBinary.run(["build", "--force"] + Self.today, in: project.url)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(
            !FileManager.default.fileExists(atPath: project.url.appendingPathComponent("Output/site/notes.txt").path))
        let again = try KyrBinary.run(["build"] + Self.today, in: project.url)
        #expect(again.status == 0, "kyr's own output, with its marker, is replaced without --force: \(again.stderr)")
    }

    @Test func aFileNamedSiteIsNotReplacedWithoutForce() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try project.write("Output/site", "a file, not a folder")
        let run = try KyrBinary.run(["build"] + Self.today, in: project.url)
        #expect(run.status == 2)
        #expect(try project.read("Output/site") == "a file, not a folder")
    }

    @Test func symbolicLinksForTheOutputAreNotFollowed() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let elsewhere = try TemporaryProject()
        try elsewhere.write("site/precious.txt", "keep me")
        try FileManager.default.createSymbolicLink(
            at: project.url.appendingPathComponent("Output"), withDestinationURL: elsewhere.url)
        let run = try KyrBinary.run(["build", "--force"] + Self.today, in: project.url)
        #expect(run.status == 2)
        #expect(run.stderr.contains("is a symbolic link"), "\(run.stderr)")
        #expect(try elsewhere.read("site/precious.txt") == "keep me")

        let second = try TemporaryProject(copying: Fixtures.project("minimal"))
        try FileManager.default.createDirectory(
            at: second.url.appendingPathComponent("Output"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            at: second.url.appendingPathComponent("Output/site"),
            withDestinationURL: elsewhere.url.appendingPathComponent("site"))
        let linked = try KyrBinary.run(["build", "--force"] + Self.today, in: second.url)
        #expect(linked.status == 2)
        #expect(try elsewhere.read("site/precious.txt") == "keep me")
    }
}
