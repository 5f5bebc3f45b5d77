import ArgumentParser

/// `kyr review`: commands for the people who check the source text.
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "Record legal reviews of the source text.",
        subcommands: [ReviewStampCommand.self]
    )
}
