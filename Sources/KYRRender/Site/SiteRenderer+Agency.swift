import KYRModel

extension SiteRenderer {
    /// An agency note in one language (template `agency`).
    func agencyValues(_ note: AgencyNote, _ language: LanguageTag) -> TemplateObject {
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
        values["notices"] = .objects(notices)
        values["hasNotices"] = .bool(!notices.isEmpty)
        values["agency"] = .object(
            noteValues(note, localized, page: page).merging([
                "sections": sectionValues(note.sections, localized, page: page),
                "sources": sourceValues(note.sources, page: page),
            ]) { $1 })
        values["review"] = reviewValues(note.legalReview, page: page)
        return values
    }

    /// A note's name, short name and summary, as `localized` shows them. `showsShortName` says
    /// whether headings add the short name after the name: not for a note about papers, and not
    /// when the name already says it (`ShortName.isShown(_:after:in:)`).
    func noteValues(_ note: AgencyNote, _ localized: LocalizedDocument, page: PageLanguage) -> TemplateObject {
        let name = page.text(localized.name)
        let shortName = localized.shortName.map { page.text($0) }
        let showsShortName =
            shortName.map {
                ShortName.isShown($0["plain"]?.string ?? "", after: name["plain"]?.string ?? "", in: note)
            } ?? false
        return [
            "id": .string(note.id),
            "kind": .string(note.noteKind.rawValue),
            "isDocuments": .bool(note.noteKind == .documents),
            "name": .object(name),
            "hasShortName": .bool(note.shortName != nil),
            "shortName": .object(shortName ?? [:]),
            "showsShortName": .bool(showsShortName),
            "summary": .object(page.text(localized.summary)),
        ]
    }

    /// A language's "identify the agency" overview (template `agencies`): a jump list, then each
    /// agency's name, summary and the cues that tell its agents apart, linking to the full note;
    /// notes about papers (`kind: documents`) follow the agencies, apart (`documents`).
    func agenciesValues(_ language: LanguageTag) -> TemplateObject {
        let page = pageLanguages[language]!
        let path = SitePaths.agencies(in: language)
        var values = frameValues(
            PageFrame(
                path: path, language: page, title: page.plain(.identifyTheAgency),
                versions: languages.map { ($0, SitePaths.agencies(in: $0)) },
                defaultVersion: SitePaths.agencies(in: sourceLanguage)
            ))
        var shown: [ResolvedText] = []
        func entry(_ note: AgencyNote) -> TemplateObject {
            let localized = publication.shown(note, in: language)
            var cues: [TemplateObject] = []
            for section in note.sections {
                for unit in section.units where unit.kind == .cue {
                    let text = localized.text(of: unit, in: section)
                    shown.append(text)
                    cues.append(unitValues(unit, text, page: page))
                }
            }
            shown += [localized.name, localized.summary] + (localized.shortName.map { [$0] } ?? [])
            return noteValues(note, localized, page: page).merging([
                "href": .string(SitePaths.relative(from: path, to: SitePaths.agency(note.id, in: localized.language))),
                "hreflang": .string(localized.language.identifier),
                "cues": .objects(cues),
            ]) { $1 }
        }
        let agencies = agencyNotes.filter { $0.noteKind == .agency }.map(entry)
        let documents = agencyNotes.filter { $0.noteKind == .documents }.map(entry)
        values["agencies"] = .objects(agencies)
        values["documents"] = .objects(documents)
        values["hasDocuments"] = .bool(!documents.isEmpty)
        let notices = notices(
            shown: shown, page: page, path: path, sourcePath: SitePaths.agencies(in: sourceLanguage))
        values["notices"] = .objects(notices)
        values["hasNotices"] = .bool(!notices.isEmpty)
        return values
    }
}
