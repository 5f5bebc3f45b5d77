import KYRModel

extension SiteRenderer {
    /// A guide in one language (template `guide`).
    func guideValues(_ guide: Guide, _ language: LanguageTag) -> [String: Any] {
        let page = pageLanguages[language]!
        let path = SitePaths.guide(guide.id, in: language)
        let localized = localized(guide, in: language)
        let title = page.text(resolved(localized, "title", guide.title))
        var values = frameValues(PageFrame(
            path: path, language: page, title: title["plain"] as? String ?? "",
            versions: versions(of: guide).map { ($0, SitePaths.guide(guide.id, in: $0)) },
            defaultVersion: SitePaths.guide(guide.id, in: localizer.sourceLanguage)
        ))
        let notices = notices(localized, page: page, path: path, sourcePath: SitePaths.guide(guide.id, in: localizer.sourceLanguage))
        values["notices"] = notices
        values["hasNotices"] = !notices.isEmpty
        let agencies: [[String: Any]] = guide.agencies.compactMap { reference in
            guard let note = agencyNotes.first(where: { $0.id == reference.value }) else { return nil }
            return documentLink(note, name: { self.resolved($0, "name", note.name) }, from: path, page: page) {
                SitePaths.agency(note.id, in: $0)
            }
        }
        let card = guide.card.map { unitValues($0, key: "card." + $0.id.value, localized, page: page) }
        values["guide"] = [
            "id": guide.id,
            "title": title,
            "summary": page.text(resolved(localized, "summary", guide.summary)),
            "sections": sectionValues(guide.sections, localized, page: page),
            "hasCard": !card.isEmpty,
            "card": card,
            "hasAgencies": !agencies.isEmpty,
            "agencies": agencies,
            "sources": sourceValues(guide.sources, page: page),
        ] as [String: Any]
        values["review"] = reviewValues(guide.legalReview, page: page)
        return values
    }
}
