import ArgumentParser
import KYRDriver
import KYRModel

/// `kyr coverage`: where each language stands, for people (table, markdown, html) and tools (json, csv).
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Report translation coverage per language and document.",
        discussion: """
            Exits 1 when the content has errors (kyr check shows them), and with --min when a \
            published language is below that percentage.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("Only these languages (repeat for several).", valueName: "tag"))
    var lang: [LanguageTag] = []

    @Option(help: "Output format: table, json, markdown, html or csv.")
    var format: CheckedProject.CoverageFormat = .table

    @Option(
        help: ArgumentHelp(
            "Fail when a published language is less complete than this percentage.", valueName: "percent"))
    var min: Double?

    @OptionGroup var day: DayOptions

    func validate() throws {
        if let min, !(0...100).contains(min) { throw ValidationError("--min must be between 0 and 100") }
    }

    func run() throws {
        let checked = try Progress.run("checking the content") {
            try CheckedProject.load(options.layout, today: day.day)
        }
        Output.times.withLock { $0.append(checked.times) }
        Output.retainUntilExit(checked)
        let listed = Set(checked.listedLanguages)
        if let unknown = lang.first(where: { !listed.contains($0) }) {
            throw ValidationError("'\(unknown)' is not among the languages of site.yaml")
        }
        let report = Output.measure("report") { checked.coverage(languages: lang) }
        let text = Output.measure("format") { report.formatted(format, workList: !lang.isEmpty) }
        Output.measure("write") { Output.standard(text) }
        // A gate must not pass on broken content: a file that fails to load would otherwise
        // count as missing work, or vanish from the table.
        if checked.hasErrors {
            let errors = checked.diagnostics.count(of: .error)
            Output.error(
                "kyr: the content has \(errors) \(errors == 1 ? "error" : "errors"); run kyr check to see them\n")
            throw ExitCode(1)
        }
        if let min {
            let below = report.languages(below: min)
            if !below.isEmpty {
                let list = below.map { "\($0.language) (\(CoverageReport.percent($0.total.percentComplete))%)" }.joined(
                    separator: ", ")
                Output.error("kyr: below \(CoverageReport.percent(min))% complete: \(list)\n")
                throw ExitCode(1)
            }
        }
    }
}
