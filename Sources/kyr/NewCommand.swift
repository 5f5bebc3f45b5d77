import ArgumentParser
import KYRDriver
import KYRModel

/// `kyr new`: a new source file with every field, commented.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Add a guide or an agency note to a project.",
        subcommands: [NewDocumentCommand<GuideKind>.self, NewDocumentCommand<AgencyKind>.self]
    )
}

/// Which document `kyr new <kind>` writes: one command type per kind, so each has its own help.
protocol NewDocumentKind {
    static var kind: DocumentStarter.Kind { get }
    static var abstract: String { get }
}

enum GuideKind: NewDocumentKind {
    static let kind = DocumentStarter.Kind.guide
    static let abstract = "Write Content/guides/ID/<source>.yaml: a guide with every field, commented."
}

enum AgencyKind: NewDocumentKind {
    static let kind = DocumentStarter.Kind.agency
    static let abstract = "Write Content/agencies/ID/<source>.yaml: an agency note with every field, commented."
}

/// `kyr new guide ID` and `kyr new agency ID`.
struct NewDocumentCommand<Kind: NewDocumentKind>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: Kind.kind.rawValue,
            abstract: Kind.abstract,
            discussion: """
                The file is valid as written: kyr check passes, and warns (placeholder-value) about \
                the texts that still start with TODO: until you replace them. The ID names the folder \
                and the page (guides/ID.html): lower-case letters a-z, digits and single hyphens. An \
                ID that is already taken is refused; nothing is ever overwritten.
                """
        )
    }

    @Argument(help: ArgumentHelp("The new document's ID, such as at-work.", valueName: "id"))
    var id: String

    @OptionGroup var options: ProjectOptions

    @OptionGroup var day: DayOptions

    var starter: DocumentStarter { DocumentStarter(kind: Kind.kind, id: id, today: day.day) }

    func validate() throws {
        do {
            try starter.validate()
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let path = try starter.create(in: options.layout)
        Output.standard(
            "created \(TerminalText.escaped(path)): replace each text that starts with \(Placeholder.textMarker) "
                + "(kyr check lists them)\n")
    }
}
