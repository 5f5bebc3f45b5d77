/// Everything a build publishes, worked out once and the same for every output: the
/// languages built, which documents each language publishes, each document as that
/// language's readers see it, the interface strings with their fallback, dates, direction,
/// and the notices readers must see. The site, plain text, messages, print and the XLIFF
/// notes all read this value, so they cannot disagree about what a reader is shown.
package struct Publication: Sendable {
    /// Why nothing can be published.
    package enum Problem: Error, Equatable, Sendable {
        case noSite
        case noStrings(LanguageTag)

        package var message: String {
            switch self {
            case .noSite: "no site.yaml: nothing to build"
            case .noStrings(let language): "no strings/\(language).yaml: nothing to build"
            }
        }
    }

    package let site: Site
    package let localizer: Localizer
    /// The day of the build, for review-date notices: passed in, never read from the clock.
    package let today: ContentDate
    /// The languages built, source first, in site.yaml's order.
    package let languages: [LanguageTag]
    /// Guides and agency notes, by ID.
    package let guides: [Guide]
    package let agencies: [AgencyNote]
    /// Per document, the built languages it is published in.
    private let published: [DocumentRef: [LanguageTag]]
    /// Per document, the document as each built language's readers see it.
    private let localizations: [DocumentRef: [LanguageTag: LocalizedDocument]]
    /// Per built language, its interface strings and how it writes dates.
    private let languageData: [LanguageTag: PublishedLanguage]

    /// Works out what `localizer`'s content publishes in `languages` (every published
    /// language when nil; the source language always, since every other language links to it
    /// for text that is not translated).
    /// `baseURL` replaces site.yaml's `base-url` for this build (`kyr build --base-url`).
    package init(
        localizer: Localizer, languages wanted: [LanguageTag]? = nil, today: ContentDate, baseURL: String? = nil
    ) throws(Problem) {
        guard var site = localizer.content.site else { throw .noSite }
        if let baseURL { site.baseURL = baseURL }
        guard localizer.content.strings != nil || localizer.content.builtInStrings.covers(site.sourceLanguage) else {
            throw .noStrings(site.sourceLanguage)
        }
        self.site = site
        self.localizer = localizer
        self.today = today
        let wanted = wanted.map(Set.init)
        let languages = localizer.publishedLanguages.filter {
            $0 == localizer.sourceLanguage || wanted?.contains($0) ?? true
        }
        self.languages = languages
        guides = localizer.content.guides.sorted { $0.id < $1.id }
        agencies = localizer.content.agencies.sorted { $0.id < $1.id }
        let documents = guides as [any SourceDocument] + agencies as [any SourceDocument]
        let prepared = Parallel.map(documents) { document in
            (
                published: languages.filter { localizer.isPublished(document, in: $0) },
                localized: Dictionary(
                    uniqueKeysWithValues: languages.map { ($0, localizer.localize(document, into: $0)) })
            )
        }
        var published: [DocumentRef: [LanguageTag]] = [:]
        var localizations: [DocumentRef: [LanguageTag: LocalizedDocument]] = [:]
        for (document, result) in zip(documents, prepared) {
            published[document.ref] = result.published
            localizations[document.ref] = result.localized
        }
        self.published = published
        self.localizations = localizations
        languageData = Dictionary(
            uniqueKeysWithValues: languages.map { ($0, PublishedLanguage(language: $0, localizer: localizer)) })
    }

    package var sourceLanguage: LanguageTag { localizer.sourceLanguage }

    /// The built languages `document` is published in, source first.
    package func versions(of document: DocumentRef) -> [LanguageTag] {
        published[document] ?? []
    }

    package func isPublished(_ document: DocumentRef, in language: LanguageTag) -> Bool {
        published[document]?.contains(language) ?? false
    }

    /// The document as `language`'s readers see it.
    package func localized(_ document: any SourceDocument, in language: LanguageTag) -> LocalizedDocument {
        localizations[document.ref]?[language] ?? localizer.localize(document, into: language)
    }

    /// The document in `language` when published there, otherwise in the source language (where
    /// links to it lead).
    package func shown(_ document: any SourceDocument, in language: LanguageTag) -> LocalizedDocument {
        localized(document, in: isPublished(document.ref, in: language) ? language : sourceLanguage)
    }

    /// A built language's interface strings, dates and direction.
    package func language(_ language: LanguageTag) -> PublishedLanguage {
        languageData[language] ?? PublishedLanguage(language: language, localizer: localizer)
    }

    /// What readers of `localized` must be told, in the order outputs show it.
    package func notices(for localized: LocalizedDocument) -> [Notice] {
        localized.notices()
    }
}
