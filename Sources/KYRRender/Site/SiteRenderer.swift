import KYRModel
import Mustache

/// Renders the whole static site in memory: every page in every built language, the
/// stylesheet and the sitemap. Pure: the same publication, templates and options always give
/// the same bytes, so rebuilds are byte-identical and the result can be tested without a disk.
struct SiteRenderer: Sendable {
    let publication: Publication
    let templates: SiteTemplates
    let options: SiteOptions
    let site: Site
    let paths: SitePaths
    let pageLanguages: [LanguageTag: PageLanguage]
    /// Each built language named in itself (Foundation's locale data is slow to ask).
    let nativeNames: [LanguageTag: String]

    init(publication: Publication, templates: SiteTemplates, options: SiteOptions) {
        self.publication = publication
        self.templates = templates
        self.options = options
        site = publication.site
        paths = SitePaths(baseURL: site.publicBaseURL)
        let inline = InlineHTML(variables: site.variables)
        nativeNames = Dictionary(uniqueKeysWithValues: publication.languages.map { ($0, $0.nativeName) })
        pageLanguages = Dictionary(
            uniqueKeysWithValues: publication.languages.map {
                ($0, PageLanguage(publication.language($0), inline: inline))
            })
    }

    /// The languages built, source first, in site.yaml's order.
    var languages: [LanguageTag] { publication.languages }
    var guides: [Guide] { publication.guides }
    var agencyNotes: [AgencyNote] { publication.agencies }
    var sourceLanguage: LanguageTag { publication.sourceLanguage }

    /// Every page, in a fixed order.
    var pages: [SitePage] {
        var pages: [SitePage] = [.root, .notFound]
        for language in languages {
            pages.append(.languageIndex(language))
            pages.append(.agencies(language))
            for guide in guides where publication.isPublished(guide.ref, in: language) {
                pages.append(.guide(guide, language))
                if guide.hasStatementsToAgent { pages.append(.showToAgent(guide, language)) }
            }
            for note in agencyNotes where publication.isPublished(note.ref, in: language) {
                pages.append(.agency(note, language))
            }
        }
        if options.translationStatus != nil { pages.append(.translationStatus) }
        return pages
    }

    /// Every file of the site with what it depends on, sorted by path. The pages about every
    /// document, the sitemap and the stylesheet are keyed by the values they are rendered from,
    /// so one guide's changed text renders them again only when what they show changed.
    /// The values of those files come with the plan, by path, so rendering them does not build
    /// them again.
    func plan() -> (files: [PlannedFile], values: [String: TemplateValue]) {
        let pages = self.pages
        let planned = Parallel.map(pages) { page -> (file: PlannedFile, values: TemplateValue?) in
            guard case .everything = page.dependency else { return (PlannedFile(page.path, page.dependency), nil) }
            let pageValues = TemplateValue.object(values(for: page))
            return (PlannedFile(page.path, Self.dependency(on: pageValues)), pageValues)
        }
        var files = planned.map { $0.file }
        var byPath: [String: TemplateValue] = [:]
        for (file, pageValues) in planned { if let pageValues { byPath[file.path] = pageValues } }
        // The sitemaps are keyed by what their URLs are made from (`sitemapKey`), not by making
        // them: cheap enough to do here, on one core.
        for sitemap in sitemaps(pages) {
            files.append(PlannedFile(sitemap.path, Self.dependency(on: sitemap.values)))
            byPath[sitemap.path] = sitemap.values
        }
        files.append(PlannedFile(SitePaths.stylesheet, Self.dependency(on: .string(templates.stylesheet))))
        return (files.sorted { $0.path < $1.path }, byPath)
    }

    /// A file rendered from `values` alone (with the templates, which every file depends on).
    static func dependency(on values: TemplateValue) -> OutputDependency {
        values.contentHash.map(OutputDependency.value) ?? .everything
    }

    /// The files of the site, sorted by path: all, or those whose paths are in `only`. Pages
    /// are rendered in parallel: each depends only on the content, so the order of work cannot
    /// change a byte.
    /// `planned`: values `plan()` built for this publication, by path.
    func render(only: Set<String>? = nil, planned: [String: TemplateValue] = [:]) -> [OutputFile] {
        let collected = CollectedFiles()
        render(only: only, planned: planned, into: collected)
        return collected.files.sorted { $0.path < $1.path }
    }

    /// As `render(only:planned:)`, each file handed to `sink` as soon as it is made.
    func render(only: Set<String>?, planned: [String: TemplateValue], into sink: any OutputSink) {
        let pages = self.pages
        let wanted = only.map { only in pages.filter { only.contains($0.path) } } ?? pages
        _ = Parallel.map(wanted) { page in
            let text = planned[page.path].map { templates.render($0, with: page.template) } ?? render(page)
            sink.accept(OutputFile(path: page.path, text: text))
        }
        if only?.contains(SitePaths.stylesheet) ?? true {
            sink.accept(OutputFile(path: SitePaths.stylesheet, text: templates.stylesheet))
        }
        for sitemap in sitemaps(pages, planned: planned) where only?.contains(sitemap.path) ?? true {
            sink.accept(OutputFile(path: sitemap.path, text: templates.render(sitemap.values, with: sitemap.template)))
        }
    }

    /// One page's HTML.
    func render(_ page: SitePage) -> String {
        templates.render(values(for: page), with: page.template)
    }

    func values(for page: SitePage) -> TemplateObject {
        switch page {
        case .root: rootValues()
        case .notFound: notFoundValues()
        case .languageIndex(let language): indexValues(language)
        case .agencies(let language): agenciesValues(language)
        case .guide(let guide, let language): guideValues(guide, language)
        case .showToAgent(let guide, let language): showValues(guide, language)
        case .agency(let note, let language): agencyValues(note, language)
        case .translationStatus: translationStatusValues()
        }
    }

    /// The built languages a document is published in, source first.
    func versions(of document: any SourceDocument) -> [LanguageTag] {
        publication.versions(of: document.ref)
    }
}
