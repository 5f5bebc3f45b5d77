import ArgumentParser
import KYRCheck
import KYRModel

/// `kyr coverage`: where each language stands, for people (table, markdown, html) and tools (json, csv).
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Report translation coverage per language and document.",
        discussion: "With --min, exits 1 when a published language is below that percentage."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, markdown, html, csv
    }

    @OptionGroup var options: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("Only these languages (repeat for several).", valueName: "tag"))
    var lang: [String] = []

    @Option(help: "Output format: table, json, markdown, html or csv.")
    var format: Format = .table

    @Option(help: ArgumentHelp("Fail when a published language is less complete than this percentage.", valueName: "percent"))
    var min: Double?

    @Option(help: ArgumentHelp("Check review dates as of this day (YYYY-MM-DD); default: today.", valueName: "date"))
    var today: String?

    func validate() throws {
        if let min, !(0...100).contains(min) { throw ValidationError("--min must be between 0 and 100") }
        if let today, ContentDate(today) == nil { throw ValidationError("--today must be a date written YYYY-MM-DD, got '\(today)'") }
        for tag in lang {
            if case .failure(let problem) = LanguageTag.parse(tag) { throw ValidationError(problem.message(for: tag)) }
        }
    }

    func run() throws {
        let day = today.flatMap(ContentDate.init) ?? Clock.today()
        let checked = try CheckedProject.load(options.project, today: day)
        checked.retainUntilExit()
        let wanted = lang.compactMap { try? LanguageTag.parse($0).get() }
        let listed = Set(checked.content.site?.languages.map(\.value) ?? [])
        if let unknown = wanted.first(where: { !listed.contains($0) }) {
            throw ValidationError("'\(unknown)' is not among the languages of site.yaml")
        }
        let report = Timings.measure("report") {
            CoverageReport(content: checked.content, diagnostics: checked.diagnostics, languages: wanted)
        }
        let text = Timings.measure("format") {
            switch format {
            case .table: report.table()
            case .json: report.json()
            case .markdown: report.markdown()
            case .html: report.html()
            case .csv: report.csv()
            }
        }
        Timings.measure("write") { Output.standard(text) }
        if let min {
            let below = report.languages(below: min)
            if !below.isEmpty {
                let list = below.map { "\($0.language) (\(CoverageReport.percent($0.total.percentComplete))%)" }.joined(separator: ", ")
                Output.error("kyr: below \(CoverageReport.percent(min))% complete: \(list)\n")
                throw ExitCode(1)
            }
        }
    }
}
