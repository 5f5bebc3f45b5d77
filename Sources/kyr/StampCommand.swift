import ArgumentParser
import KYRCheck
import KYRExchange
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
    var lang: [String] = []

    @Argument(help: ArgumentHelp("Documents or units to stamp; all when none is given.", valueName: "key"))
    var keys: [String] = []

    func validate() throws {
        if lang.isEmpty { throw ValidationError("name the language to stamp with --lang, e.g. --lang es") }
        for tag in lang {
            if case .failure(let problem) = LanguageTag.parse(tag) { throw ValidationError(problem.message(for: tag)) }
        }
        for key in keys where StampSelection(key) == nil {
            throw ValidationError("'\(key)' is not a document or unit: write guides/<id>, agencies/<id>, strings, or add :<unit-key>")
        }
    }

    func run() throws {
        let checked = try CheckedProject.load(options.project, today: Clock.today())
        if checked.hasErrors {
            let printer = DiagnosticPrinter(sources: checked.sources)
            Output.standard(printer.text(checked.diagnostics.filter { $0.severity == .error }, filesChecked: checked.content.fileCount))
            Output.error("kyr: nothing stamped: fix the errors above first\n")
            throw ExitCode(1)
        }
        let selections = keys.compactMap(StampSelection.init)
        var content = checked.content
        for tag in lang {
            let language = try LanguageTag.parse(tag).get()
            let stamper = TranslationStamper(projectDirectory: options.project, content: content)
            let result = try stamper.stamp(language: language, selections: selections)
            Output.standard("\(language): stamped \(result.stampedUnits) \(result.stampedUnits == 1 ? "unit" : "units")"
                + (result.filesWritten.isEmpty ? "" : " in " + result.filesWritten.joined(separator: ", ")) + "\n")
            // Reload so the next language prunes history against what was just written.
            content = try CheckedProject.load(options.project, today: Clock.today()).content
        }
    }
}
