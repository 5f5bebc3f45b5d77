import KYRModel

/// Values shared by guide and agency pages: sections, units, review, sources.
extension SiteRenderer {
    /// Sections with their titles and units, as `localized` shows them.
    func sectionValues(_ sections: [ContentSection], _ localized: LocalizedDocument, page: PageLanguage)
        -> TemplateValue
    {
        .objects(
            sections.map { section in
                [
                    "id": .string(section.id.value),
                    "title": .object(page.text(localized.title(of: section))),
                    "units": .objects(
                        section.units.map { unitValues($0, localized.text(of: $0, in: section), page: page) }),
                ]
            })
    }

    /// One unit: its kind (with the label readers see), basis and text. A phrase to say to an
    /// agent that is shown translated carries its source text too (`english`): agents speak
    /// English, and a phrase only the reader understands is of no use at the door.
    func unitValues(_ unit: ContentUnit, _ text: ResolvedText, page: PageLanguage) -> TemplateObject {
        let label = Self.label(of: unit.kind)
        let basis: InterfaceString? = unit.basis.map(\.label)
        let english =
            unit.kind == .say && text.language != page.sourceLanguage
            ? page.text(ResolvedText(text: unit.text, language: page.sourceLanguage, isFallback: false, state: nil))
            : nil
        return [
            "id": .string(unit.id.value),
            "kind": .string(unit.kind.rawValue),
            "isSay": .bool(unit.kind == .say),
            "hasLabel": .bool(label != nil),
            "label": .string(label.map(page.html) ?? ""),
            "hasBasis": .bool(basis != nil),
            "basis": .string(unit.basis?.rawValue ?? ""),
            "basisLabel": .string(basis.map(page.html) ?? ""),
            "text": .object(page.text(text)),
            "hasEnglish": .bool(english != nil),
            "english": .object(english ?? [:]),
        ]
    }

    /// The interface string naming a kind of unit; plain paragraphs have none.
    static func label(of kind: UnitKind) -> InterfaceString? {
        kind.label
    }

    /// The legal review: when, by whom, whether a lawyer did it, and when the next check is due.
    func reviewValues(_ review: LegalReview, page: PageLanguage) -> TemplateValue {
        .object([
            "isReviewed": .bool(review.isReviewedByLawyer),
            "date": .object(page.date(review.date)),
            "nextDate": .object(page.date(review.dueDate)),
            "isOverdue": .bool(review.isOverdue(on: publication.today)),
            "hasReviewer": .bool(review.reviewer != nil),
            "reviewer": .string(review.reviewer ?? ""),
        ])
    }

    /// Source titles and addresses; titles are not translated, so they carry the source language.
    func sourceValues(_ sources: [Citation], page: PageLanguage) -> TemplateValue {
        .objects(
            sources.map {
                [
                    "title": .string($0.title), "url": .string($0.url),
                    "langAttributes": .string(page.languageAttributes(for: page.sourceLanguage)),
                ]
            })
    }

    /// A link to another document from the page at `path`: to its version in the page's
    /// language when published there, otherwise to the source-language page, marked as such.
    func documentLink(
        _ document: any SourceDocument, name: (LocalizedDocument) -> ResolvedText, from path: String,
        page: PageLanguage,
        pathOf: (LanguageTag) -> String
    ) -> TemplateObject {
        let localized = publication.shown(document, in: page.language)
        let language = localized.language
        var values = page.text(name(localized))
        values["href"] = .string(SitePaths.relative(from: path, to: pathOf(language)))
        values["hreflang"] = .string(language.identifier)
        values["isOtherLanguage"] = .bool(language != page.language)
        return values
    }
}
