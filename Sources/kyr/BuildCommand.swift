import ArgumentParser
import KYRDriver
import KYRModel

/// `kyr build`: check the content, then render it into the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the content, then build the static site (and printable PDFs) into Output/.",
        discussion: """
            Builds nothing (exit 1) when the content has errors, printing them as kyr check does. \
            Each format is written to a staging folder and swapped into place only when complete, \
            so a failed build leaves the previous output as it was. Templates in \
            <project>/Templates/html/ replace the bundled ones of the same name. --format print \
            writes handouts and wallet cards as PDF into Output/print/<lang>/.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Option(help: ArgumentHelp("The output folder; default: Output under the project.", valueName: "dir"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "What to build: html, print (text is not available yet). Comma-separated or repeated.",
            valueName: "formats"))
    var format: [FormatList] = [FormatList(argument: "html")!]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only these target languages (repeat for several); the source language is always built.", valueName: "tag"))
    var lang: [LanguageTag] = []

    @Option(
        help: ArgumentHelp(
            "Paper for printed handouts and card sheets: letter or a4; default: site.yaml's.", valueName: "paper"))
    var paper: PaperSize?

    @OptionGroup var day: DayOptions

    var formats: [BuildFormat] { format.flatMap(\.formats) }

    func validate() throws {
        if let unavailable = formats.first(where: { !$0.isAvailable }) {
            throw ValidationError("the \(unavailable.rawValue) format is not available yet: use html or print")
        }
    }

    func run() throws {
        let layout = ProjectLayout(root: options.project, output: output)
        let checked = try CheckedProject.load(
            layout, today: day.day, measurer: CheckedProject.printMeasurer(paper: paper))
        Output.times.withLock { $0.append(checked.times) }
        if checked.hasErrors {
            Output.standard(checked.report())
            Output.error("kyr: nothing built: fix the errors above first\n")
            throw ExitCode(1)
        }
        if !checked.diagnostics.isEmpty {
            Output.error(checked.report())
        }
        var times = PhaseTimes()
        defer { Output.times.withLock { $0.append(times) } }
        let request = BuildRequest(layout: layout, formats: formats, languages: lang, today: day.day, paper: paper)
        let summaries: [BuildSummary]
        do {
            summaries = try Builder.build(checked, request, times: &times)
        } catch {
            // A language site.yaml does not list is a usage error, reported as the parser reports them.
            guard case .unlistedLanguage = error else { throw error }
            throw ValidationError(error.description)
        }
        for summary in summaries {
            let what = summary.format == .print ? "PDFs" : "pages"
            Output.standard(
                "built \(summary.pages) \(what) in \(summary.languages.count) languages into \(summary.destination)\n")
        }
    }
}
