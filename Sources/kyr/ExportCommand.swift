import ArgumentParser
import Foundation
import KYRDriver
import KYRModel

/// `kyr translate export`: one language's units for a translator's tool, as XLIFF 2.0 or PO.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a language's units as XLIFF 2.0 or PO for a translation tool.",
        discussion: """
            Every unit of every guide, agency note and the strings, with the English, the current \
            translation, its state (missing, outdated, draft, translated, reviewed) and notes on \
            where it appears. --only missing,outdated leaves out what is current. The file goes to \
            standard output, or to --out (written whole, then renamed into place). Bring it back \
            with kyr translate import.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("The language to export.", valueName: "tag"))
    var lang: LanguageTag

    @Option(help: "File format: xliff (XLIFF 2.0) or po (gettext).")
    var format: ExchangeFormat

    @Option(
        help: ArgumentHelp("Only units that are missing, outdated or current (comma-separated).", valueName: "list"))
    var only: StatusList?

    @Option(help: ArgumentHelp("Write the file here instead of to standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var day: DayOptions

    func run() throws {
        if let out { try ExportDestination.check(out, layout: options.layout) }
        let result = try Exporting.export(
            options.layout,
            Exporting.Request(
                language: lang, format: format, only: only?.statuses ?? Set(ExchangeUnit.Status.allCases),
                today: day.day))
        if result.contentErrors > 0 {
            Output.error(
                "kyr: warning: the content has \(result.contentErrors) \(result.contentErrors == 1 ? "error" : "errors"); kyr check shows them\n"
            )
        }
        guard result.units > 0 else {
            Output.error("kyr: nothing to export in \(lang): no unit is \(only?.description ?? "there")\n")
            return
        }
        if let out {
            try ExportDestination.write(result.text, to: out)
            Output.error(
                "kyr: exported \(result.units) \(result.units == 1 ? "unit" : "units") of \(result.documents) \(result.documents == 1 ? "document" : "documents") in \(lang) to \(TerminalText.escaped(out))\n"
            )
        } else {
            Output.standard(result.text)
        }
    }
}

/// `--only missing,outdated`.
struct StatusList: ExpressibleByArgument, CustomStringConvertible {
    var statuses: Set<ExchangeUnit.Status>

    init?(argument: String) {
        let names = argument.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let statuses = names.compactMap(ExchangeUnit.Status.init(rawValue:))
        guard !names.isEmpty, statuses.count == names.count else { return nil }
        self.statuses = Set(statuses)
    }

    static var allValueStrings: [String] { ExchangeUnit.Status.allCases.map(\.rawValue) }

    var description: String {
        ExchangeUnit.Status.allCases.filter(statuses.contains).map(\.rawValue).joined(separator: " or ")
    }
}
