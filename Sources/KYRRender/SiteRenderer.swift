import KYRModel
import Mustache

/// Renders the whole static site in memory: every page in every built language, the
/// stylesheet and the sitemap. Pure: the same content, templates and options always give the
/// same bytes, so rebuilds are byte-identical and the result can be tested without a disk.
public struct SiteRenderer: Sendable {
    public let localizer: Localizer
    public let templates: SiteTemplates
    public let options: SiteOptions
    let site: Site
    let paths: SitePaths
    /// The languages built, source first, in site.yaml's order.
    let languages: [LanguageTag]
    let guides: [Guide]
    let agencyNotes: [AgencyNote]
    /// Per document path (`guides/at-home`), the built languages it is published in.
    let published: [String: [LanguageTag]]
    /// Per document path, the document as each built language's readers see it: worked out
    /// once, because index pages and links need the same documents again and again.
    let localizations: [String: [LanguageTag: LocalizedDocument]]
    let pageLanguages: [LanguageTag: PageLanguage]
    /// Each built language named in itself (Foundation's locale data is slow to ask).
    let nativeNames: [LanguageTag: String]

    /// Prepares a render of checked content. The content must be free of errors (`kyr build`
    /// refuses to start otherwise); what is missing for a site at all is reported here.
    public init(localizer: Localizer, templates: SiteTemplates, options: SiteOptions) throws(SiteBuildError) {
        guard let site = localizer.content.site else { throw .incompleteContent("no site.yaml: nothing to build") }
        guard localizer.content.strings != nil else {
            throw .incompleteContent("no strings/\(site.sourceLanguage).yaml: nothing to build")
        }
        self.localizer = localizer
        self.templates = templates
        self.options = options
        self.site = site
        paths = SitePaths(baseURL: site.baseURL)
        let wanted = options.languages.map(Set.init)
        languages = localizer.publishedLanguages.filter { $0 == localizer.sourceLanguage || wanted?.contains($0) ?? true }
        guides = localizer.content.guides.sorted { $0.id < $1.id }
        agencyNotes = localizer.content.agencies.sorted { $0.id < $1.id }
        let documents = guides as [any SourceDocument] + agencyNotes as [any SourceDocument]
        let languages = self.languages
        let prepared = Parallel.map(documents) { document in
            (published: languages.filter { localizer.isPublished(document, in: $0) },
             localized: Dictionary(uniqueKeysWithValues: languages.map { ($0, localizer.localize(document, into: $0)) }))
        }
        var published: [String: [LanguageTag]] = [:], localizations: [String: [LanguageTag: LocalizedDocument]] = [:]
        for (document, result) in zip(documents, prepared) {
            published[document.kind.documentPath(document.id)] = result.published
            localizations[document.kind.documentPath(document.id)] = result.localized
        }
        self.published = published
        self.localizations = localizations
        let inline = InlineHTML(variables: site.variables)
        nativeNames = Dictionary(uniqueKeysWithValues: languages.map { ($0, $0.nativeName) })
        pageLanguages = Dictionary(uniqueKeysWithValues: languages.map {
            ($0, PageLanguage(language: $0, localizer: localizer, inline: inline))
        })
    }

    /// Every page, in a fixed order.
    var pages: [SitePage] {
        var pages: [SitePage] = [.root, .notFound]
        for language in languages {
            pages.append(.languageIndex(language))
            pages.append(.agencies(language))
            for guide in guides where isPublished(guide, in: language) { pages.append(.guide(guide, language)) }
            for note in agencyNotes where isPublished(note, in: language) { pages.append(.agency(note, language)) }
        }
        if options.translationStatusHTML != nil { pages.append(.translationStatus) }
        return pages
    }

    /// Every file of the site, sorted by path. Pages are rendered in parallel: each depends
    /// only on the content, so the order of work cannot change a byte.
    public func render() -> [SiteFile] {
        let pages = self.pages
        var files = Parallel.map(pages) { SiteFile(path: $0.path, text: render($0)) }
        files.append(SiteFile(path: SitePaths.stylesheet, text: templates.stylesheet))
        files.append(SiteFile(path: SitePaths.sitemap, text: sitemap(pages)))
        return files.sorted { $0.path < $1.path }
    }

    /// One page's HTML.
    func render(_ page: SitePage) -> String {
        templates.render(values(for: page), with: page.template)
    }

    func values(for page: SitePage) -> [String: Any] {
        switch page {
        case .root: rootValues()
        case .notFound: notFoundValues()
        case .languageIndex(let language): indexValues(language)
        case .agencies(let language): agenciesValues(language)
        case .guide(let guide, let language): guideValues(guide, language)
        case .agency(let note, let language): agencyValues(note, language)
        case .translationStatus: translationStatusValues()
        }
    }

    func isPublished(_ document: any SourceDocument, in language: LanguageTag) -> Bool {
        published[document.kind.documentPath(document.id)]?.contains(language) ?? false
    }

    /// The document as `language`'s readers see it.
    func localized(_ document: any SourceDocument, in language: LanguageTag) -> LocalizedDocument {
        localizations[document.kind.documentPath(document.id)]?[language] ?? localizer.localize(document, into: language)
    }

    /// The document in `language` when published there, otherwise in the source language (where
    /// links to it lead).
    func shown(_ document: any SourceDocument, in language: LanguageTag) -> LocalizedDocument {
        localized(document, in: isPublished(document, in: language) ? language : localizer.sourceLanguage)
    }

    /// The built languages a document is published in, source first.
    func versions(of document: any SourceDocument) -> [LanguageTag] {
        published[document.kind.documentPath(document.id)] ?? []
    }
}
