import KYRModel

/// `kyr build --format print`: per language, into `print/<lang>/`,
/// - `guides/<id>.pdf`: each guide's handout on the site's paper (or `--paper`);
/// - `guides/<id>.<lang>-en.pdf`: the handout with English beside every text (not for the source language);
/// - `cards.pdf`: per guide, a sheet of ten wallet cards and a sheet of their backs;
/// - `card-<id>.pdf`: one card, front and back, with bleed for print shops.
///
/// Only documents the language publishes are printed, as on the site. Each PDF is laid out and
/// drawn within one task (Pango's font map is per thread); documents run side by side.
package struct PrintFormat: OutputFormat {
    /// The paper handouts and card sheets are printed on; nil for site.yaml's.
    package var paper: PaperSize?

    package init(paper: PaperSize? = nil) {
        self.paper = paper
    }

    package var name: String { "print" }
    package var folder: String { "print" }

    /// One PDF to make.
    enum Job: Sendable {
        case handout(Guide, LanguageTag, bilingual: Bool)
        case sheets([Guide], LanguageTag)
        case card(Guide, LanguageTag)

        /// A sheet holds the cards of every guide of its language; the rest, one guide's.
        var dependency: OutputDependency {
            switch self {
            case .handout(let guide, _, _), .card(let guide, _): .documents([guide.ref])
            case .sheets(let guides, _): .documents(guides.map(\.ref))
            }
        }

        /// What `KYR_TIMINGS=1` reports it under.
        var kind: String {
            switch self {
            case .handout(_, _, let bilingual): bilingual ? "bilingual handouts" : "handouts"
            case .sheets: "card sheets"
            case .card: "single cards"
            }
        }
    }

    /// The font files PDFs embed, with their sizes and times: a font package's update changes the PDFs.
    package var identity: String { FontConfiguration.identity }

    package func plan(_ publication: Publication) -> [PlannedFile] {
        Self.jobs(publication).map { PlannedFile(Self.path($0, publication: publication), $0.dependency) }
            .sorted { $0.path < $1.path }
    }

    package func render(_ publication: Publication, only: Set<String>?) throws(RenderError) -> RenderResult {
        let paper = self.paper ?? publication.site.paper
        let jobs = Self.jobs(publication).filter { only?.contains(Self.path($0, publication: publication)) ?? true }
        let made = Parallel.map(jobs) { job in
            let start = ThreadTime.now()
            let file = Self.make(job, publication: publication, paper: paper)
            return (file: file, duration: ThreadTime.now() - start)
        }
        // Processor time per kind of document, summed over documents: what one core spends on
        // each, however busy the machine (wall-clock time would count waiting for a core).
        var phases: [(name: String, duration: Duration)] = []
        for kind in ["handouts", "bilingual handouts", "card sheets", "single cards"] {
            let durations = zip(jobs, made).filter { $0.0.kind == kind }.map(\.1.duration)
            if !durations.isEmpty { phases.append(("print " + kind, durations.reduce(.zero, +))) }
        }
        return RenderResult(files: made.map(\.file).sorted { $0.path < $1.path }, phases: phases)
    }

    /// Every PDF of the publication.
    static func jobs(_ publication: Publication) -> [Job] {
        var jobs: [Job] = []
        for language in publication.languages {
            let guides = publication.guides.filter { publication.isPublished($0.ref, in: language) }
            for guide in guides {
                jobs.append(.handout(guide, language, bilingual: false))
                if language != publication.sourceLanguage { jobs.append(.handout(guide, language, bilingual: true)) }
                if !guide.card.isEmpty { jobs.append(.card(guide, language)) }
            }
            if guides.contains(where: { !$0.card.isEmpty }) { jobs.append(.sheets(guides, language)) }
        }
        return jobs
    }

    /// The PDF's path under `print/`.
    static func path(_ job: Job, publication: Publication) -> String {
        switch job {
        case .handout(let guide, let language, let bilingual):
            let name =
                bilingual ? "\(guide.id).\(language.identifier)-\(publication.sourceLanguage.identifier)" : guide.id
            return "\(language.identifier)/guides/\(name).pdf"
        case .sheets(_, let language):
            return "\(language.identifier)/cards.pdf"
        case .card(let guide, let language):
            return "\(language.identifier)/card-\(guide.id).pdf"
        }
    }

    static func make(_ job: Job, publication: Publication, paper: PaperSize) -> OutputFile {
        let path = path(job, publication: publication)
        switch job {
        case .handout(let guide, let language, let bilingual):
            return OutputFile(
                path: path,
                contents: HandoutRenderer(publication: publication, paper: paper).render(
                    guide, in: language, bilingual: bilingual))
        case .sheets(let guides, let language):
            return OutputFile(
                path: path, contents: CardRenderer(publication: publication, paper: paper).sheets(guides, in: language))
        case .card(let guide, let language):
            return OutputFile(
                path: path, contents: CardRenderer(publication: publication, paper: paper).single(guide, in: language))
        }
    }
}
