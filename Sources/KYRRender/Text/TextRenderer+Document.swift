import KYRModel

/// Template values of guides and agency notes (documented in docs/templates.md).
extension TextRenderer {
    /// A guide in one language (template `guide`).
    func guideValues(_ guide: Guide, _ language: LanguageTag) -> [String: Any] {
        let text = languages[language]!
        let localized = publication.localized(guide, in: language)
        var values = documentValues(localized, text: text, source: { SitePaths.guide(guide.id, in: $0) })
        values["title"] = text.heading(text.text(localized.title), rule: "=")
        values["summary"] = text.text(localized.summary)
        values["sections"] = sectionValues(guide.sections, localized, text: text)
        let card = guide.card.map { line -> [String: Any] in
            let shown = localized.cardLine(line)
            return phraseValues(shown, source: line.kind == .say ? line.text : nil, localized, text: text)
        }
        values["hasCard"] = !card.isEmpty
        values["card"] = ["title": text.heading(text.string(.cardTitle), rule: "-"), "lines": card]
        let notes: [[String: Any]] = guide.agencies.compactMap { reference in
            guard let note = publication.agencies.first(where: { $0.id == reference.value }) else { return nil }
            let shown = publication.shown(note, in: language)
            return [
                "name": name(of: note, shown, text: text),
                "link": paths.absolute(SitePaths.agency(note.id, in: shown.language)) ?? "",
                "hasLink": paths.baseURL != nil,
                "file": TextPaths.agency(note.id, in: shown.language),
            ]
        }
        values["hasAgencies"] = !notes.isEmpty
        values["agencies"] = ["title": text.heading(text.string(.relatedAgencies), rule: "-"), "notes": notes]
        values["sources"] = sourceValues(guide.sources)
        values["link"] = paths.absolute(SitePaths.guide(guide.id, in: language)) ?? ""
        values["review"] = reviewValues(guide.legalReview, text: text)
        return values
    }

    /// An agency note in one language (template `agency`).
    func agencyValues(_ note: AgencyNote, _ language: LanguageTag) -> [String: Any] {
        let text = languages[language]!
        let localized = publication.localized(note, in: language)
        var values = documentValues(localized, text: text, source: { SitePaths.agency(note.id, in: $0) })
        values["title"] = text.heading(name(of: note, localized, text: text), rule: "=")
        values["summary"] = text.text(localized.summary)
        values["sections"] = sectionValues(note.sections, localized, text: text)
        values["sources"] = sourceValues(note.sources)
        values["link"] = paths.absolute(SitePaths.agency(note.id, in: language)) ?? ""
        values["review"] = reviewValues(note.legalReview, text: text)
        return values
    }

    /// An agency's name with its short name, "U.S. Immigration and Customs Enforcement (ICE)", as
    /// the site's headings show it: no short name for a note about papers, or when the name already
    /// says it.
    func name(of note: AgencyNote, _ localized: LocalizedDocument, text: TextLanguage) -> String {
        let name = text.text(localized.name)
        guard let shortName = localized.shortName.map({ text.text($0) }),
            ShortName.isShown(shortName, after: name, in: note)
        else { return name }
        return name + " (" + shortName + ")"
    }

    /// What every document text has: the language, strings, hotline, organization and notices.
    /// The notices are the ones the site's page shows above the text (whether a lawyer reviewed it
    /// is said by the review lines, as on the page), each with the address of the source-language page.
    func documentValues(_ localized: LocalizedDocument, text: TextLanguage, source: (LanguageTag) -> String)
        -> [String: Any]
    {
        var values = commonValues(text)
        let english = paths.absolute(source(publication.sourceLanguage)) ?? ""
        let notices: [[String: Any]] = publication.notices(for: localized).filter { $0 != .notReviewedByLawyer }.map {
            [
                "kind": $0.rawValue, "text": text.string($0.string), "englishLink": english,
                "hasLink": localized.language != publication.sourceLanguage && $0.pointsToSourceLanguage
                    && paths.baseURL != nil,
            ]
        }
        // A site with no public address: texts name no page; the notices say what they say without one.
        values["hasLink"] = paths.baseURL != nil
        values["hasNotices"] = !notices.isEmpty
        values["notices"] = notices
        values["sourcesTitle"] = text.heading(text.string(.sources), rule: "-")
        return values
    }

    /// Values every text template receives.
    func commonValues(_ text: TextLanguage) -> [String: Any] {
        var values: [String: Any] = [
            "lang": text.language.identifier,
            "dir": text.language.isRightToLeft ? "rtl" : "ltr",
            "width": options.width,
            "colon": text.colon,
            "strings": text.strings,
            "organization": [
                "name": site.organizationName, "url": site.organizationURL ?? "", "hasURL": site.organizationURL != nil,
            ],
        ]
        if let hotline = site.variables["hotline"], hotline.kind == .phone {
            values["hasHotline"] = true
            values["hotline"] = hotline.value
        } else {
            values["hasHotline"] = false
        }
        return values
    }

    /// Sections with their titles and units; steps are numbered within each section.
    func sectionValues(_ sections: [ContentSection], _ localized: LocalizedDocument, text: TextLanguage)
        -> [[String: Any]]
    {
        sections.map { section in
            var step = 0
            let units = section.units.map { unit -> [String: Any] in
                if unit.kind == .step { step += 1 }
                return unitValues(unit, localized.text(of: unit, in: section), number: step, localized, text: text)
            }
            return [
                "id": section.id.value, "title": text.heading(text.text(localized.title(of: section)), rule: "-"),
                "units": units,
            ]
        }
    }

    /// One unit: its kind, label, basis, text and, for a translated phrase to say, the source text.
    func unitValues(
        _ unit: ContentUnit, _ shown: ResolvedText, number: Int, _ localized: LocalizedDocument, text: TextLanguage
    ) -> [String: Any] {
        var values = phraseValues(shown, source: unit.kind == .say ? unit.text : nil, localized, text: text)
        let label = SiteRenderer.label(of: unit.kind)
        values["id"] = unit.id.value
        values["kind"] = unit.kind.rawValue
        values["isText"] = unit.kind == .text
        values["isStep"] = unit.kind == .step
        values["isWarning"] = unit.kind == .warning
        values["isSay"] = unit.kind == .say
        values["isLabelled"] = ![.text, .step, .warning, .say].contains(unit.kind)
        values["number"] = number
        values["hasLabel"] = label != nil
        values["label"] = label.map(text.string) ?? ""
        values["hasBasis"] = unit.basis != nil
        values["basis"] = unit.basis.map { text.string($0.label) } ?? ""
        return values
    }

    /// A text and, when it is something to say to an agent shown translated, its source text.
    func phraseValues(_ shown: ResolvedText, source: InlineText?, _ localized: LocalizedDocument, text: TextLanguage)
        -> [String: Any]
    {
        let english = shown.language == localized.sourceLanguage ? nil : source
        return [
            "text": text.text(shown), "isFallback": shown.isFallback, "isSay": source != nil,
            "hasEnglish": english != nil, "english": english.map { text.text($0) } ?? "",
        ]
    }

    /// The legal review, with dates in the reader's language; a date's spaces do not break, so
    /// "22 de noviembre de 2026" is never split over two lines.
    func reviewValues(_ review: LegalReview, text: TextLanguage) -> [String: Any] {
        func date(_ date: ContentDate) -> String {
            text.published.date(date).replacingOccurrences(of: " ", with: "\u{00A0}")
        }
        return [
            "isReviewed": review.isReviewedByLawyer,
            "date": date(review.date),
            "nextDate": date(review.dueDate),
            "isOverdue": review.isOverdue(on: publication.today),
            "hasReviewer": review.reviewer != nil,
            "reviewer": review.reviewer ?? "",
        ]
    }

    /// Source titles and addresses (not translated).
    func sourceValues(_ sources: [Citation]) -> [[String: Any]] {
        sources.map { ["title": $0.title, "url": $0.url] }
    }
}
