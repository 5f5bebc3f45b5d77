import ArgumentParser

/// Examples that end each command's `--help`, by the command's path (`new guide`; the root is
/// ""). swift-argument-parser prints a command's discussion before its options; examples read
/// best last, where the eye lands, so `Main` adds them after the parser's help. Kept in one
/// table so a new command is one line here, and a test fails for a command without one.
enum HelpExamples {
    static let byCommand: [String: [String]] = [
        "": [
            "kyr init houston --languages es,vi --city Houston   # start a project",
            "kyr serve --project houston                         # see it at http://127.0.0.1:8080/",
            "kyr check && kyr build --format html,text,print     # check, then build every output",
        ],
        "init": [
            "kyr init houston --languages es,vi --city Houston",
            "kyr init . --organization \"Rapid Response Network\" --with-templates",
        ],
        "new": ["kyr new guide at-work", "kyr new agency cbp --project houston"],
        "new guide": ["kyr new guide at-work", "kyr new guide in-a-car --project houston"],
        "new agency": ["kyr new agency cbp", "kyr new agency local-police --project houston"],
        "build": [
            "kyr build                                    # the site, into Output/site",
            "kyr build --format html,text,print --lang es",
            "kyr build --project houston --output /srv/www/kyr",
        ],
        "serve": ["kyr serve                 # http://127.0.0.1:8080/", "kyr serve --project houston --port 0"],
        "check": ["kyr check", "kyr check --strict --format json --today 2026-11-22   # in CI"],
        "coverage": ["kyr coverage --lang es", "kyr coverage --format markdown --min 95   # in CI"],
        "sms": ["kyr sms --lang es"],
        "translate": [
            "kyr translate init --lang vi                       # start a language",
            "kyr translate export --lang es --format po --only missing,outdated",
            "kyr translate import es.po --dry-run",
            "kyr translate stamp --lang es",
        ],
        "translate init": ["kyr translate init --lang vi", "kyr translate init --lang vi guides/at-home strings"],
        "translate export": [
            "kyr translate export --lang es --format xliff --out es.xlf",
            "kyr translate export --lang pl --format po --only missing,outdated --out pl.po",
        ],
        "translate import": ["kyr translate import es.xlf --dry-run", "kyr translate import pl.po"],
        "translate stamp": [
            "kyr translate stamp --lang es", "kyr translate stamp --lang es guides/at-home:door.dont-open",
        ],
        "review": ["kyr review stamp guides/at-home                # after checking its text today"],
        "review stamp": [
            "kyr review stamp guides/at-home agencies/ice",
            "kyr review stamp --date 2026-12-01 --project houston   # every guide and note",
        ],
    ]

    /// The command path `arguments` ask help for: `build` for `kyr build --help` and for
    /// `kyr help build`; nil when they do not ask for help.
    static func helpPath(for arguments: [String]) -> String? {
        let asksHelp =
            arguments.isEmpty || arguments.first == "help"
            || arguments.contains { $0 == "-h" || $0 == "--help" || $0 == "-help" }
        guard asksHelp else { return nil }
        var command: any ParsableCommand.Type = KyrCommand.self
        var path: [String] = []
        for argument in arguments where argument != "help" && !argument.hasPrefix("-") {
            guard
                let sub = command.configuration.subcommands.first(where: {
                    $0.configuration.commandName == argument
                })
            else { break }
            command = sub
            path.append(argument)
        }
        return path.joined(separator: " ")
    }

    /// `help` with the examples of the command at `path`.
    static func appending(to help: String, path: String) -> String {
        guard let examples = byCommand[path] else { return help }
        var text = help
        while text.hasSuffix("\n") { text.removeLast() }
        return text + "\n\nEXAMPLES:\n" + examples.map { "  " + $0 }.joined(separator: "\n") + "\n"
    }
}
