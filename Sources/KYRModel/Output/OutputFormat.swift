/// An output kyr builds from a publication: the site, plain text, print. Declared in the model
/// so every stage that renders can conform without importing another; the driver keeps the
/// registry and writes each format's files atomically into `Output/<name>/`.
package protocol OutputFormat: Sendable {
    /// The name `--format` takes.
    var name: String { get }
    /// The folder under `Output/` the files go to.
    var folder: String { get }
    /// What, besides the project's files and the build's options, changes this format's bytes
    /// (the font files print embeds); empty when nothing does.
    var identity: String { get }
    /// Every file the format writes for `publication`, with what each depends on, in the
    /// order `render` returns them.
    func plan(_ publication: Publication) -> [PlannedFile]
    /// The files of the output, sorted by path, with findings about the publication (overflow,
    /// message budgets) that only rendering can see: all of them, or only those of the
    /// planned paths in `only`, which then come out as they would in a whole render.
    func render(_ publication: Publication, only: Set<String>?) throws(RenderError) -> RenderResult
    /// Plans, lets `choose` say from the plan which paths to render (nil: all), and renders
    /// them: what an incremental build calls, so a format can reuse what planning computed.
    func render(_ publication: Publication, choosing choose: ([PlannedFile]) -> Set<String>?)
        throws(RenderError) -> (plan: [PlannedFile], result: RenderResult)
    /// As `render(_:choosing:)`, but each file goes to `sink` as soon as it is made and the
    /// result holds none: what a build calls, so the output is never in memory whole.
    func render(
        _ publication: Publication, choosing choose: ([PlannedFile]) -> Set<String>?, into sink: any OutputSink
    ) throws(RenderError) -> (plan: [PlannedFile], result: RenderResult)
}

extension OutputFormat {
    package var identity: String { "" }

    package func render(_ publication: Publication, choosing choose: ([PlannedFile]) -> Set<String>?)
        throws(RenderError) -> (plan: [PlannedFile], result: RenderResult)
    {
        let plan = plan(publication)
        return (plan, try render(publication, only: choose(plan)))
    }

    /// Renders in memory, then hands the files over: for formats whose files are few.
    package func render(
        _ publication: Publication, choosing choose: ([PlannedFile]) -> Set<String>?, into sink: any OutputSink
    ) throws(RenderError) -> (plan: [PlannedFile], result: RenderResult) {
        var (plan, result) = try render(publication, choosing: choose)
        for file in result.files { sink.accept(file) }
        result.files = []
        return (plan, result)
    }

    /// Every file of the output.
    package func render(_ publication: Publication) throws(RenderError) -> RenderResult {
        try render(publication, only: nil)
    }
}

/// What rendering one format produced.
package struct RenderResult: Sendable {
    package var files: [OutputFile]
    package var diagnostics: [Diagnostic]
    /// Processor time spent on each kind of file, summed over the documents (whichever core
    /// made them), for `KYR_TIMINGS=1` and the benchmarks: `print handouts`, `print card sheets`, ...
    package var phases: [(name: String, duration: Duration)]

    package init(
        files: [OutputFile], diagnostics: [Diagnostic] = [], phases: [(name: String, duration: Duration)] = []
    ) {
        self.files = files
        self.diagnostics = diagnostics
        self.phases = phases
    }
}

/// Why a format could not render: a project template that does not parse or cannot be read.
package struct RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The template's path (a project file, or `bundled template <name>`).
    package var file: String
    package var line: Int
    package var column: Int
    package var message: String
    /// The template's line `line`, quoted under the message with a caret; nil when not known.
    package var sourceLine: String?

    package init(file: String, line: Int, column: Int, message: String, sourceLine: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
    }

    /// One line for the terminal, compiler style.
    package var description: String { "\(file):\(line):\(column): error: \(message)" }
}
