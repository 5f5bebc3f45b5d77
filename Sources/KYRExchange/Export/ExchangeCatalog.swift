import KYRModel

/// Everything one export holds: the documents of a project with their units in one target
/// language, in reading order, each with the notes a translator needs. Built from the model
/// alone (no I/O); XLIFF and PO are two writings of it.
package struct ExchangeCatalog: Sendable {
    package var sourceLanguage: LanguageTag
    package var language: LanguageTag
    /// The project's variables, for how a placeholder shows (`disp`).
    package var variables: [String: Variable]
    package var documents: [ExchangeDocument]

    package init(
        sourceLanguage: LanguageTag, language: LanguageTag, variables: [String: Variable],
        documents: [ExchangeDocument]
    ) {
        self.sourceLanguage = sourceLanguage
        self.language = language
        self.variables = variables
        self.documents = documents
    }

    /// The catalog of `content` in `language`, with the units whose status is in `only`.
    /// `cardBudgets` holds, by document and key, about how many characters a wallet-card line
    /// may take (the driver measures the card; nil where it was not measured).
    package init(
        content: ContentSet, layout: ProjectLayout, language: LanguageTag,
        only: Set<ExchangeUnit.Status> = Set(ExchangeUnit.Status.allCases),
        cardBudgets: [DocumentRef: [String: CardBudget]] = [:]
    ) {
        let localizer = Localizer(content: content)
        let site = content.site
        sourceLanguage = localizer.sourceLanguage
        self.language = language
        variables = site?.variables ?? [:]
        documents = content.sourceDocuments.compactMap { document in
            let ref = document.ref
            let file = localizer.translation(of: document, into: language)
            let history = content.histories[ref] ?? [:]
            let context = UnitContext(document: document, smsSegments: site?.smsSegments ?? Site.defaultSMSSegments)
            var cursor = UnitCursor(file)
            var units: [ExchangeUnit] = []
            for (unit, status) in localizer.statuses(of: document, in: language) {
                let translated = cursor.position(of: unit.key).map { file!.units[$0] }
                var location = unit.text.location
                location.file = layout.relative(location.file)
                var exchange = ExchangeUnit(
                    key: unit.key, source: unit.text.raw, sourceLocation: location,
                    target: translated?.text.raw, state: translated.map { file!.state(of: $0) },
                    status: .missing, notes: context.notes(for: unit.key, budget: cardBudgets[ref]?[unit.key]))
                switch status {
                case .missing: exchange.status = .missing
                case .current: exchange.status = .current
                case .outdated(_, let previous):
                    exchange.status = .outdated
                    exchange.previousSource = previous.flatMap { history[$0] }
                    exchange.notes.append(
                        ExchangeUnit.Note(
                            category: "previous-source",
                            text: Self.outdatedNote(previous: exchange.previousSource, now: unit.text.raw)))
                }
                if only.contains(exchange.status) { units.append(exchange) }
            }
            guard !units.isEmpty else { return nil }
            let translation = layout.translationFile(ref.translation(language))
            let source = layout.contentFile(ref.path + "/" + localizer.sourceLanguage.identifier + ".yaml")
            return ExchangeDocument(
                ref: ref, title: context.title, sourceFile: source, translationFile: translation, units: units)
        }
    }

    /// How many units the catalog holds.
    package var unitCount: Int { documents.reduce(0) { $0 + $1.units.count } }

    private static func outdatedNote(previous: String?, now: String) -> String {
        guard let previous else {
            return
                "Outdated: this translation was never confirmed against the English (kyr translate stamp), so kyr cannot tell what it was made from. Check it against the English."
        }
        let old = Fingerprint.normalized(previous)
        let new = Fingerprint.normalized(now)
        return "Outdated: the English changed after this was translated. It was: “\(old)”. Changes: "
            + WordDiff.plain(from: old, to: new)
    }
}
