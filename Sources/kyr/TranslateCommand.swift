import ArgumentParser

/// `kyr translate`: commands for translators.
struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Work on translations.",
        subcommands: [StampCommand.self, ExportCommand.self, ImportCommand.self]
    )
}
