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

    /// A note's name, short name and summary, as `localized` shows them. `showsShortName` says
    /// whether headings add the short name after the name: not for a note about papers, and not
    /// when the name already says it (`ShortName.isShown`).
    func noteValues(_ note: AgencyNote, _ localized: LocalizedDocument, page: PageLanguage) -> [String: Any] {
        let name = page.text(localized.name)
        let shortName = localized.shortName.map { page.text($0) }
        let showsShortName =
            note.noteKind == .agency
            && shortName.map { ShortName.isShown($0["plain"] as? String ?? "", after: name["plain"] as? String ?? "") }
                ?? false
        return [
            "id": note.id,
            "kind": note.noteKind.rawValue,
            "isDocuments": note.noteKind == .documents,
            "name": name,
            "hasShortName": note.shortName != nil,
            "shortName": shortName ?? [:],
            "showsShortName": showsShortName,
            "summary": page.text(localized.summary),
        ]
    }

    /// A language's "identify the agency" overview (template `agencies`): a jump list, then each
    /// agency's name, summary and the cues that tell its agents apart, linking to the full note;
    /// notes about papers (`kind: documents`) follow the agencies, apart (`documents`).
    func agenciesValues(_ language: LanguageTag) -> [String: Any] {
        let page = pageLanguages[language]!
        let path = SitePaths.agencies(in: language)
        var values = frameValues(
            PageFrame(
                path: path, language: page, title: page.plain(.identifyTheAgency),
                versions: languages.map { ($0, SitePaths.agencies(in: $0)) },
                defaultVersion: SitePaths.agencies(in: sourceLanguage)
            ))
        var shown: [ResolvedText] = []
        func entry(_ note: AgencyNote) -> [String: Any] {
            let localized = publication.shown(note, in: language)
            var cues: [[String: Any]] = []
            for section in note.sections {
                for unit in section.units where unit.kind == .cue {
                    let text = localized.text(of: unit, in: section)
                    shown.append(text)
                    cues.append(unitValues(unit, text, page: page))
                }
            }
            shown += [localized.name, localized.summary] + (localized.shortName.map { [$0] } ?? [])
            return noteValues(note, localized, page: page).merging([
                "href": SitePaths.relative(from: path, to: SitePaths.agency(note.id, in: localized.language)),
                "hreflang": localized.language.identifier,
                "cues": cues,
            ]) { $1 }
        }
        let agencies = agencyNotes.filter { $0.noteKind == .agency }.map(entry)
        let documents = agencyNotes.filter { $0.noteKind == .documents }.map(entry)
        values["agencies"] = agencies
        values["documents"] = documents
        values["hasDocuments"] = !documents.isEmpty
        let notices = notices(
            shown: shown, page: page, path: path, sourcePath: SitePaths.agencies(in: sourceLanguage))
        values["notices"] = notices
        values["hasNotices"] = !notices.isEmpty
        return values
    }
}
