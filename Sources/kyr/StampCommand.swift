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

    @Flag(help: "Also stamp outdated units whose translation did not change since the English did, listing each.")
    var acceptUnchanged = false

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
                options.layout, languages: lang, selections: keys.compactMap(StampSelection.init),
                acceptUnchanged: acceptUnchanged, today: Clock.today()
            ) { outcome in Output.standard(Self.report(outcome)) }
        } catch Stamping.Failure.contentErrors(let checked) {
            Output.standard(checked.report(checked.diagnostics.filter { $0.severity == .error }))
            Output.error("kyr: nothing stamped: fix the errors above first\n")
            throw ExitCode(1)
        } catch Stamping.Failure.unknown(let problem) {
            Output.error("kyr: error: " + TerminalText.escaped(problem) + "; nothing stamped\n")
            throw ExitCode(1)
        }
    }

    /// What a language's stamp did, file by file: what was stamped, what was stamped although
    /// unchanged, and what was left outdated with the command that would stamp it.
    static func report(_ outcome: Stamping.Outcome) -> String {
        let language = outcome.language
        let result = outcome.result
        var out = "\(language): stamped \(result.stampedUnits) \(result.stampedUnits == 1 ? "unit" : "units")\n"
        for file in result.files {
            let name = TerminalText.escaped(file.file)
            if !file.stamped.isEmpty {
                out += "  \(name): \(file.stamped.joined(separator: ", "))\n"
            }
            for key in file.acceptedUnchanged {
                out += "  \(name): \(key) stamped although its translation did not change since the English did\n"
            }
            for key in file.leftOutdated {
                out +=
                    "  \(name): \(key) left outdated: its translation did not change since the English did; "
                    + "update it, or after checking it run: kyr translate stamp --lang \(language) "
                    + "\(file.document.path):\(key)\n"
            }
        }
        return out
    }
}
