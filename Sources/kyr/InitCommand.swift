import ArgumentParser
import KYRDriver
import KYRModel

/// `kyr init DIR`: a new project that checks and builds at once.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a project: site.yaml, a starter guide and an agency note.",
        discussion: """
            Writes DIR/Content/site.yaml (the languages, the organization and a placeholder hotline, \
            555-0100, that kyr check warns about until you put your own number there), one guide \
            and one agency note with generic advice, marked as not yet reviewed by a lawyer. \
            Interface strings and templates are kyr's built-in ones (--with-templates copies the \
            templates into DIR/Templates/ to edit). DIR is created if missing; a DIR that already \
            has Content/ is refused, and nothing is ever overwritten.
            """
    )

    @Argument(help: ArgumentHelp("The project folder (created if missing).", valueName: "dir"), completion: .directory)
    var directory: String

    @Option(
        help: ArgumentHelp(
            "The languages besides English, comma-separated (es,vi,zh-Hans) or repeated.", valueName: "tags"))
    var languages: [LanguageList] = []

    @Option(
        help: ArgumentHelp("The city, kept as the variable {city} and in the organization's name.", valueName: "name"))
    var city: String?

    @Option(
        help: ArgumentHelp(
            "The organization's name, shown on every page; default: \"<city> Know Your Rights\".", valueName: "name"))
    var organization: String?

    @Flag(help: "Copy kyr's site and text templates into Templates/ to edit them.")
    var withTemplates = false

    @OptionGroup var day: DayOptions

    func validate() throws {
        do {
            try starter.validate()
        } catch {
            throw ValidationError(error.description)
        }
    }

    var starter: ProjectStarter {
        ProjectStarter(
            languages: languages.flatMap(\.languages), city: city, organization: organization,
            withTemplates: withTemplates, today: day.day)
    }

    func run() throws {
        let starter = starter
        let written = try starter.create(in: directory)
        let project = ProjectLayout(root: directory)
        let flag = project.root == "." ? "" : " --project " + ShellWord.quoted(project.root)
        var out = "created the project of \(TerminalText.escaped(starter.organizationName)):\n"
        for path in written.prefix(3) { out += "  \(TerminalText.escaped(path))\n" }
        if written.count > 3 {
            out += "  and \(written.count - 3) templates under \(TerminalText.escaped(project.display("Templates")))/\n"
        }
        out += """
            next:
              kyr serve\(flag)
                  see the site at http://127.0.0.1:8080/, rebuilt whenever you save a file
              put your hotline's number in \(TerminalText.escaped(project.display("Content/site.yaml"))) \
            (now \(Placeholder.phone), which rings nobody)
              kyr new guide ID\(flag)
                  add a guide; kyr new agency ID adds an agency note
            Have a lawyer review the guide and the agency note: until then their pages say they are not reviewed.

            """
        Output.standard(out)
    }
}

/// `--languages es,vi` or `--languages es --languages vi`.
struct LanguageList: ExpressibleByArgument {
    var languages: [LanguageTag]

    init?(argument: String) {
        let parts = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let tags = parts.compactMap(LanguageTag.init(argument:))
        guard !parts.isEmpty, tags.count == parts.count else { return nil }
        languages = tags
    }
}
