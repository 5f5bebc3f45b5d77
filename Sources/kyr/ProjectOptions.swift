import ArgumentParser

/// Options every command that reads content shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The folder that contains Content/.", valueName: "dir"))
    var project: String = "."
}
