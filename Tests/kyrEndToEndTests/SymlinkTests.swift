import Foundation
import KYRTestSupport
import Testing

/// kyr reads, publishes and writes only inside the project folder, whatever symbolic links say.
@Suite struct SymlinkTests {
    static let today = ["--today", "2026-11-22"]

    static func link(_ project: TemporaryProject, _ path: String, to target: String) throws {
        let url = project.url.appendingPathComponent(path)
        if FileManager.default.fileExists(atPath: url.path) { try FileManager.default.removeItem(at: url) }
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    @Test func aTranslationLinkedOutsideIsRefusedAndNeverQuoted() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let outside = try TemporaryProject()
        try outside.write("secret.yaml", "state: draft\nunits:\n  title: SECRET-LINE-FROM-OUTSIDE\n  bad: [\n")
        try Self.link(project, "Content/guides/at-home/es.yaml", to: outside.path + "/secret.yaml")
        let run = try KyrBinary.run(["check"] + Self.today, in: project.url)
        #expect(run.status == 1)
        #expect(
            run.stdout.contains("Content/guides/at-home/es.yaml: error: 'es.yaml' is a symbolic link to "),
            "\(run.stdout)")
        #expect(run.stdout.contains("[link-outside-project]"))
        #expect(!run.stdout.contains("SECRET-LINE-FROM-OUTSIDE"))
    }

    @Test func aGuideFolderLinkedOutsideIsNotPublished() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let outside = try TemporaryProject()
        try FileManager.default.copyItem(
            at: project.url.appendingPathComponent("Content/guides/at-home"),
            to: outside.url.appendingPathComponent("at-work"))
        try Self.link(project, "Content/guides/at-work", to: outside.path + "/at-work")
        let run = try KyrBinary.run(["build"] + Self.today, in: project.url)
        #expect(run.status == 1)
        #expect(run.stdout.contains("Content/guides/at-work: error: 'at-work' is a symbolic link to"), "\(run.stdout)")
        #expect(!FileManager.default.fileExists(atPath: project.path + "/Output/site/en/guides/at-work.html"))
    }

    @Test func aTemplateLinkedOutsideIsNotPublished() throws {
        for name in ["style.css", "credits.mustache"] {
            let project = try TemporaryProject(copying: Fixtures.project("minimal"))
            let outside = try TemporaryProject()
            try outside.write("private.txt", "PRIVATE-NOTES")
            try project.write("Templates/html/keep.txt", "")
            try Self.link(project, "Templates/html/" + name, to: outside.path + "/private.txt")
            let run = try KyrBinary.run(["build"] + Self.today, in: project.url)
            #expect(run.status == 1, "\(name)")
            #expect(run.stderr.contains("Templates/html/\(name):1:1: error: a symbolic link to"), "\(run.stderr)")
            #expect(!FileManager.default.fileExists(atPath: project.path + "/Output/site"))
        }
    }

    @Test func aHistoryFolderLinkedOutsideIsNeverWritten() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let outside = try TemporaryProject()
        try FileManager.default.moveItem(
            at: project.url.appendingPathComponent("Content/history"), to: outside.url.appendingPathComponent("history")
        )
        try Self.link(project, "Content/history", to: outside.path + "/history")
        // An English change the Spanish must be stamped against: stamping would write history/.
        let english = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            english.replacingOccurrences(of: "Keep the door closed", with: "Keep your door closed"))
        let before = try outside.snapshot()
        let run = try KyrBinary.run(["translate", "stamp", "--lang", "es"], in: project.url)
        #expect(run.status == 1)
        #expect(try outside.snapshot() == before)
    }

    @Test func linksInsideTheProjectAreFollowed() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try FileManager.default.moveItem(
            at: project.url.appendingPathComponent("Content/guides/at-home/es.yaml"),
            to: project.url.appendingPathComponent("shared-es.yaml"))
        try Self.link(project, "Content/guides/at-home/es.yaml", to: "../../../shared-es.yaml")
        let run = try KyrBinary.run(["check"] + Self.today, in: project.url)
        #expect(run.status == 0, "\(run.stdout)")
    }
}
