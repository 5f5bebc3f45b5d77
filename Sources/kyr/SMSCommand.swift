import ArgumentParser
import KYRDriver
import KYRModel

/// `kyr sms`: how each guide's SMS travels in each language, against the budget of site.yaml.
struct SMSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sms",
        abstract: "List each guide's SMS per language: encoding, length and segments.",
        discussion: """
            The SMS is the text kyr build --format text writes to <lang>/guides/<id>.sms.txt. kyr check \
            warns about guides over the budget (sms-segments in site.yaml, default 3).
            """
    )

    @OptionGroup var options: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("Only these languages (repeat for several).", valueName: "tag"))
    var lang: [LanguageTag] = []

    @Option(help: "Output format: table or json.")
    var format: CheckedProject.SMSFormat = .table

    @OptionGroup var day: DayOptions

    func run() throws {
        let checked = try CheckedProject.load(options.layout, today: day.day)
        Output.times.withLock { $0.append(checked.times) }
        Output.retainUntilExit(checked)
        let listed = Set(checked.listedLanguages)
        if let unknown = lang.first(where: { !listed.contains($0) && $0 != checked.content.site?.sourceLanguage }) {
            throw ValidationError("'\(unknown)' is not among the languages of site.yaml")
        }
        let text = Output.measure("report") { checked.sms(languages: lang).formatted(format) }
        Output.measure("write") { Output.standard(text) }
    }
}
