import Foundation
import KYRDriver
import KYRModel
import KYRTestSupport
import Testing

@testable import KYRPrint

/// `kyr check` after real layout: a card line that does not fit, a one-page handout that spills.
@Suite struct FitCheckTests {
    static let longLine = String(
        repeating: "Voy a permanecer en silencio y no voy a firmar ningún documento sin hablar con un abogado. ",
        count: 16
    ).trimmingCharacters(in: .whitespaces)

    func diagnostics(_ project: TemporaryProject, code: DiagnosticCode) throws -> [Diagnostic] {
        try CheckedProject.load(
            ProjectLayout(root: project.path), today: Checking.today, measurer: PangoMeasurer()
        ).diagnostics.filter { $0.code == code }
    }

    /// The minimal project with the Spanish card's first line far too long for a card.
    func projectWithLongSpanishCardLine() throws -> TemporaryProject {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let file = "Content/guides/at-home/es.yaml"
        let spanish = try project.read(file).replacingOccurrences(
            of: "card.silent: Voy a permanecer en silencio.", with: "card.silent: " + Self.longLine)
        try project.write(file, spanish)
        return project
    }

    @Test func aSpanishCardLineTooLongIsReportedWhereItIsWritten() throws {
        let project = try projectWithLongSpanishCardLine()
        let found = try diagnostics(project, code: .cardOverflow)
        #expect(found.count == 1, "\(found.map(\.message))")
        let finding = try #require(found.first)
        let lines = try project.read("Content/guides/at-home/es.yaml").split(
            separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { $0.contains("card.silent:") }) + 1
        #expect(finding.location.file.hasSuffix("guides/at-home/es.yaml"))
        #expect(finding.location.line == line)
        #expect(finding.location.column == "  card.silent: ".count + 1, "at the start of the text")
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("does not fit in es"))
        #expect(finding.message.contains("card.silent"))
        #expect(finding.message.contains("(6 pt)"))
    }

    /// A statement to an agent too long for the English back: one finding, at the English line,
    /// naming every language whose card carries it.
    @Test func aBackTooLongIsReportedOnceAtTheSourceLine() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        let file = "Content/guides/at-home/en.yaml"
        let long = String(repeating: "I will remain silent and I will not sign anything without a lawyer. ", count: 14)
        let english = try project.read(file).replacingOccurrences(
            of: "  - id: silent\n    kind: say\n    text: I will remain silent.",
            with: "  - id: silent\n    kind: say\n    text: " + long)
        try project.write(file, english)
        let found = try diagnostics(project, code: .cardOverflow).filter { $0.message.contains("its back") }
        #expect(found.count == 1, "\(found.map(\.message))")
        let finding = try #require(found.first)
        #expect(finding.location.file.hasSuffix("guides/at-home/en.yaml"))
        #expect(finding.message.contains("does not fit in en, es: its back (in en, for the agent)"))
    }

    @Test func cardsThatFitAndChecksWithoutAMeasurerReportNothing() throws {
        let fitting = try TemporaryProject(copying: Fixtures.project("minimal"))
        #expect(try diagnostics(fitting, code: .cardOverflow).isEmpty)
        let long = try projectWithLongSpanishCardLine()
        #expect(try Checking.diagnostics(long.path).allSatisfy { $0.code != .cardOverflow })
    }

    /// The bundled cards fit in every language.
    @Test func bundledCardsFit() throws {
        let checked = try CheckedProject.load(
            ProjectLayout(root: Fixtures.packageRoot.path), today: Checking.today, measurer: PangoMeasurer())
        #expect(checked.diagnostics.filter { $0.code == .cardOverflow || $0.code == .pageOverflow }.isEmpty)
    }

    /// `count` more units after the minimal guide's, in a section of their own.
    static func guideSource(units count: Int, maxPages: Int?) -> String {
        var yaml = """
            title: If agents come to your home
            summary: You do not have to open the door. Call {hotline}.
            agencies: [ice]
            legal-review:
              date: 2026-11-01
              interval-days: 180
            sections:
              - id: door
                title: Keep the door closed
                units:
                  - id: dont-open
                    kind: step
                    text: Do **not** open the door.
                  - id: ask-warrant
                    kind: say
                    text: Please slide the warrant under the door.
              - id: more
                title: More to know
                units:

            """
        for index in 0..<count {
            yaml += """
                      - id: point-\(index)
                        kind: tip
                        text: >-
                          Keep this paper where everyone at home can find it, and practise with your
                          family what to say if agents come to the door (point \(index)).

                """
        }
        yaml += """
            card:
              - id: silent
                text: I will remain silent.
              - id: call
                text: "[Call the hotline]({hotline})."
            sources:
              - title: Example source
                url: https://example.org/source

            """
        if let maxPages { yaml += "print:\n  max-pages: \(maxPages)\n" }
        return yaml
    }

    @Test func aOnePageHandoutThatSpillsIsReportedAtTheFirstTextOfPageTwo() throws {
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try project.write("Content/guides/at-home/en.yaml", Self.guideSource(units: 60, maxPages: 1))
        let found = try diagnostics(project, code: .pageOverflow)
        let english = try #require(found.first { $0.message.contains(" in en ") }, "\(found.map(\.message))")
        #expect(english.location.file.hasSuffix("guides/at-home/en.yaml"))
        #expect(english.message.contains("page 2 starts with this text"))
        #expect(english.message.contains("8.5 pt"))
        // It points at a unit's text: the line holds a tip's folded text.
        let lines = try project.read("Content/guides/at-home/en.yaml").split(
            separator: "\n", omittingEmptySubsequences: false)
        let pointed = lines[english.location.line - 1]
        #expect(
            pointed.contains("text:") || pointed.contains("Keep this paper") || pointed.contains("title:"), "\(pointed)"
        )
    }

    /// A guide limited to one page that fits only at a smaller size is printed smaller, on one
    /// page, with no finding; without the limit it takes two pages at the standard size.
    @Test func aOnePageHandoutIsSetSmallerToFit() throws {
        let checked = try Checking.project(Fixtures.project("minimal").path)
        let publication = try Publication(localizer: checked.localizer, today: Checking.today)
        let renderer = HandoutRenderer(publication: publication, paper: .letter)
        let setter = Typesetter(engine: TextEngine(), publication: publication)
        // The number of extra units for which the standard size takes two pages and the smallest one.
        var found: Int?
        for count in 4...60 {
            let project = try TemporaryProject(copying: Fixtures.project("minimal"))
            try project.write("Content/guides/at-home/en.yaml", Self.guideSource(units: count, maxPages: nil))
            let guide = try #require(try Checking.content(project.path).guides.first)
            // Spanish falls back to English for the new units, and says so in a notice: longer.
            let pages = [LanguageTag.english, try LanguageTag.parse("es").get()].map { language in
                (
                    renderer.layout(guide, in: language, bilingual: false, style: .standard, setter: setter).pages
                        .count,
                    renderer.layout(guide, in: language, bilingual: false, style: .smallest, setter: setter).pages.count
                )
            }
            if pages.allSatisfy({ $0 == (2, 1) }) {
                found = count
                break
            }
        }
        let count = try #require(found, "some length fits one page only when set smaller")
        let project = try TemporaryProject(copying: Fixtures.project("minimal"))
        try project.write("Content/guides/at-home/en.yaml", Self.guideSource(units: count, maxPages: 1))
        #expect(try diagnostics(project, code: .pageOverflow).isEmpty)
        let (folder, _) = try PrintRendering.written(project.url, languages: [])
        #expect(try PDFTool.pageSizes(folder.url.appendingPathComponent("en/guides/at-home.pdf").path).count == 1)
    }
}
