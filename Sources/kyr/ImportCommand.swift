import ArgumentParser
import KYRDriver
import KYRModel

/// `kyr translate import`: a translator's XLIFF or PO file back into the content.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring translations back from an XLIFF 2.0 or PO file.",
        discussion: """
            Maps units back by key and writes the translation files, keeping their comments and \
            layout. Every unit is checked as kyr check does before anything is written; a unit \
            with an error is refused. A translation made from an English that has changed since is \
            written as outdated, never as current; one the file marks fuzzy (PO) or initial (XLIFF) \
            is written without a stamp; one that changed in the content since the export is a \
            conflict, left alone unless --force. Exits 1 when a unit was refused (the others are \
            still written), or when the file itself is refused as unsafe or malformed (then \
            nothing is written).
            """
    )

    @OptionGroup var options: ProjectOptions

    @Argument(help: ArgumentHelp("The XLIFF (.xlf) or PO (.po) file.", valueName: "file"))
    var file: String

    @Flag(name: .customLong("dry-run"), help: "Report what would change; write nothing.")
    var dryRun = false

    @Flag(help: "Replace translations that changed in the content since the export (conflicts).")
    var force = false

    @OptionGroup var day: DayOptions

    func run() throws {
        let report: ImportReport
        do {
            report = try Importing.run(
                options.layout, Importing.Request(path: file, dryRun: dryRun, force: force, today: day.day))
        } catch Importing.Failure.contentErrors(let checked) {
            Output.standard(checked.report(checked.diagnostics.filter { $0.severity == .error }))
            Output.error("kyr: nothing imported: fix the errors above first\n")
            throw ExitCode(1)
        }
        Output.standard(report.text)
        if report.hasRefusals {
            let refused = report.count(.refused)
            Output.error("kyr: \(refused) \(refused == 1 ? "unit was" : "units were") refused; see above\n")
            throw ExitCode(1)
        }
    }
}
