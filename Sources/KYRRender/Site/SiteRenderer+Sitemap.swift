import KYRModel

extension SiteRenderer {
    /// `sitemap.xml` (template `sitemap`): every page that has an address of its own, with its
    /// versions in other languages as `hreflang` alternates and an `x-default`.
    /// The values `sitemap.xml` is rendered from: each URL's values are made when the template
    /// reaches it (a `GeneratedList`), so the whole sitemap is never in memory as values.
    func sitemapValues(_ pages: [SitePage]) -> TemplateValue {
        let listed = pages.filter {
            switch $0 {
            case .notFound, .translationStatus: false
            default: true
            }
        }
        let renderer = self
        let urls = GeneratedList(count: listed.count, key: sitemapKey(listed)) { renderer.sitemapURL(listed[$0]) }
        return .object(["urls": .generated(urls)])
    }

    /// Everything `sitemapURL` makes its values from, hashed: the base URL, the languages and
    /// the source language, and each page's path (which names its kind and document) with the
    /// languages its document has versions in. Hashing these instead of the 200,000 values they
    /// make is most of what planning a rebuild saves on a large site.
    private func sitemapKey(_ listed: [SitePage]) -> ContentHash {
        var hash = ContentHash()
        hash.combine(paths.baseURL)
        hash.combine(sourceLanguage.identifier)
        hash.combine(UInt64(languages.count))
        for language in languages { hash.combine(language.identifier) }
        for page in listed {
            hash.combine(page.path)
            let versions: [LanguageTag] =
                switch page {
                case .guide(let guide, _), .showToAgent(let guide, _): self.versions(of: guide)
                case .agency(let note, _): self.versions(of: note)
                case .notFound, .translationStatus, .root, .languageIndex, .agencies: []
                }
            hash.combine(UInt64(versions.count))
            for version in versions { hash.combine(version.identifier) }
        }
        return hash
    }

    /// One page's entry: its address and its alternates.
    private func sitemapURL(_ page: SitePage) -> TemplateValue {
        let versions: [String]
        let fallback: String
        switch page {
        case .notFound, .translationStatus, .root:
            return .object(["loc": .string(paths.absolute(page.path)), "alternates": .list([])])
        case .languageIndex:
            versions = languages.map(SitePaths.languageIndex)
            fallback = SitePaths.root
        case .agencies:
            versions = languages.map { SitePaths.agencies(in: $0) }
            fallback = SitePaths.agencies(in: sourceLanguage)
        case .guide(let guide, _):
            versions = self.versions(of: guide).map { SitePaths.guide(guide.id, in: $0) }
            fallback = SitePaths.guide(guide.id, in: sourceLanguage)
        case .showToAgent(let guide, _):
            versions = self.versions(of: guide).map { SitePaths.showToAgent(guide.id, in: $0) }
            fallback = SitePaths.showToAgent(guide.id, in: sourceLanguage)
        case .agency(let note, _):
            versions = self.versions(of: note).map { SitePaths.agency(note.id, in: $0) }
            fallback = SitePaths.agency(note.id, in: sourceLanguage)
        }
        var alternates: [TemplateObject] = []
        if versions.count > 1 {
            alternates = versions.map {
                ["hreflang": .string(String($0.prefix { $0 != "/" })), "href": .string(paths.absolute($0))]
            }
            alternates.append(["hreflang": .string("x-default"), "href": .string(paths.absolute(fallback))])
        }
        return .object(["loc": .string(paths.absolute(page.path)), "alternates": .objects(alternates)])
    }
}
