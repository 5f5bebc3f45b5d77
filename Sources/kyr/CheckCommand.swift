import ArgumentParser
import KYRDriver
import KYRModel

/// `kyr check`: load and check the content, print diagnostics, exit 0/1.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content and print every problem found."
    )

    @OptionGroup var options: ProjectOptions

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(help: "Output format: text or json.")
    var format: CheckedProject.DiagnosticsFormat = .text

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only these languages' findings, and the source's (repeat for several).", valueName: "tag"))
    var lang: [LanguageTag] = []

    @OptionGroup var day: DayOptions

    func run() throws {
        let checked = try Progress.run("checking the content") {
            try CheckedProject.load(options.layout, today: day.day, measurer: CheckedProject.printMeasurer())
        }
        Output.times.withLock { $0.append(checked.times) }
        checked.saveCaches()
        Output.retainUntilExit(checked)
        let listed = Set(checked.listedLanguages)
        if let unknown = lang.first(where: { !listed.contains($0) }) {
            throw ValidationError("'\(unknown)' is not among the languages of site.yaml")
        }
        let shown = checked.diagnostics(for: lang)
        let text = Output.measure("format") { checked.report(shown, as: format, style: Terminal.standardOutput) }
        Output.measure("write") { Output.standard(text) }
        let failing = shown.contains { $0.severity == .error || (strict && $0.severity == .warning) }
        if failing { throw ExitCode(1) }
    }
}
