import ArgumentParser

/// `kyr translate`: commands for translators.
struct TranslateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "translate",
        abstract: "Work on translations.",
        subcommands: [TranslateInitCommand.self, StampCommand.self, ExportCommand.self, ImportCommand.self]
    )
}
