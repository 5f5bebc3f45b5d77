import KYRModel

extension SiteRenderer {
    /// An agency note in one language (template `agency`).
    func agencyValues(_ note: AgencyNote, _ language: LanguageTag) -> [String: Any] {
        let page = pageLanguages[language]!
        let path = SitePaths.agency(note.id, in: language)
        let localized = publication.localized(note, in: language)
        var values = frameValues(
            PageFrame(
                path: path, language: page, title: PageLanguage.collapse(page.inline.plain(localized.name.text)),
                versions: versions(of: note).map { ($0, SitePaths.agency(note.id, in: $0)) },
                defaultVersion: SitePaths.agency(note.id, in: sourceLanguage)
            ))
        let notices = notices(
            localized, page: page, path: path, sourcePath: SitePaths.agency(note.id, in: sourceLanguage))
        values["notices"] = notices
        values["hasNotices"] = !notices.isEmpty
        values["agency"] = noteValues(note, localized, page: page).merging([
            "sections": sectionValues(note.sections, localized, page: page),
            "sources": sourceValues(note.sources, page: page),
        ]) { $1 }
        values["review"] = reviewValues(note.legalReview, page: page)
        return values
    }

    /// A note's name, short name and summary, as `localized` shows them.
    func noteValues(_ note: AgencyNote, _ localized: LocalizedDocument, page: PageLanguage) -> [String: Any] {
        [
            "id": note.id,
            "name": page.text(localized.name),
            "hasShortName": note.shortName != nil,
            "shortName": localized.shortName.map { page.text($0) } ?? [:],
            "summary": page.text(localized.summary),
        ]
    }

    /// A language's "identify the agency" overview (template `agencies`): each agency's name,
    /// summary and the cues that tell its agents apart, linking to the full note.
    func agenciesValues(_ language: LanguageTag) -> [String: Any] {
        let page = pageLanguages[language]!
        let path = SitePaths.agencies(in: language)
        var values = frameValues(
            PageFrame(
                path: path, language: page, title: page.plain(.identifyTheAgency),
                versions: languages.map { ($0, SitePaths.agencies(in: $0)) },
                defaultVersion: SitePaths.agencies(in: sourceLanguage)
            ))
        values["agencies"] = agencyNotes.map { note -> [String: Any] in
            let localized = publication.shown(note, in: language)
            let shown = localized.language
            let cues = note.sections.flatMap { section in
                section.units.filter { $0.kind == .cue }.map {
                    unitValues($0, localized.text(of: $0, in: section), page: page)
                }
            }
            return noteValues(note, localized, page: page).merging([
                "href": SitePaths.relative(from: path, to: SitePaths.agency(note.id, in: shown)),
                "hreflang": shown.identifier,
                "cues": cues,
            ]) { $1 }
        }
        return values
    }
}
