import ArgumentParser
import Foundation
import KYRCheck
import KYRModel
import KYRRender

/// `kyr build`: check the content, then render it into the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the content, then build the static site into Output/site.",
        discussion: """
            Builds nothing (exit 1) when the content has errors, printing them as kyr check does. \
            The site is written to a staging folder and swapped into place only when complete, \
            so a failed build leaves the previous output as it was. Templates in \
            <project>/Templates/html/ replace the bundled ones of the same name.
            """
    )

    enum Format: String, CaseIterable {
        case html, text, print
    }

    @OptionGroup var options: ProjectOptions

    @Option(help: ArgumentHelp("The output folder; default: Output under the project.", valueName: "dir"))
    var output: String?

    @Option(help: ArgumentHelp("What to build: html (text and print are not available yet). Comma-separated or repeated.", valueName: "formats"))
    var format: [String] = ["html"]

    @Option(name: .long, help: ArgumentHelp("Only these target languages (repeat for several); the source language is always built.", valueName: "tag"))
    var lang: [String] = []

    @Option(help: ArgumentHelp("Build as of this day (YYYY-MM-DD), for review dates; default: today.", valueName: "date"))
    var today: String?

    var formats: [String] {
        format.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }
    }

    func validate() throws {
        if let today, ContentDate(today) == nil { throw ValidationError("--today must be a date written YYYY-MM-DD, got '\(today)'") }
        for name in formats {
            guard let known = Format(rawValue: name) else { throw ValidationError("unknown format '\(name)': use html") }
            if known != .html { throw ValidationError("the \(name) format is not available yet: use html") }
        }
        for tag in lang {
            if case .failure(let problem) = LanguageTag.parse(tag) { throw ValidationError(problem.message(for: tag)) }
        }
    }

    func run() throws {
        let day = today.flatMap(ContentDate.init) ?? Clock.today()
        let checked = try CheckedProject.load(options.project, today: day)
        let printer = DiagnosticPrinter(sources: checked.sources)
        if checked.hasErrors {
            Output.standard(printer.text(checked.diagnostics, filesChecked: checked.content.fileCount))
            Output.error("kyr: nothing built: fix the errors above first\n")
            throw ExitCode(1)
        }
        if !checked.diagnostics.isEmpty {
            Output.error(printer.text(checked.diagnostics, filesChecked: checked.content.fileCount))
        }
        let wanted = lang.compactMap { try? LanguageTag.parse($0).get() }
        let listed = Set(checked.content.site?.languages.map(\.value) ?? [])
        if let unknown = wanted.first(where: { !listed.contains($0) }) {
            throw ValidationError("'\(unknown)' is not among the languages of site.yaml")
        }
        let outputDirectory = URL(fileURLWithPath: output ?? (options.project as NSString).appendingPathComponent("Output"))
        // The translators' page: every missing or outdated unit per language, from the same report as kyr coverage.
        let status = CoverageReport(content: checked.content, diagnostics: checked.diagnostics, languages: wanted).htmlBody()
        let siteOptions = SiteOptions(languages: wanted.isEmpty ? nil : wanted, today: day, translationStatusHTML: status)
        do {
            let summary = try SiteBuilder.build(checked, projectDirectory: options.project, outputDirectory: outputDirectory, options: siteOptions)
            Output.standard("built \(summary.pages) pages in \(summary.languages.count) languages into \(summary.destination.path)\n")
        } catch {
            Output.error("kyr: error: \(error.message)\n")
            switch error {
            case .template, .incompleteContent: throw ExitCode(1)
            case .output: throw ExitCode(2)
            }
        }
    }
}
