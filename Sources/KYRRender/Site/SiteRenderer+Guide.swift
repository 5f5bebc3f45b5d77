import KYRModel

extension SiteRenderer {
    /// A guide in one language (template `guide`).
    func guideValues(_ guide: Guide, _ language: LanguageTag) -> [String: Any] {
        let page = pageLanguages[language]!
        let path = SitePaths.guide(guide.id, in: language)
        let localized = publication.localized(guide, in: language)
        let title = page.text(localized.title)
        var values = frameValues(
            PageFrame(
                path: path, language: page, title: title["plain"] as? String ?? "",
                versions: versions(of: guide).map { ($0, SitePaths.guide(guide.id, in: $0)) },
                defaultVersion: SitePaths.guide(guide.id, in: sourceLanguage)
            ))
        let notices = notices(
            localized, page: page, path: path, sourcePath: SitePaths.guide(guide.id, in: sourceLanguage))
        values["notices"] = notices
        values["hasNotices"] = !notices.isEmpty
        let agencies: [[String: Any]] = guide.agencies.compactMap { reference in
            guard let note = agencyNotes.first(where: { $0.id == reference.value }) else { return nil }
            return documentLink(note, name: { $0.name }, from: path, page: page) {
                SitePaths.agency(note.id, in: $0)
            }
        }
        let card = guide.card.map { unitValues($0, localized.cardLine($0), page: page) }
        values["guide"] =
            [
                "id": guide.id,
                "title": title,
                "summary": page.text(localized.summary),
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
