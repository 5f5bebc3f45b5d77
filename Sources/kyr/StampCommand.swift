import ArgumentParser
import KYRDriver
import KYRModel

/// `kyr translate stamp`: confirm that translated units match the current source text.
struct StampCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stamp",
        abstract: "Mark translated units as up to date with the current source text.",
        discussion: """
            Records, for each selected unit, the fingerprint of the source text it now translates, \
            so a later change of that text makes exactly that unit outdated. Select a document \
            (guides/at-home), a unit (guides/at-home:door.dont-open, strings:call), or nothing for all.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("A language to stamp (repeat for several).", valueName: "tag"))
    var lang: [LanguageTag] = []

    @Argument(help: ArgumentHelp("Documents or units to stamp; all when none is given.", valueName: "key"))
    var keys: [String] = []

    func validate() throws {
        if lang.isEmpty { throw ValidationError("name the language to stamp with --lang, e.g. --lang es") }
        for key in keys where StampSelection(key) == nil {
            throw ValidationError(
                "'\(key)' is not a document or unit: write guides/<id>, agencies/<id>, strings, or add :<unit-key>")
        }
    }

    func run() throws {
        do {
            _ = try Stamping.stamp(
                options.layout, languages: lang, selections: keys.compactMap(StampSelection.init), today: Clock.today()
            ) { outcome in
                let result = outcome.result
                Output.standard(
                    "\(outcome.language): stamped \(result.stampedUnits) \(result.stampedUnits == 1 ? "unit" : "units")"
                        + (result.filesWritten.isEmpty
                            ? "" : " in " + TerminalText.escaped(result.filesWritten.joined(separator: ", ")))
                        + "\n")
            }
        } catch Stamping.Failure.contentErrors(let checked) {
            Output.standard(checked.report(checked.diagnostics.filter { $0.severity == .error }))
            Output.error("kyr: nothing stamped: fix the errors above first\n")
            throw ExitCode(1)
        }
    }
}
