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
        return .object(["urls": .generated(GeneratedList(count: listed.count) { renderer.sitemapURL(listed[$0]) })])
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
