import KYRModel

extension SiteRenderer {
    /// A guide in one language (template `guide`).
    func guideValues(_ guide: Guide, _ language: LanguageTag) -> TemplateObject {
        let page = pageLanguages[language]!
        let path = SitePaths.guide(guide.id, in: language)
        let localized = publication.localized(guide, in: language)
        let title = page.text(localized.title)
        var values = frameValues(
            PageFrame(
                path: path, language: page, title: title["plain"]?.string ?? "",
                versions: versions(of: guide).map { ($0, SitePaths.guide(guide.id, in: $0)) },
                defaultVersion: SitePaths.guide(guide.id, in: sourceLanguage)
            ))
        let notices = notices(
            localized, page: page, path: path, sourcePath: SitePaths.guide(guide.id, in: sourceLanguage))
        values["notices"] = .objects(notices)
        values["hasNotices"] = .bool(!notices.isEmpty)
        var agencies: [TemplateObject] = []
        var documents: [TemplateObject] = []
        for reference in guide.agencies {
            guard let note = agencyNotes.first(where: { $0.id == reference.value }) else { continue }
            let link = documentLink(
                note, name: { $0.name }, from: path, page: page, pathOf: { SitePaths.agency(note.id, in: $0) })
            if note.noteKind == .agency { agencies.append(link) } else { documents.append(link) }
        }
        let card = guide.card.map { unitValues($0, localized.cardLine($0), page: page) }
        let statements = guide.statementsToAgent
        // A card with no statement to an agent leaves them in the sections: the phrases to say
        // join the card at the top of the page, so the reader finds them without scrolling.
        let phrases: [TemplateObject] =
            guide.card.contains { $0.kind == .say }
            ? []
            : statements.map { unitValues($0.unit, localized.statement($0.unit, in: $0.section), page: page) }
        values["guide"] = .object([
            "id": .string(guide.id),
            "title": .object(title),
            "summary": .object(page.text(localized.summary)),
            "sections": sectionValues(guide.sections, localized, page: page),
            "hasCard": .bool(!card.isEmpty),
            "card": .objects(card),
            "hasKeyLines": .bool(!card.isEmpty || !phrases.isEmpty),
            "keyLines": .objects(card + phrases),
            "hasShow": .bool(!statements.isEmpty),
            "showHref": .string(SitePaths.relative(from: path, to: SitePaths.showToAgent(guide.id, in: language))),
            "hasAgencies": .bool(!agencies.isEmpty),
            "agencies": .objects(agencies),
            "hasDocuments": .bool(!documents.isEmpty),
            "documents": .objects(documents),
            "sources": sourceValues(guide.sources, page: page),
        ])
        values["review"] = reviewValues(guide.legalReview, page: page)
        return values
    }

    /// A guide's "show this to the agent" view (template `show`): the statements to an agent in
    /// the source language, which agents read, whatever the reader's language; the heading, the
    /// way back to the guide and what each statement means in the reader's language. The page is
    /// in the source language (`lang`), so its statements are announced and shaped as English.
    func showValues(_ guide: Guide, _ language: LanguageTag) -> TemplateObject {
        let page = pageLanguages[language]!
        let source = pageLanguages[sourceLanguage]!
        let path = SitePaths.showToAgent(guide.id, in: language)
        let localized = publication.localized(guide, in: language)
        let title = page.text(localized.title)
        var values = frameValues(
            PageFrame(
                path: path, language: page,
                title: page.plain(.showToAgent) + " – " + (title["plain"]?.string ?? ""),
                versions: versions(of: guide).map { ($0, SitePaths.showToAgent(guide.id, in: $0)) },
                defaultVersion: SitePaths.showToAgent(guide.id, in: sourceLanguage)
            ))
        values["lang"] = .string(sourceLanguage.identifier)
        values["dir"] = .string(source.direction)
        // The reader's part (the way back, the heading) sits in the reader's language on a page
        // in the source language; inside it, texts are marked as on the reader's own pages.
        values["readerLangAttributes"] = .string(source.languageAttributes(for: language))
        values["guide"] = .object([
            "id": .string(guide.id),
            "title": .object(title),
            "href": .string(SitePaths.relative(from: path, to: SitePaths.guide(guide.id, in: language))),
        ])
        // The statements are the source text, but the page still says what the guide's pages
        // say about it: a draft translation around them, no lawyer's review, a change since then.
        let notices = noticeValues(
            publication.notices(for: localized), page: page, path: path,
            sourcePath: SitePaths.showToAgent(guide.id, in: sourceLanguage))
        values["notices"] = .objects(notices)
        values["hasNotices"] = .bool(!notices.isEmpty)
        values["statements"] = .objects(
            guide.statementsToAgent.map { statement in
                var shown = source.text(
                    ResolvedText(text: statement.unit.text, language: sourceLanguage, isFallback: false, state: nil))
                // The holder must know what they show: the guide's own translation of the
                // statement, marked in its language on this English page. A statement shown in
                // English anyway (the source's view, a missing translation) needs none.
                let meaning = localized.statement(statement.unit, in: statement.section)
                let isTranslated = meaning.language != sourceLanguage
                shown["hasMeaning"] = .bool(isTranslated)
                shown["meaning"] = .object(isTranslated ? source.text(meaning) : [:])
                return shown
            })
        return values
    }
}
