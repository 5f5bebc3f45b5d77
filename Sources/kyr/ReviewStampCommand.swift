import ArgumentParser
import KYRDriver
import KYRModel

/// `kyr review stamp`: record that the source text of guides or notes, as it is now, was
/// reviewed (or checked) on a day.
struct ReviewStampCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stamp",
        abstract: "Record that the source text, as it is now, was reviewed on a day.",
        discussion: """
            Sets legal-review's date and writes the fingerprint of the text it covered. When the \
            text changes afterwards, kyr check warns (changed-since-review) and every page, text, \
            message and card says the text changed after its last review, until it is stamped \
            again. Whether a lawyer reviewed it (status, by) stays as the file says. Select \
            documents (guides/at-home, agencies/ice), or nothing for all.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Option(help: ArgumentHelp("The day of the review (YYYY-MM-DD); default: today.", valueName: "date"))
    var date: ContentDate?

    @Argument(help: ArgumentHelp("Guides or notes to stamp; all when none is given.", valueName: "document"))
    var documents: [String] = []

    func run() throws {
        let today = Clock.today()
        do {
            let stamped = try ReviewStamping.stamp(
                options.layout, documents: documents, date: date ?? today, today: today)
            for entry in stamped {
                Output.standard(
                    "\(TerminalText.escaped(entry.file)): reviewed on \(date ?? today), text \(entry.fingerprint)\n")
            }
        } catch ReviewStamping.Failure.contentErrors(let checked) {
            Output.standard(checked.report(checked.diagnostics.filter { $0.severity == .error }))
            Output.error("kyr: nothing stamped: fix the errors above first\n")
            throw ExitCode(1)
        } catch ReviewStamping.Failure.refused(let problem) {
            Output.error("kyr: error: " + TerminalText.escaped(problem) + "; nothing stamped\n")
            throw ExitCode(1)
        }
    }
}
