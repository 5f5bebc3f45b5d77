import ArgumentParser
import KYRDriver
import KYRModel

/// The project every command that reads content works on.
struct ProjectOptions: ParsableArguments {
    @Option(
        name: .long, help: ArgumentHelp("The folder that contains Content/.", valueName: "dir"), completion: .directory)
    var project: String = "."

    var layout: ProjectLayout { ProjectLayout(root: project) }
}

/// The day review dates are judged against: injected, so results do not change with the calendar.
struct DayOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Judge review dates as of this day (YYYY-MM-DD); default: today.", valueName: "date"))
    var today: ContentDate?

    var day: ContentDate { today ?? Clock.today() }
}

extension ContentDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(argument)
    }
}

extension LanguageTag: ExpressibleByArgument {
    /// A tag as `kyr` writes it; other cases of a valid tag (`zh-hans`) are taken as meant.
    public init?(argument: String) {
        switch LanguageTag.parse(argument) {
        case .success(let tag): self = tag
        case .failure(.wrongCase(let canonical)): self.init(argument: canonical)
        case .failure: return nil
        }
    }
}

extension BuildFormat: ExpressibleByArgument {}
extension PaperSize: ExpressibleByArgument {}
extension CheckedProject.DiagnosticsFormat: ExpressibleByArgument {}
extension CheckedProject.CoverageFormat: ExpressibleByArgument {}
extension CheckedProject.SMSFormat: ExpressibleByArgument {}
extension ExchangeFormat: ExpressibleByArgument {}

/// `--format html,text` or `--format html --format text`.
struct FormatList: ExpressibleByArgument {
    var formats: [BuildFormat]

    init?(argument: String) {
        let names = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let formats = names.compactMap(BuildFormat.init(rawValue:))
        guard !names.isEmpty, formats.count == names.count else { return nil }
        self.formats = formats
    }

    static var allValueStrings: [String] { BuildFormat.allCases.map(\.rawValue) }
}
