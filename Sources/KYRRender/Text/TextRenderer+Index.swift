import KYRModel

extension TextRenderer {
    /// A language's index (template `index`): every guide and agency note with its summary, the
    /// file and the page. Documents not published in the language point to the source language.
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
                "link": paths.absolute(SitePaths.guide(guide.id, in: shown.language)),
                "isOtherLanguage": shown.language != language,
            ]
        }
        // Notes about papers (warrants) follow the agencies, as on the site's overview, and topics
        // (notes by status) come last.
        let notes = AgencyNoteKind.allCases.flatMap { kind in publication.agencies.filter { $0.noteKind == kind } }
        values["agencies"] = notes.map { note -> [String: Any] in
            let shown = publication.shown(note, in: language)
            return [
                "id": note.id, "name": name(of: note, shown, text: text), "summary": text.text(shown.summary),
                "file": SitePaths.relative(from: here, to: TextPaths.agency(note.id, in: shown.language)),
                "link": paths.absolute(SitePaths.agency(note.id, in: shown.language)),
                "isOtherLanguage": shown.language != language,
            ]
        }
        return values
    }
}
