import ArgumentParser
import KYRDriver
import KYRModel

/// `kyr translate init`: start a language with skeleton files to fill in.
struct TranslateInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start translation files for a language: every key, with the English above it.",
        discussion: """
            Writes Content/<kind>/<id>/<lang>.yaml for each document named (every document when \
            none is), with every unit empty and the English it translates above it as a comment. \
            An empty unit is not translated yet: readers see the English. Existing files are never \
            overwritten. The language must be listed in site.yaml.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("The language to start.", valueName: "tag"))
    var lang: LanguageTag

    @Argument(
        help: ArgumentHelp(
            "Documents to start (guides/<id>, agencies/<id>, strings); all when none is given.", valueName: "document"))
    var documents: [String] = []

    func validate() throws {
        for document in documents where StampSelection(document)?.key != nil || StampSelection(document) == nil {
            throw ValidationError("'\(document)' is not a document: write guides/<id>, agencies/<id> or strings")
        }
    }

    func run() throws {
        let outcome: Starting.Outcome
        do {
            outcome = try Starting.start(
                options.layout, language: lang, selections: documents.compactMap(StampSelection.init),
                today: Clock.today())
        } catch Stamping.Failure.unknown(let problem) {
            Output.error("kyr: error: " + TerminalText.escaped(problem) + "\n")
            throw ExitCode(1)
        }
        for file in outcome.written { Output.standard("wrote \(TerminalText.escaped(file))\n") }
        for file in outcome.existing { Output.standard("left \(TerminalText.escaped(file)) as it is: it exists\n") }
        if !outcome.written.isEmpty {
            Output.standard("Fill in the values, then after checking them: kyr translate stamp --lang \(lang)\n")
        }
    }
}
