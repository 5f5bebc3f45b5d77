import KYRCheck
import KYRLoad
import KYRModel
import KYRPrint

/// A project loaded and checked: what every command starts from.
package struct CheckedProject: Sendable {
    package var layout: ProjectLayout
    package var content: ContentSet
    /// Every diagnostic of loading and checking, sorted by file, line and column.
    package var diagnostics: [Diagnostic]
    /// File texts, for quoting lines in diagnostics.
    package var sources: SourceText
    /// How long loading and checking took.
    package var times: PhaseTimes
    /// What the print fit checks found fitting, for a build to save once its output exists.
    var fits: FitCache?
    /// What the document rules found in each guide, saved with `fits`.
    var findings: CheckCache?

    /// Loads the project's content and runs the standard rules as of `today`; with a
    /// `measurer`, also whether printed text fits (`PrintFitRule`). Files in `overlay` (bytes by
    /// project-relative path) are read from memory instead of the disk: an import checks exactly
    /// what it is about to write. What fitted and what the document rules found when last run
    /// (`Output/.kyr-cache`) stand in for measuring and checking again the guides whose inputs
    /// did not change, unless `remembering` is false (`kyr build --clean`): then everything is
    /// measured and checked, and what was found replaces what the cache held.
    package static func load(
        _ layout: ProjectLayout, today: ContentDate, measurer: (any TextMeasuring)? = nil,
        overlay: [String: [UInt8]] = [:], remembering: Bool = true
    ) throws(LoadError) -> CheckedProject {
        var times = PhaseTimes()
        let loaded = try times.measure("load") { () throws(LoadError) in
            try ContentLoader(layout: layout, overlay: overlay).load()
        }
        // What was found when last run, unless this is an import's overlay (not yet on disk).
        let (fits, findings) = times.measure("recall") { () -> (FitCache?, CheckCache?) in
            guard overlay.isEmpty else { return (nil, nil) }
            let files = LoadedFiles(
                sources: loaded.sources, failed: loaded.content.filesWithErrors, layout: layout)
            return (
                measurer.map { FitCache(layout: layout, files: files, identity: $0.identity, reading: remembering) },
                CheckCache(
                    layout: layout, files: files, today: today, identity: measurer?.identity ?? "no measurer",
                    reading: remembering)
            )
        }
        let checked = times.measure("check") {
            ContentChecker(
                context: CheckContext(today: today, measurer: measurer, fitMemory: fits, checkMemory: findings)
            ).check(loaded.content)
        }
        // Each finding in a translation file belongs to that file's language (`kyr check --lang`).
        let languages = Dictionary(
            loaded.content.presentTranslations.map { ($0.value, $0.key.language) }, uniquingKeysWith: { a, _ in a })
        let diagnostics = (loaded.diagnostics + checked).map { finding in
            guard finding.language == nil, let language = languages[finding.location.file] else { return finding }
            var owned = finding
            owned.language = language
            return owned
        }
        return CheckedProject(
            layout: layout, content: loaded.content,
            diagnostics: DiagnosticLimit.files(diagnostics.sorted()),
            sources: loaded.sources, times: times, fits: fits, findings: findings)
    }

    /// The measurer `kyr check` and `kyr build` lend the checks: Pango, as print lays text out,
    /// on `paper` (site.yaml's when nil).
    package static func printMeasurer(paper: PaperSize? = nil) -> any TextMeasuring {
        PangoMeasurer(paper: paper)
    }

    package var hasErrors: Bool { diagnostics.hasErrors }

    /// Keeps what the document rules found and (for content without errors) what the print fit
    /// checks found fitting in `Output/.kyr-cache`, for the next run. Only where an output may
    /// go: `kyr check` calls it for the project's own `Output`, a build once its outputs passed
    /// the placement rules and were written. Loading never writes. Findings are kept even when
    /// some are errors: fixing them is when checks run most often.
    package func saveCaches() {
        if !hasErrors { fits?.save() }
        findings?.save()
    }

    /// Decides what readers see in each language; translated units with errors fall back to the source.
    package var localizer: Localizer {
        Localizer(content: content, diagnostics: diagnostics)
    }

    /// The diagnostics a translator of `languages` reads: theirs and the source's (all when empty).
    package func diagnostics(for languages: [LanguageTag]) -> [Diagnostic] {
        guard !languages.isEmpty else { return diagnostics }
        let wanted = Set(languages)
        return diagnostics.filter { $0.language.map(wanted.contains) ?? true }
    }

    /// The target languages site.yaml lists.
    package var listedLanguages: [LanguageTag] {
        content.site?.languages.map(\.value) ?? []
    }
}
