/// A rights guide in the source language: what to do and say in one situation.
package struct Guide: SourceDocument {
    package var id: String
    package var file: String
    package var title: InlineText { didSet { listUnits() } }
    package var summary: InlineText { didSet { listUnits() } }
    /// The short text messages (WhatsApp/Signal, SMS) carry instead of the summary and the phrases
    /// to say, when the author writes one to fit the SMS budget.
    package var message: InlineText? = nil { didSet { listUnits() } }
    package var agencies: [Located<String>]
    package var legalReview: LegalReview
    package var sections: [ContentSection] { didSet { listUnits() } }
    package var card: [ContentUnit] { didSet { listUnits() } }
    package var sources: [Citation]
    /// The most pages its printed handout may take (`print: {max-pages: 1}`), checked after real
    /// layout in every language; nil when the guide sets no limit.
    package var maxPages: Located<Int>?

    package init(
        id: String, file: String, title: InlineText, summary: InlineText, agencies: [Located<String>],
        legalReview: LegalReview, sections: [ContentSection], card: [ContentUnit], sources: [Citation],
        maxPages: Located<Int>? = nil
    ) {
        self.id = id
        self.file = file
        self.title = title
        self.summary = summary
        self.agencies = agencies
        self.legalReview = legalReview
        self.sections = sections
        self.card = card
        self.sources = sources
        self.maxPages = maxPages
        listUnits()
    }

    package var kind: DocumentKind { .guide }

    /// The agency notes the guide refers to.
    package var agencyRefs: [DocumentRef] { agencies.map { DocumentRef(.agency, $0.value) } }

    /// Made when the guide is and whenever a part of it changes: every localization, check and
    /// page reads the list, and making it (a key string per unit) on each read took a twentieth
    /// of a build.
    package private(set) var translatableUnits: [TranslatableUnit] = []

    private mutating func listUnits() {
        translatableUnits =
            [TranslatableUnit(key: UnitKey.title, text: title), TranslatableUnit(key: UnitKey.summary, text: summary)]
            + (message.map { [TranslatableUnit(key: UnitKey.message, text: $0)] } ?? [])
            + sections.translatableUnits
            + card.map { TranslatableUnit(key: UnitKey.card($0), text: $0.text, kind: $0.kind) }
    }
}
