import KYRModel

extension SiteRenderer {
    /// `sitemap.xml` (template `sitemap`): every page that has an address of its own, with its
    /// versions in other languages as `hreflang` alternates and an `x-default`.
    /// The values `sitemap.xml` is rendered from.
    func sitemapValues(_ pages: [SitePage]) -> TemplateValue {
        // Typed values: a large site's sitemap has hundreds of thousands of alternates, and
        // swift-mustache reads typed values without converting dictionaries.
        var urls: [TemplateObject] = []
        for page in pages {
            let versions: [String]
            let fallback: String
            switch page {
            case .notFound, .translationStatus:
                continue
            case .root:
                urls.append(["loc": .string(paths.absolute(SitePaths.root)), "alternates": .list([])])
                continue
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
            urls.append(["loc": .string(paths.absolute(page.path)), "alternates": .objects(alternates)])
        }
        return .object(["urls": .objects(urls)])
    }
}
