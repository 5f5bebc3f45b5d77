import ArgumentParser
import Foundation
import KYRCheck
import KYRLoad
import KYRModel

/// `kyr check`: load and check the content, print diagnostics, exit 0/1.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content and print every problem found."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: ProjectOptions

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Option(help: ArgumentHelp("Check review dates as of this day (YYYY-MM-DD); default: today.", valueName: "date"))
    var today: String?

    func validate() throws {
        if let today, ContentDate(today) == nil {
            throw ValidationError("--today must be a date written YYYY-MM-DD, got '\(today)'")
        }
    }

    func run() throws {
        let day = today.flatMap(ContentDate.init) ?? Clock.today()
        let checked = try CheckedProject.load(options.project, today: day)
        checked.retainUntilExit()
        let diagnostics = checked.diagnostics
        let printer = DiagnosticPrinter(sources: checked.sources)
        let text = Timings.measure("format") {
            switch format {
            case .text: printer.text(diagnostics, filesChecked: checked.content.fileCount)
            case .json: printer.json(diagnostics)
            }
        }
        Timings.measure("write") { Output.standard(text) }
        let failing = diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        if failing { throw ExitCode(1) }
    }
}
