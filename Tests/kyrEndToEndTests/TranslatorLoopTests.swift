import Foundation
import KYRLoad
import KYRTestSupport
import Testing

/// The translator's loop through the real binary: stamping that cannot bless stale text,
/// names that must exist, one language's findings, new files to fill in.
@Suite struct TranslatorLoopTests {
    static let today = ["--today", "2026-11-22"]

    /// The minimal project with the English of `door.title` changed: its Spanish is outdated.
    static func changedEnglish() throws -> TemporaryProject {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let english = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            english.replacingOccurrences(of: "Keep the door closed", with: "Keep your door closed"))
        return project
    }

    static func outdated(_ project: TemporaryProject) throws -> [String] {
        let run = try KyrBinary.run(["check"] + today, in: project.url)
        return run.stdout.split(separator: "\n").filter { $0.hasSuffix("[outdated-unit]") }.map(String.init)
    }

    @Test func stampingWithoutKeysLeavesAnUnchangedOutdatedUnitOutdatedAndSaysSo() throws {
        let project = try Self.changedEnglish()
        let run = try KyrBinary.run(["translate", "stamp", "--lang", "es"], in: project.url)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(
            run.stdout.contains(
                "Content/guides/at-home/es.yaml: door.title left outdated: its translation did not change since the English did; "
                    + "update it, or after checking it run: kyr translate stamp --lang es guides/at-home:door.title"),
            "\(run.stdout)")
        #expect(try Self.outdated(project).count == 1)
    }

    @Test func theSuggestedCommandStampsTheNamedUnit() throws {
        let project = try Self.changedEnglish()
        let warning = try #require(try Self.outdated(project).first)
        let command = try #require(warning.components(separatedBy: "run: ").last?.components(separatedBy: " [").first)
        #expect(command == "kyr translate stamp --lang es guides/at-home:door.title")
        let run = try KyrBinary.run(Array(command.split(separator: " ").dropFirst().map(String.init)), in: project.url)
        #expect(run.status == 0)
        #expect(run.stdout.contains("door.title stamped although its translation did not change since the English did"))
        #expect(try Self.outdated(project).isEmpty)
    }

    @Test func aTranslationUpdatedAfterTheEnglishChangedIsStampedWithoutKeys() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        // A stamp that records the translation too (kyr stamps so since translations are recorded).
        #expect(
            try KyrBinary.run(["translate", "stamp", "--lang", "es", "guides/at-home:door.title"], in: project.url)
                .status == 0)
        let english = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            english.replacingOccurrences(of: "Keep the door closed", with: "Keep your door closed"))
        let spanish = try project.read("Content/guides/at-home/es.yaml")
        try project.write(
            "Content/guides/at-home/es.yaml",
            spanish.replacingOccurrences(of: "Mantenga la puerta cerrada", with: "Mantenga su puerta cerrada"))
        let run = try KyrBinary.run(["translate", "stamp", "--lang", "es"], in: project.url)
        #expect(
            run.stdout.contains("es: stamped 1 unit\n  Content/guides/at-home/es.yaml: door.title\n"), "\(run.stdout)")
        #expect(try Self.outdated(project).isEmpty)
    }

    @Test func aMisspeltNameIsAnErrorWithASuggestionAndStampsNothing() throws {
        let project = try Self.changedEnglish()
        let before = try project.snapshot()
        let cases: [([String], String)] = [
            (["guides/at-home:door.titel"], "'door.titel' is not a unit of guides/at-home; did you mean 'door.title'?"),
            (["guides/at-hme"], "'guides/at-hme' is not a document of this project; did you mean 'guides/at-home'?"),
        ]
        for (keys, message) in cases {
            let run = try KyrBinary.run(["translate", "stamp", "--lang", "es"] + keys, in: project.url)
            #expect(run.status == 1)
            #expect(run.stderr.contains(message), "\(run.stderr)")
        }
        let language = try KyrBinary.run(["translate", "stamp", "--lang", "fr"], in: project.url)
        #expect(language.status == 1 && language.stderr.contains("'fr' is not among the languages of site.yaml"))
        #expect(try project.snapshot() == before)
    }

    @Test func aNewFilesNeverStampedWarningIsOneLine() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let spanish = try project.read("Content/guides/at-home/es.yaml")
        try project.write("Content/guides/at-home/es.yaml", String(spanish[..<spanish.range(of: "# kyr:")!.lowerBound]))
        let warnings = try Self.outdated(project)
        #expect(
            warnings == [
                "Content/guides/at-home/es.yaml:3:3: warning: none of the 7 units of this file was ever stamped, so kyr cannot tell whether they match the source; after checking them, run: kyr translate stamp --lang es guides/at-home [outdated-unit]"
            ])
    }

    @Test func checkForOneLanguageShowsItsFindingsAndTheSources() throws {
        let project = try TemporaryProject(copying: Fixtures.packageRoot)
        let english = try project.read("Content/guides/at-home/en.yaml")
        let changed = english.replacingOccurrences(
            of: "Do not open the door. Ask for a warrant signed by a judge.",
            with: "Do not open the door. Ask for a warrant that a judge signed.")
        #expect(changed != english, "the bundled card line changed")
        try project.write("Content/guides/at-home/en.yaml", changed)
        let all = try KyrBinary.run(["check", "--project", project.path] + Self.today)
        #expect(all.stdout.contains("/Content/guides/at-home/pl.yaml:"), "another language's finding exists")
        let spanish = try KyrBinary.run(["check", "--project", project.path, "--lang", "es"] + Self.today)
        #expect(spanish.stdout.contains("/Content/guides/at-home/es.yaml:"), "\(spanish.stdout)")
        for other in ["pl", "zh-Hans", "ar", "tl", "ko", "uk", "hi"] {
            #expect(!spanish.stdout.contains("/\(other).yaml:"), "\(other)")
        }
        #expect(spanish.status == 0)
        let unlisted = try KyrBinary.run(["check", "--project", project.path, "--lang", "fr"] + Self.today)
        #expect(unlisted.status == 2)
    }

    @Test func aSkeletonFilledWithAnyTextLoadsWithoutError() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try project.remove("Content/guides/at-home/es.yaml")
        let run = try KyrBinary.run(["translate", "init", "--lang", "es", "guides/at-home"], in: project.url)
        #expect(run.status == 0, "\(run.stderr)")
        let skeleton = try project.read("Content/guides/at-home/es.yaml")
        #expect(skeleton.contains("  # Keep the door closed\n  door.title: \"\"\n"))
        let unfilled = ContentBytes.decode(Array(skeleton.utf8), as: .translation)
        #expect(unfilled.diagnostics.isEmpty && unfilled.decoded, "an empty skeleton is valid")
        let filled = skeleton.replacingOccurrences(
            of: ": \"\"", with: ": \"any text at all: even with a colon and a # sign\"")
        let loaded = ContentBytes.decode(Array(filled.utf8), as: .translation)
        #expect(loaded.diagnostics.isEmpty && loaded.decoded, "\(loaded.diagnostics)")
        let again = try KyrBinary.run(["translate", "init", "--lang", "es", "guides/at-home"], in: project.url)
        #expect(again.stdout.contains("as it is: it exists"))
        #expect(try project.read("Content/guides/at-home/es.yaml") == skeleton, "never overwritten")
        let unlisted = try KyrBinary.run(["translate", "init", "--lang", "vi"], in: project.url)
        #expect(unlisted.status == 1 && unlisted.stderr.contains("add it first, under languages: in Content/site.yaml"))
    }
}
