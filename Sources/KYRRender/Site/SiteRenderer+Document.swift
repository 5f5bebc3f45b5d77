import KYRModel

/// Values shared by guide and agency pages: sections, units, review, sources.
extension SiteRenderer {
    /// Sections with their titles and units, as `localized` shows them.
    func sectionValues(_ sections: [ContentSection], _ localized: LocalizedDocument, page: PageLanguage) -> [[String:
        Any]]
    {
        sections.map { section in
            [
                "id": section.id.value,
                "title": page.text(localized.title(of: section)),
                "units": section.units.map { unitValues($0, localized.text(of: $0, in: section), page: page) },
            ]
        }
    }

    /// One unit: its kind (with the label readers see), basis and text. A phrase to say to an
    /// agent that is shown translated carries its source text too (`english`): agents speak
    /// English, and a phrase only the reader understands is of no use at the door.
    func unitValues(_ unit: ContentUnit, _ text: ResolvedText, page: PageLanguage) -> [String: Any] {
        let label = Self.label(of: unit.kind)
        let basis: InterfaceString? = unit.basis.map(\.label)
        let english =
            unit.kind == .say && text.language != page.sourceLanguage
            ? page.text(ResolvedText(text: unit.text, language: page.sourceLanguage, isFallback: false, state: nil))
            : nil
        return [
            "id": unit.id.value,
            "kind": unit.kind.rawValue,
            "isSay": unit.kind == .say,
            "hasLabel": label != nil,
            "label": label.map(page.html) ?? "",
            "hasBasis": basis != nil,
            "basis": unit.basis?.rawValue ?? "",
            "basisLabel": basis.map(page.html) ?? "",
            "text": page.text(text),
            "hasEnglish": english != nil,
            "english": english ?? [:],
        ]
    }

    /// The interface string naming a kind of unit; plain paragraphs have none.
    static func label(of kind: UnitKind) -> InterfaceString? {
        kind.label
    }

    /// The legal review: when, by whom, whether a lawyer did it, and when the next check is due.
    func reviewValues(_ review: LegalReview, page: PageLanguage) -> [String: Any] {
        [
            "isReviewed": review.isReviewedByLawyer,
            "date": page.date(review.date),
            "nextDate": page.date(review.dueDate),
            "isOverdue": review.isOverdue(on: publication.today),
            "hasReviewer": review.reviewer != nil,
            "reviewer": review.reviewer ?? "",
        ]
    }

    /// Source titles and addresses; titles are not translated, so they carry the source language.
    func sourceValues(_ sources: [Citation], page: PageLanguage) -> [[String: Any]] {
        sources.map {
            ["title": $0.title, "url": $0.url, "langAttributes": page.languageAttributes(for: page.sourceLanguage)]
        }
    }

    /// A link to another document from the page at `path`: to its version in the page's
    /// language when published there, otherwise to the source-language page, marked as such.
    func documentLink(
        _ document: any SourceDocument, name: (LocalizedDocument) -> ResolvedText, from path: String,
        page: PageLanguage,
        pathOf: (LanguageTag) -> String
    ) -> [String: Any] {
        let localized = publication.shown(document, in: page.language)
        let language = localized.language
        var values = page.text(name(localized))
        values["href"] = SitePaths.relative(from: path, to: pathOf(language))
        values["hreflang"] = language.identifier
        values["isOtherLanguage"] = language != page.language
        return values
    }
}
