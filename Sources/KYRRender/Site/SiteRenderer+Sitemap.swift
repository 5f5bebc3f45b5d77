import KYRModel

extension SiteRenderer {
    /// Every sitemap file of the site with the values it is rendered from: the index
    /// (`sitemap.xml`, template `sitemap-index`) and one sitemap per built language
    /// (`es/sitemap.xml`, template `sitemap`) with that language's pages, each with its versions
    /// in other languages as `hreflang` alternates and an `x-default`. The site root, in no
    /// language, is listed with the source language's pages.
    /// A site with no public address has no sitemap: a sitemap lists absolute addresses.
    func sitemaps(_ pages: [SitePage]) -> [(path: String, template: String, values: TemplateValue)] {
        guard paths.baseURL != nil else { return [] }
        var byLanguage: [LanguageTag: [SitePage]] = [:]
        for page in pages {
            switch page {
            case .notFound, .translationStatus: continue
            case .root: byLanguage[sourceLanguage, default: []].append(page)
            case .languageIndex(let language), .agencies(let language), .guide(_, let language),
                .showToAgent(_, let language), .agency(_, let language):
                byLanguage[language, default: []].append(page)
            }
        }
        let listed = languages.filter { byLanguage[$0] != nil }
        let index: TemplateObject = [
            "sitemaps": .objects(listed.map { ["loc": .string(address(SitePaths.sitemap(in: $0)))] })
        ]
        return [(SitePaths.sitemap, Self.sitemapTemplate(SitePaths.sitemap), .object(index))]
            + listed.map {
                let path = SitePaths.sitemap(in: $0)
                return (path, Self.sitemapTemplate(path), sitemapValues(byLanguage[$0]!))
            }
    }

    /// The sitemaps `plan()` made, from `planned`, when it made them (with their keys, not made
    /// again); otherwise made now.
    func sitemaps(_ pages: [SitePage], planned: [String: TemplateValue])
        -> [(path: String, template: String, values: TemplateValue)]
    {
        guard planned[SitePaths.sitemap] != nil else { return sitemaps(pages) }
        return ([SitePaths.sitemap] + languages.map(SitePaths.sitemap(in:))).compactMap { path in
            planned[path].map { (path, Self.sitemapTemplate(path), $0) }
        }
    }

    /// The template a sitemap file is rendered with: the index's own, or a language's.
    private static func sitemapTemplate(_ path: String) -> String {
        path == SitePaths.sitemap ? "sitemap-index" : "sitemap"
    }

    /// The values of one sitemap: each URL's values are made when the template reaches it (a
    /// `GeneratedList`), so a sitemap is never in memory as values.
    private func sitemapValues(_ listed: [SitePage]) -> TemplateValue {
        let renderer = self
        let urls = GeneratedList(count: listed.count, key: sitemapKey(listed)) { renderer.sitemapURL(listed[$0]) }
        return .object(["urls": .generated(urls)])
    }

    /// Everything `sitemapURL` makes its values from, hashed: the base URL, the languages and
    /// the source language, and each page's path (which names its kind and document) with the
    /// languages its document has versions in. Hashing these instead of the values they make
    /// (220,000 objects for 1,000 guides in 10 languages) is most of what planning a rebuild
    /// saves on a large site.
    private func sitemapKey(_ listed: [SitePage]) -> ContentHash {
        var hash = ContentHash()
        hash.combine(paths.baseURL ?? "")
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
            return .object(["loc": .string(address(page.path)), "alternates": .list([])])
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
                ["hreflang": .string(String($0.prefix { $0 != "/" })), "href": .string(address($0))]
            }
            alternates.append(["hreflang": .string("x-default"), "href": .string(address(fallback))])
        }
        return .object(["loc": .string(address(page.path)), "alternates": .objects(alternates)])
    }

    /// A page's address in a sitemap, which only a site with a base URL has.
    private func address(_ path: String) -> String {
        paths.absolute(path) ?? path
    }
}
