import ArgumentParser

/// The root command: `kyr <subcommand>`.
struct KyrCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kyr",
        abstract: "Compile Know-Your-Rights content into sites, texts and print.",
        discussion: """
            Exit status: 0 when clean, 1 when the content has errors (or warnings with --strict), \
            2 on usage or I/O errors.
            """,
        version: "0.1.0",
        subcommands: [
            InitCommand.self, NewCommand.self, BuildCommand.self, ServeCommand.self, CheckCommand.self,
            CoverageCommand.self,
            SMSCommand.self, TranslateCommand.self, ReviewCommand.self,
        ]
    )
}
