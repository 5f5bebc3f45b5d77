import ArgumentParser
import KYRDriver
import KYRModel

/// `kyr build`: check the content, then render it into the output folder.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Check the content, then build the site, plain texts and printable PDFs into Output/.",
        discussion: """
            Builds nothing (exit 1) when the content has errors, printing them as kyr check does. \
            Each format is written to a staging folder and swapped into place only when complete, \
            so a failed build leaves the previous output as it was. kyr only ever replaces a folder \
            it wrote itself (it leaves a .kyr-output marker there), and never writes an output that \
            is, holds or lies inside the project, Content/ or Templates/. Templates in \
            <project>/Templates/html/ and <project>/Templates/text/ replace the bundled ones of the \
            same name. --format text writes texts and messages into Output/text/<lang>/, --format \
            print handouts and wallet cards as PDF into Output/print/<lang>/. A build renders only \
            the files whose inputs changed since the last one (kept in .kyr-build in each output \
            folder) and says so when nothing did; --clean checks and renders everything.
            """
    )

    @OptionGroup var options: ProjectOptions

    @Option(
        help: ArgumentHelp("The output folder; default: Output under the project.", valueName: "dir"),
        completion: .directory)
    var output: String?

    @Option(
        help: ArgumentHelp(
            "What to build: html, text, print. Comma-separated or repeated.",
            valueName: "formats"))
    var format: [FormatList] = [FormatList(argument: "html")!]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only these target languages (repeat for several); the source language is always built.", valueName: "tag"))
    var lang: [LanguageTag] = []

    // Unconditional, so `--width -1` reaches validation and its message instead of being taken for an option.
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "The line width of plain texts, in terminal cells (0: no wrapping; default: 72).", valueName: "cells"))
    var width: Int?

    @Option(
        help: ArgumentHelp(
            "Paper for printed handouts and card sheets: letter or a4; default: site.yaml's.", valueName: "paper"))
    var paper: PaperSize?

    @Option(
        name: .customLong("base-url"),
        help: ArgumentHelp(
            "The site's public address for this build, in place of site.yaml's base-url (a preview deploy, say).",
            valueName: "url"))
    var baseURL: String?

    @OptionGroup var day: DayOptions

    @Flag(
        help:
            "Replace an output folder kyr did not write (one without its marker file). Never lets an output overwrite the project."
    )
    var force = false

    @Flag(help: "Check and render everything again, whatever the last build left in the output folder.")
    var clean = false

    var formats: [BuildFormat] { format.flatMap(\.formats) }

    func validate() throws {
        if let baseURL, !Self.isWebAddress(baseURL) {
            throw ValidationError(
                "--base-url must be an https:// address, such as https://kyr.example.net/, found '\(baseURL)'")
        }
        if let unavailable = formats.first(where: { !$0.isAvailable }) {
            throw ValidationError("the \(unavailable.rawValue) format is not available yet")
        }
        if let width {
            guard width == 0 || Self.widths.contains(width) else {
                throw ValidationError(
                    "--width must be 0 (no wrapping) or between \(Self.widths.lowerBound) and \(Self.widths.upperBound), "
                        + "found \(width)")
            }
            guard formats.contains(.text) else {
                throw ValidationError("--width sets the width of plain texts: add --format text")
            }
        }
    }

    func run() throws {
        let layout = ProjectLayout(root: options.project, output: output)
        var request = BuildRequest(
            layout: layout, formats: formats, languages: lang, today: day.day, force: force, paper: paper)
        request.textWidth = width ?? request.textWidth
        request.clean = clean
        request.baseURL = baseURL
        // Before loading: see `Builder.build`.
        var inventoryTime = PhaseTimes()
        let inventory = inventoryTime.measure("inventory") { InputInventory(layout: layout) }
        Output.times.withLock { $0.append(inventoryTime) }
        if reportUpToDate(request, inventory: inventory) { return }
        let checked = try Progress.run("checking the content") {
            try CheckedProject.load(
                layout, today: day.day, measurer: CheckedProject.printMeasurer(paper: paper), remembering: !clean)
        }
        Output.times.withLock { $0.append(checked.times) }
        Output.retainUntilExit(checked)
        if checked.hasErrors {
            Output.standard(checked.report(style: Terminal.standardOutput))
            Output.error("kyr: nothing built: fix the errors above first\n")
            throw ExitCode(1)
        }
        var times = PhaseTimes()
        defer { Output.times.withLock { $0.append(times) } }
        if !checked.diagnostics.isEmpty {
            times.measure("report") { Output.error(checked.report(style: Terminal.standardError)) }
        }
        // Counted once: for the translators' page and for the notes below.
        let coverage = times.measure("coverage") { checked.coverage(languages: lang) }
        let summaries: [BuildSummary]
        do {
            summaries = try Progress.run("building " + Self.describe(formats)) { () throws(BuildError) in
                let publication = try times.measure("publication") { () throws(BuildError) in
                    try Builder.publication(checked, request)
                }
                Output.retainUntilExit(publication)
                return try Builder.build(
                    checked, request, inventory: inventory, coverage: coverage, publication: publication, times: &times)
            }
        } catch {
            // A language site.yaml does not list is a usage error, reported as the parser reports them.
            guard case .unlistedLanguage = error else { throw error }
            throw ValidationError(error.description)
        }
        for summary in summaries {
            Output.standard(
                "built \(summary.pages) \(Self.noun(summary.format)) in \(summary.languages.count) languages into \(TerminalText.escaped(summary.destination))"
                    + (summary.rendered < summary.files
                        ? " (\(summary.rendered) of \(summary.files) files rendered; the others had not changed)" : "")
                    + "\n"
            )
        }
        // Which languages readers will find in the source language, and how to start on them.
        if let built = summaries.first?.languages {
            Output.standard(coverage.buildNotes(built: built))
        }
        if baseURL == nil, checked.content.site?.baseURL == nil {
            Output.standard(
                "no base-url in site.yaml: QR codes, messages and plain texts carry no address of the site, and the "
                    + "site has no sitemap; add base-url once the site has a public address (or build with --base-url)\n"
            )
        }
    }

    /// When nothing the build reads changed since the last build and its output is intact,
    /// says so instead of building: the same inputs would give the same bytes.
    private func reportUpToDate(_ request: BuildRequest, inventory: InputInventory) -> Bool {
        var times = PhaseTimes()
        defer { Output.times.withLock { $0.append(times) } }
        guard let summaries = Builder.upToDate(request, inventory: inventory, times: &times) else { return false }
        for summary in summaries {
            Output.standard(
                "up to date: \(summary.pages) \(Self.noun(summary.format)) in \(summary.languages.count) languages in \(TerminalText.escaped(summary.destination))\n"
            )
        }
        Output.standard("nothing changed since the last build (--clean checks and renders everything again)\n")
        let warnings = Builder.lastWarnings(request)
        if warnings > 0 {
            Output.error("kyr: the content has \(warnings) warning\(warnings == 1 ? "" : "s"): kyr check lists them\n")
        }
        return true
    }

    /// What a format's files are called in messages.
    static func noun(_ format: BuildFormat) -> String {
        format == .print ? "PDFs" : format == .text ? "texts and messages" : "pages"
    }

    /// What a build of `formats` makes, for the progress line: "the site, texts and PDFs".
    static func describe(_ formats: [BuildFormat]) -> String {
        let names = formats.map { format in
            switch format {
            case .html: "the site"
            case .text: "texts"
            case .print: "PDFs"
            }
        }
        return names.count < 2 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// The line widths `--width` accepts besides 0: narrower lines would leave no room for the
    /// indented phrases to say.
    static let widths = 20...1000
}

extension BuildCommand {
    /// An `https://` address with a host and nothing a URL cannot hold.
    static func isWebAddress(_ text: String) -> Bool {
        guard text.hasPrefix("https://") else { return false }
        let rest = text.dropFirst("https://".count)
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return !host.isEmpty
            && !text.contains { $0.isWhitespace || $0.asciiValue.map { $0 < 0x21 || $0 == 0x7F } ?? false }
    }
}
