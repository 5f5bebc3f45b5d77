import KYRModel

extension TextRenderer {
    /// A language's index (template `index`): every guide and agency note with its summary, the
    /// file and the page, under the notices its titles and summaries need (drafts, text in the
    /// source language), as the site's list of guides has them. Documents not published in the
    /// language point to the source language.
    func indexValues(_ language: LanguageTag) -> [String: Any] {
        let text = languages[language]!
        var values = commonValues(text)
        values["organizationRule"] = text.heading(site.organizationName, rule: "=")["rule"]
        values["guidesTitle"] = text.heading(text.string(.guides), rule: "-")
        values["agenciesTitle"] = text.heading(text.string(.agencies), rule: "-")
        let here = TextPaths.index(language)
        values["guides"] = publication.guides.map { guide -> [String: Any] in
            let shown = publication.shown(guide, in: language)
            return [
                "id": guide.id, "title": text.text(shown.title), "summary": text.text(shown.summary),
                "file": SitePaths.relative(from: here, to: TextPaths.guide(guide.id, in: shown.language)),
                "link": paths.absolute(SitePaths.guide(guide.id, in: shown.language)) ?? "",
                "hasLink": paths.baseURL != nil,
                "isOtherLanguage": shown.language != language,
            ]
        }
        // Notes about papers (warrants) follow the agencies, as on the site's overview, and topics
        // (notes by status) come last.
        let notes = AgencyNoteKind.allCases.flatMap { kind in publication.agencies.filter { $0.noteKind == kind } }
        var shownTexts = publication.guides.flatMap { guide -> [ResolvedText] in
            let shown = publication.shown(guide, in: language)
            return [shown.title, shown.summary]
        }
        values["agencies"] = notes.map { note -> [String: Any] in
            let shown = publication.shown(note, in: language)
            shownTexts += [shown.name, shown.summary]
            return [
                "id": note.id, "name": name(of: note, shown, text: text), "summary": text.text(shown.summary),
                "file": SitePaths.relative(from: here, to: TextPaths.agency(note.id, in: shown.language)),
                "link": paths.absolute(SitePaths.agency(note.id, in: shown.language)) ?? "",
                "hasLink": paths.baseURL != nil,
                "isOtherLanguage": shown.language != language,
            ]
        }
        let english = paths.absolute(SitePaths.languageIndex(publication.sourceLanguage)) ?? ""
        let notices: [[String: Any]] = publication.notices(shown: shownTexts, in: language).map {
            [
                "kind": $0.rawValue, "text": text.string($0.string), "englishLink": english,
                "hasLink": language != publication.sourceLanguage && $0.pointsToSourceLanguage && paths.baseURL != nil,
            ]
        }
        values["hasNotices"] = !notices.isEmpty
        values["notices"] = notices
        return values
    }
}
