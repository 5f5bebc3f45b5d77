import Foundation
import KYRLoad
import KYRModel
import KYRTestSupport
import Testing

@Suite struct ContentLoaderTests {
    @Test func loadsTheMinimalProject() throws {
        let result = try ContentLoader(projectDirectory: Fixtures.project("minimal").path).load()
        #expect(result.diagnostics.isEmpty)
        let content = result.content
        #expect(content.fileCount == 10)
        #expect(content.site?.allLanguages.map(\.identifier) == ["en", "es"])
        #expect(content.histories[DocumentRef(.guide, "at-home")]?.count == 7)
        #expect(content.site?.variables["hotline"]?.linkURL == "tel:18554357693")
        #expect(content.site?.variables["city"]?.kind == .text)
        let guide = try #require(content.guides.first)
        #expect(
            guide.translatableUnits.map(\.key) == [
                "title", "summary", "door.title", "door.dont-open", "door.ask-warrant", "card.silent", "card.call",
            ])
        #expect(guide.sections[0].units[1].kind == .say)
        #expect(guide.legalReview.dueDate.description == "2027-04-30")
        let translation = try #require(content.translations.first { $0.kind == .guide })
        #expect(translation.language.identifier == "es")
        #expect(
            translation.units.map { translation.state(of: $0) } == [
                .draft, .draft, .draft, .draft, .reviewed, .draft, .draft,
            ])
        #expect(content.agencies.first?.cues.count == 1)
    }

    /// A guide's short message is a translatable unit under `message`, after the summary; site.yaml
    /// sets the SMS budget, 3 segments when it does not.
    @Test func loadsTheShortMessageAndTheSMSBudget() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        #expect(try ContentLoader(projectDirectory: project.path).load().content.site?.smsSegments == 3)
        let guide = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            guide.replacingOccurrences(of: "agencies: [ice]", with: "message: Keep the door closed.\nagencies: [ice]"))
        let site = try project.read("Content/site.yaml")
        try project.write("Content/site.yaml", site + "sms-segments: 5\n")
        let translation = try project.read("Content/guides/at-home/es.yaml")
        try project.write(
            "Content/guides/at-home/es.yaml",
            translation.replacingOccurrences(of: "units:\n", with: "units:\n  message: Mantenga la puerta cerrada.\n"))
        let result = try ContentLoader(projectDirectory: project.path).load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.content.site?.smsSegments == 5)
        let loaded = try #require(result.content.guides.first)
        #expect(loaded.message?.raw == "Keep the door closed.")
        #expect(loaded.translatableUnits.map(\.key).prefix(3) == ["title", "summary", "message"])
        let spanish = Localizer(content: result.content).localize(loaded, into: try LanguageTag.parse("es").get())
        // Never stamped, so outdated: readers see the English message, marked as a fallback.
        #expect(spanish.message?.text.raw == "Keep the door closed.")
        #expect(spanish.message?.isFallback == true)
    }

    /// `kind: documents` marks a note about papers, not an agency; without it a note is an
    /// agency, and a misspelled kind is an error at its value, with the words kyr knows.
    @Test func agencyNoteKind() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        #expect(try ContentLoader(projectDirectory: project.path).load().content.agencies.first?.noteKind == .agency)
        let note = try project.read("Content/agencies/ice/en.yaml")
        try project.write(
            "Content/agencies/ice/en.yaml", note.replacingOccurrences(of: "summary:", with: "kind: documents\nsummary:")
        )
        let result = try ContentLoader(projectDirectory: project.path).load()
        #expect(result.diagnostics.isEmpty)
        #expect(result.content.agencies.first?.noteKind == .documents)
        try project.write(
            "Content/agencies/ice/en.yaml", note.replacingOccurrences(of: "summary:", with: "kind: papers\nsummary:"))
        let wrong = try ContentLoader(projectDirectory: project.path).load()
        #expect(
            wrong.diagnostics.map(\.message) == [
                "unknown note kind 'papers'; expected one of: agency, documents, topic"
            ])
        #expect(wrong.diagnostics.first?.code == .invalidValue)
    }

    @Test func positionsInsideFoldedScalars() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let guide = try project.read("Content/guides/at-home/en.yaml")
        try project.write(
            "Content/guides/at-home/en.yaml",
            guide.replacingOccurrences(
                of: "summary: You do not have to open the door. Call {hotline}.",
                with: "summary: >-\n  You do not have to open\n    the door. Call\n  \"{hotline}\"."))
        let result = try ContentLoader(projectDirectory: project.path).load()
        #expect(result.diagnostics.isEmpty)
        let summary = try #require(result.content.guides.first?.summary)
        #expect(summary.variableReferences.map(\.location.line) == [5])
        #expect(summary.variableReferences.map(\.location.column) == [4])
    }

    @Test func oversizedFileIsRefusedWithoutReadingIt() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let big = "title: x\n" + String(repeating: "# padding\n", count: 110_000)
        try project.write("Content/guides/at-home/es.yaml", big)
        let lines = try Checking.lines(project.path)
        #expect(
            lines == [
                "Content/guides/at-home/es.yaml: error: file is \(big.utf8.count) bytes; content files may be at most 1048576 bytes (1 MiB) [file-too-large]"
            ])
    }

    /// Folders are told from files by the listing itself; a symbolic link to a folder is a
    /// folder, and a folder named like a language file is reported, not read.
    @Test func foldersLinksAndFolderNamedLikeAFile() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let fm = FileManager.default
        try fm.moveItem(atPath: project.path + "/Content/strings", toPath: project.path + "/strings-elsewhere")
        try fm.createSymbolicLink(
            atPath: project.path + "/Content/strings", withDestinationPath: "../strings-elsewhere")
        #expect(try Checking.lines(project.path).isEmpty)
        try fm.createDirectory(
            atPath: project.path + "/Content/guides/at-home/pl.yaml", withIntermediateDirectories: false)
        #expect(
            try Checking.lines(project.path) == [
                "Content/guides/at-home/pl.yaml: warning: 'pl.yaml' is not read: expected <language>.yaml files here, found a folder [unexpected-file]"
            ])
    }

    /// A FIFO named like a translation is refused at once: reading it would wait for a writer.
    @Test func nonRegularFileIsUnreadableNotAHang() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try project.remove("Content/guides/at-home/es.yaml")
        #expect(mkfifo(project.path + "/Content/guides/at-home/es.yaml", 0o644) == 0)
        let lines = try Checking.lines(project.path)
        #expect(lines.contains("Content/guides/at-home/es.yaml: error: cannot read file [unreadable-file]"))
    }

    @Test func missingContentFolderIsALoadError() {
        #expect(throws: LoadError.noContentFolder("/nonexistent/Content")) {
            try ContentLoader(projectDirectory: "/nonexistent").load()
        }
    }

    @Test func loadingIsDeterministic() throws {
        let path = Fixtures.packageRoot.path
        let first = try ContentLoader(projectDirectory: path).load()
        for _ in 0..<5 {
            let again = try ContentLoader(projectDirectory: path).load()
            #expect(again.diagnostics == first.diagnostics)
            #expect(again.content.guides.map(\.id) == first.content.guides.map(\.id))
            #expect(again.content.translations.map(\.file) == first.content.translations.map(\.file))
        }
    }
}
