import KYRModel

extension SiteRenderer {
    /// `sitemap.xml` (template `sitemap`): every page that has an address of its own, with its
    /// versions in other languages as `hreflang` alternates and an `x-default`.
    func sitemap(_ pages: [SitePage]) -> String {
        var urls: [[String: Any]] = []
        for page in pages {
            let versions: [String]
            let fallback: String
            switch page {
            case .notFound, .translationStatus:
                continue
            case .root:
                urls.append(["loc": paths.absolute(SitePaths.root), "alternates": [[String: Any]]()])
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
            var alternates: [[String: Any]] = []
            if versions.count > 1 {
                alternates = versions.map { ["hreflang": String($0.prefix { $0 != "/" }), "href": paths.absolute($0)] }
                alternates.append(["hreflang": "x-default", "href": paths.absolute(fallback)])
            }
            urls.append(["loc": paths.absolute(page.path), "alternates": alternates])
        }
        return templates.render(["urls": urls], with: "sitemap")
    }
}
